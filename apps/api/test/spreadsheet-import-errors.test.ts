import zlib from 'node:zlib';
import { spreadsheetImportMaxRows } from '@civic/shared';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, readJson } from './auth-helpers.ts';
import { dryRun, uploadSheet } from './spreadsheet-helpers.ts';
import { startTestApp, type TestApp } from './test-app.ts';

const csv = (rows: string[][], sep = ',') => `${rows.map((r) => r.join(sep)).join('\r\n')}\r\n`;

describe('spreadsheet dry run: every kind of error', () => {
  let app: TestApp;
  let official: string;
  let v: Record<string, number>;
  beforeAll(async () => {
    app = await startTestApp();
    official = await loginAs(app, 'official');
    const list = await app.json('/api/initiatives?pageSize=100');
    v = Object.fromEntries(list.items.map((i: { id: string; version: number }) => [i.id, i.version]));
  });
  afterAll(() => app.close());

  it('when cells are wrong, then each row is an error naming the cell, its value and the problem in the language asked for', async () => {
    const file = csv([
      ['id', 'version', 'status', 'progress', 'legislative_stage', 'target_date', 'note', 'evidence_url', 'colour'],
      ['no-such-initiative', '1', '', '', '', '', '', '', 'x'],
      ['public-council-independence', 'three', '', '', '', '', '', '', ''],
      ['council-two-way-link', String((v['council-two-way-link'] ?? 0) + 5), '', '', '', '', '', '', ''],
      ['new-engagement-formats', String(v['new-engagement-formats']), 'maybe', '', '', '', 'n', '', ''],
      ['off-site-public-sessions', String(v['off-site-public-sessions']), '', '140', '', '', 'n', '', ''],
      [
        'local-government-law-amendments',
        String(v['local-government-law-amendments']),
        '',
        '',
        'Акимат',
        '',
        'n',
        '',
        '',
      ],
      ['maslikhat-secretary-status', String(v['maslikhat-secretary-status']), '', '', '', '31.02.2027', 'n', '', ''],
      ['full-time-deputies', String(v['full-time-deputies']), 'Adopted', '', '', '', '', '', ''],
      [
        'senate-council-local-bodies',
        String(v['senate-council-local-bodies']),
        'in_progress',
        '',
        '',
        '',
        'n',
        'javascript:alert(1)',
        '',
      ],
      ['social-media-outreach', String(v['social-media-outreach']), 'Орындалды', '50', '', '', 'n', '', ''],
      ['maslikhat-secretary-status', String(v['maslikhat-secretary-status']), '', '', '', '', '', '', ''],
    ]);
    const report = await dryRun(app, official, file, 'errors.csv');
    const errors = Object.fromEntries(
      report.rows
        .filter((r: { outcome: string }) => r.outcome === 'error')
        .map((r: { row: number; errors: { cell: string; code: string; value: string }[] }) => [
          r.row,
          r.errors.map((e) => `${e.cell} ${e.code} ${e.value}`),
        ]),
    );
    expect(errors).toEqual({
      2: ['A2 unknown_id no-such-initiative'],
      3: ['B3 bad_version three'],
      4: [`B4 future_version ${(v['council-two-way-link'] ?? 0) + 5}`],
      5: ['C5 bad_status maybe'],
      6: ['D6 bad_progress 140'],
      7: ['E7 bad_stage Акимат'],
      8: ['F8 bad_date 31.02.2027'],
      9: ['G9 note_required '],
      10: ['H10 bad_evidence javascript:alert(1)'],
      11: [expect.stringMatching(/^D11 rule 50/)],
      12: ['A12 duplicate_id maslikhat-secretary-status'],
    });
    expect(report.counts).toEqual({ unchanged: 0, changed: 0, error: 11, conflict: 0 });
    expect(report.ignoredColumns).toEqual(['colour']);
    expect(report.rows.find((r: { row: number }) => r.row === 2).errors[0].message).toBe('нет инициативы с таким id');
    expect((await apply409(app, official, report.id)).status).toBe(409);
  });

  it('when messages are asked for in English, then they are in English', async () => {
    const res = await uploadSheet(
      app,
      official,
      csv([
        ['id', 'version'],
        ['nope', '1'],
      ]),
      'e.csv',
      '?lang=en',
    );
    expect((await readJson(res)).rows[0].errors[0].message).toBe('no initiative has this id');
  });

  it('when the note of a changed row is longer than the status form takes, then the note cell is the error', async () => {
    const file = csv([
      ['id', 'version', 'progress', 'note'],
      ['council-two-way-link', String(v['council-two-way-link']), '12', 'н'.repeat(2001)],
    ]);
    const report = await dryRun(app, official, file, 'long.csv');
    expect(report.rows[0]).toMatchObject({ row: 2, outcome: 'error', errors: [{ cell: 'D2', code: 'note_too_long' }] });
  });

  it('when a cell holds a formula without a saved value, then it is an error; with one, its value counts', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('s');
    sheet.addRow(['id', 'version', 'progress', 'note']);
    sheet.addRow(['council-two-way-link', v['council-two-way-link'], { formula: '10+5' }, 'n']);
    sheet.addRow(['off-site-public-sessions', v['off-site-public-sessions'], { formula: '2*3', result: 6 }, 'n']);
    const report = await dryRun(app, official, new Uint8Array(await workbook.xlsx.writeBuffer()), 'f.xlsx');
    expect(report.rows[0]).toMatchObject({
      row: 2,
      outcome: 'error',
      errors: [{ cell: 'C2', code: 'formula', value: '=10+5' }],
    });
    expect(report.rows[1]).toMatchObject({ row: 3, outcome: 'changed', changes: [{ field: 'progress', to: 6 }] });
  });

  it.each([
    ['no id column', csv([['version'], ['1']]), 'a.csv', 'file.id'],
    ['no version column', csv([['id'], ['full-time-deputies']]), 'a.csv', 'file.version'],
    ['an empty file', '', 'a.csv', 'file'],
    ['a .xlsx that is no zip', 'id,version\r\n', 'a.xlsx', 'file'],
  ])('when the file has %s, then 400 naming the field and nothing is stored', async (_name, body, name, field) => {
    const res = await uploadSheet(app, official, body, name);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((await readJson(res)).errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('when a form without a file is sent, then 400 naming file', async () => {
    const form = new FormData();
    form.set('note', 'no file here');
    const res = await app.fetch('/api/spreadsheet-imports', {
      method: 'POST',
      headers: { cookie: official },
      body: form,
    });
    expect(res.status).toBe(400);
    expect((await readJson(res)).errors[0].field).toBe('file');
  });

  it('when the file is over 10 MB, then 413', async () => {
    const res = await uploadSheet(app, official, 'x'.repeat(10 * 1024 * 1024 + 1), 'big.csv');
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
  });

  it('when the file has more than 10 000 rows, then 413', async () => {
    const rows = Array.from({ length: spreadsheetImportMaxRows + 1 }, () => ['full-time-deputies', '1']);
    const res = await uploadSheet(app, official, csv([['id', 'version'], ...rows]), 'rows.csv');
    expect(res.status).toBe(413);
  });

  it('when an .xlsx unpacks to more than the bound (a zip bomb), then 413', async () => {
    // One part of 101 MB of zeros, deflated to about 100 kB, whose directory claims 1 kB.
    const bytes = zipOfOnePart('xl/worksheets/sheet1.xml', Buffer.alloc(101 * 1024 * 1024), 1024);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const res = await uploadSheet(app, official, bytes, 'bomb.xlsx');
    expect(res.status).toBe(413);
  });

  it.each([
    ['UTF-8 with BOM, ";" and CRLF', (t: string) => Buffer.from(`\uFEFF${t}`, 'utf8'), ';', '\r\n'],
    ['UTF-8 without BOM, "," and LF', (t: string) => Buffer.from(t, 'utf8'), ',', '\n'],
    ['Windows-1251, ";" and CRLF', (t: string) => iconv.encode(t, 'windows-1251'), ';', '\r\n'],
  ])('when a CSV comes as %s, then labels and notes read back intact', async (_name, encode, sep, eol) => {
    const id = 'new-engagement-formats';
    const text = [
      ['id', 'version', 'status', 'note'],
      [id, String(v[id]), 'На рассмотрении', "'=Проверено; на месте"],
    ]
      .map((r) => r.map((c) => (c.includes(sep) ? `"${c}"` : c)).join(sep))
      .join(eol);
    const report = await dryRun(app, official, new Uint8Array(encode(`${text}${eol}`)), 'ru.csv');
    expect(report.rows[0]).toMatchObject({ outcome: 'changed', changes: [{ field: 'status', to: 'under_review' }] });
  });
});

/** A zip archive of one deflated part, whose headers declare `declaredSize` as its unpacked size. */
function zipOfOnePart(name: string, content: Buffer, declaredSize: number): Uint8Array {
  const data = zlib.deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  const crc = zlib.crc32(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const centralAt = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralAt, 16);
  return new Uint8Array(Buffer.concat([local, nameBytes, data, central, nameBytes, end]));
}

const apply409 = (app: TestApp, cookie: string, id: string) =>
  app.fetch(`/api/spreadsheet-imports/${id}/apply`, { method: 'POST', headers: { cookie } });
