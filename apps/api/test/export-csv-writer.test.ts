import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { csvCell, csvSeparators } from '@civic/shared';
import { assertCsvWriterIsSafe, csvPropertySeed, hostileText } from '@civic/shared/testing/csv-check';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvHead, csvWriterOptions } from '../src/export/csv-rows.ts';
import { csvBatchWriter } from '../src/export/http-download.ts';

/** The API's writer as every export route configures it, on plain arrays of text. */
const writeWithApiOptions = (header: readonly string[], rows: readonly (readonly string[])[], sep: ',' | ';') =>
  stringify(
    rows.map((row) => Object.fromEntries(header.map((key, index) => [key, row[index] ?? '']))),
    csvWriterOptions(header, sep),
  );

describe('the CSV writer of every API export', () => {
  it('when a note has a bare line break before a formula, then the cell is quoted and the formula neutralised', () => {
    expect(writeWithApiOptions(['id', 'note'], [['c1', 'Проверено на месте\n=1+2']], ',')).toBe(
      '\uFEFFid,note\r\nc1,"Проверено на месте\n\'=1+2"\r\n',
    );
  });

  it('when a cell holds the other separator, then it is quoted in either file', () => {
    expect(writeWithApiOptions(['a'], [['x;=WEBSERVICE("u")']], ',')).toBe('\uFEFFa\r\n"x;\'=WEBSERVICE(""u"")"\r\n');
    expect(writeWithApiOptions(['a'], [['x,y']], ';')).toBe('\uFEFFa\r\n"x,y"\r\n');
  });

  it(`when any rows are written with either separator, then they read back exactly and no cell starts a formula (seed ${csvPropertySeed})`, () => {
    assertCsvWriterIsSafe(writeWithApiOptions, 500);
  });

  it('when rows come in batches (one per keyset page), then the file is byte for byte the one written in one go', async () => {
    const header = ['id', 'note'];
    const rows = Array.from({ length: 7 }, (_, i) => [`c${i}`, i % 2 ? `=SUM(A${i})` : `строка; ${i}`]);
    const records = rows.map(([id, note]) => ({ id, note }));
    const batched = async (batches: object[][]) =>
      (await buffer(Readable.from(batches).pipe(csvBatchWriter(header, ';')))).toString('utf8');
    const whole = writeWithApiOptions(header, rows, ';');
    expect(await batched([records.slice(0, 3), records.slice(3, 4), records.slice(4)])).toBe(whole);
    expect(await batched([records])).toBe(whole);
    expect(await batched([])).toBe('\uFEFFid;note\r\n');
  });

  it(`when any cells are written by the cell rule the initiatives export writes with, then the text is byte for byte csv-stringify's with the API's options (seed ${csvPropertySeed})`, () => {
    const header = ['id', 'note', 'title'];
    const rows = fc.array(fc.tuple(hostileText, hostileText, hostileText), { maxLength: 4 });
    fc.assert(
      fc.property(fc.constantFrom(...csvSeparators), rows, (sep, data) => {
        const byCellRule = csvHead(header, sep) + data.map((row) => `${row.map(csvCell).join(sep)}\r\n`).join('');
        expect(byCellRule).toBe(writeWithApiOptions(header, data, sep));
      }),
      { seed: csvPropertySeed, numRuns: 500 },
    );
  });
});
