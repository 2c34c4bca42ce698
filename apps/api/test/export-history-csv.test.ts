import { historyChangeText, historyCsvColumns, historyKindLabels, statusLabels } from '@civic/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawCells, readCsv } from './export-csv-helpers.ts';
import { insertChange, insertOwnerMove, renameOwnerEn } from './export-fixtures.ts';
import { createQueryRecorder, reading } from './query-recorder.ts';
import { createSeededStore, type Json, startTestApp, type TestApp } from './test-app.ts';

const publicUrl = 'https://civic-monitor.example';
const target = 'full-time-deputies';
const trickyNotes = ['=cmd|"/c calc"!A1', 'line\nbreak; "quoted", comma', '@actor', 'Қазақша ёлка'];

describe('GET /api/export/history.csv', () => {
  let app: TestApp;
  let seededCount: number;

  beforeAll(async () => {
    const store = await createSeededStore();
    seededCount = Number(
      (
        await store.db
          .selectFrom('status_changes')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    const times = [
      '2026-01-10T08:00:00.000Z',
      // The last and the first millisecond of 31 January / 1 February in Kazakhstan (UTC+5).
      '2026-01-31T18:59:59.999Z',
      '2026-01-31T19:00:00.000Z',
      '2026-03-05T10:00:00.000Z',
    ];
    for (const [index, note] of trickyNotes.entries()) {
      await insertChange(store.db, {
        initiativeId: target,
        note,
        at: times[index] ?? '2026-04-01T00:00:00.000Z',
        toStatus: index === 3 ? 'adopted' : 'in_progress',
        evidenceUrl: index === 1 ? 'https://example.org/doc?a=1&b=2' : null,
        actor: index === 2 ? '-official' : 'test-official',
      });
    }
    app = await startTestApp({ store, publicUrl });
  });
  afterAll(async () => {
    await app.close();
  });

  it('when downloaded, then every change is there, oldest first, with the documented header', async () => {
    const res = await app.fetch('/api/export/history.csv');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="civic-monitor-history-\d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''civic-monitor-history-/,
    );
    const file = await readCsv(res);
    expect(file.header).toEqual([...historyCsvColumns]);
    expect(file.records).toHaveLength(seededCount + trickyNotes.length);
    const keys = file.records.map((r) => `${r.at} ${r.id}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('when filtered by initiative, then the rows are its history, field for field', async () => {
    const history: Json = await app.json(`/api/initiatives/${target}/history`);
    const initiative: Json = await app.json(`/api/initiatives/${target}`);
    const file = await readCsv(await app.fetch(`/api/export/history.csv?initiative=${target}&lang=en`));
    const expected = [...history.items].reverse().map((change: Json) => ({
      id: change.id,
      initiative_id: target,
      initiative_title: initiative.title.en,
      kind: change.kind,
      kind_label: historyKindLabels.en[change.kind as 'created'],
      changes: change.changes.map((c: Json) => historyChangeText(c, 'en')).join('; '),
      from_status: change.fromStatus ?? '',
      to_status: change.toStatus,
      to_status_label: statusLabels.en[change.toStatus as 'proposed'],
      from_progress: change.fromProgress === null ? '' : String(change.fromProgress),
      to_progress: String(change.toProgress),
      from_stage: change.fromStage ?? '',
      to_stage: change.toStage ?? '',
      note: change.note,
      evidence_url: change.evidenceUrl ?? '',
      actor: change.actor,
      at: change.at,
      url: `${publicUrl}/initiatives/${target}`,
    }));
    expect(file.records).toEqual(expected);
    // The seed's own change is dated at seeding time, after these made-up ones.
    expect(file.records.map((r) => r.note).slice(0, trickyNotes.length)).toEqual(trickyNotes);
    expect(file.records[2]?.actor).toBe('-official');
  });

  it('when progress moved, then the changes text writes its percent as the pages do per language, and the progress columns stay numbers', async () => {
    const id = await insertChange(app.store.db, {
      initiativeId: target,
      note: 'Progress moved.',
      at: '2026-04-02T00:00:00.000Z',
    });
    await app.store.db
      .updateTable('status_changes')
      .set({ changes: JSON.stringify([{ field: 'progress', from: 10, to: 35 }]), from_progress: 10, to_progress: 35 })
      .where('id', '=', id)
      .execute();
    for (const [lang, text] of [
      ['en', 'Progress: 10% → 35%'],
      ['kk', '10% → 35%'],
      ['ru', 'Прогресс: 10\u00a0% → 35\u00a0%'],
    ] as const) {
      const file = await readCsv(await app.fetch(`/api/export/history.csv?initiative=${target}&lang=${lang}`));
      const row = file.records.find((record) => record.id === id);
      expect(row?.changes, lang).toContain(text);
      expect(row?.from_progress).toBe('10');
      expect(row?.to_progress).toBe('35');
      const feed = await (await app.fetch(`/api/initiatives/${target}/feed.atom?lang=${lang}`)).text();
      expect(feed, lang).toContain(text);
      expect(feed).not.toMatch(/\d %/);
    }
  });

  it('when a note or actor could start a formula, then the raw cell as written starts with an apostrophe', async () => {
    const file = await readCsv(await app.fetch(`/api/export/history.csv?initiative=${target}`));
    expect(rawCells(file)).toEqual(expect.arrayContaining([`'${trickyNotes[0]}`, "'@actor", "'-official"]));
    expect(file.text).toContain(`,"'=cmd|""/c calc""!A1",`);
    expect(file.text).toContain(`"line\nbreak; ""quoted"", comma"`);
  });

  it('when given a date range, then both ends count as whole days of the configured zone (UTC+5)', async () => {
    const file = await readCsv(await app.fetch('/api/export/history.csv?from=2026-01-10&to=2026-01-31'));
    expect(file.records.map((r) => r.note)).toEqual(trickyNotes.slice(0, 2));
    const later = await readCsv(await app.fetch('/api/export/history.csv?from=2026-02-01&to=2026-03-05'));
    expect(later.records.map((r) => r.note)).toEqual(trickyNotes.slice(2));
  });

  it('when sep is ";" and lang is kk, then it still parses and labels are Kazakh', async () => {
    const file = await readCsv(
      await app.fetch(`/api/export/history.csv?initiative=${target}&lang=kk&sep=%3B&from=2026-03-01&to=2026-03-31`),
      ';',
    );
    expect(file.records).toHaveLength(1);
    expect(file.records[0]?.to_status_label).toBe(statusLabels.kk.adopted);
    expect(file.text).toContain(';');
  });

  it.each([
    ['from=2026-13-01', 'from'],
    ['to=yesterday', 'to'],
    ['from=2026-02-01&to=2026-01-01', 'to'],
    ['initiative=Not%20A%20Slug', 'initiative'],
    ['lang=de', 'lang'],
    ['sep=tab', 'sep'],
    ['status=proposed', 'status'],
  ])('when given %s, then it answers 400 problem+json naming %s', async (query, field) => {
    const res = await app.fetch(`/api/export/history.csv?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem: Json = await res.json();
    expect(problem.errors.map((e: { field: string }) => e.field)).toContain(field);
  });
});

describe('owner names in the history CSV', () => {
  let app: TestApp;
  let changeId: string;
  const { plugin, queriesOf } = createQueryRecorder();

  beforeAll(async () => {
    const store = await createSeededStore();
    changeId = await insertOwnerMove(store.db, target);
    app = await startTestApp({ store: { ...store, db: store.db.withPlugin(plugin) }, publicUrl });
  });
  afterAll(async () => {
    await app.close();
  });

  const changesCell = async () => {
    const file = await readCsv(await app.fetch(`/api/export/history.csv?initiative=${target}&lang=en`));
    return file.records.find((record) => record.id === changeId)?.changes ?? '';
  };

  it('when the history is downloaded again and nothing changed, then the owners are not read again', async () => {
    const first = await queriesOf(async () => {
      expect(await changesCell()).toContain('Senate of the Parliament of Kazakhstan → Government of Kazakhstan');
    });
    expect(reading(first, 'owners')).toBeLessThanOrEqual(1);
    const again = await queriesOf(async () => {
      expect(await changesCell()).toContain('→ Government of Kazakhstan');
    });
    expect(reading(again, 'owners')).toBe(0);
  });

  it('when an owner is renamed, as another instance would rename it, then the next download names it so', async () => {
    await renameOwnerEn(app.store.db, 'government', 'Cabinet of Ministers');
    const renamed = await queriesOf(async () => {
      expect(await changesCell()).toContain('Senate of the Parliament of Kazakhstan → Cabinet of Ministers');
    });
    expect(reading(renamed, 'owners')).toBe(1);
  });
});
