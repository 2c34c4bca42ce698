import { type Initiative, initiativeSheetColumns, initiativesCsvQuerySchema, statusLabels } from '@civic/shared';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xlsxWorkbook } from '../src/export/xlsx-workbook.ts';
import { createSeededStore, startTestApp, type TestApp } from './test-app.ts';

const fixedNow = new Date('2026-11-27T12:00:00.000Z');

async function workbookOf(res: Response): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  return workbook;
}

describe('GET /api/export/initiatives.xlsx', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ store: await createSeededStore(), now: () => fixedNow });
  });
  afterAll(async () => {
    await app.close();
  });

  it('when downloaded, then it is a dated .xlsx attachment whose first sheet has the columns and the list rows', async () => {
    const res = await app.fetch('/api/export/initiatives.xlsx?lang=en&sort=-progress');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toContain('civic-monitor-initiatives-2026-11-27.xlsx');
    const list = await app.json('/api/initiatives?lang=en&sort=-progress&pageSize=100');
    const workbook = await workbookOf(res);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...initiativeSheetColumns]);
    expect(sheet.rowCount).toBe(list.total + 1);
    const ids = [];
    for (let r = 2; r <= sheet.rowCount; r += 1) ids.push(sheet.getRow(r).getCell(1).value);
    expect(ids).toEqual(list.items.map((i: { id: string }) => i.id));
    const first = list.items[0];
    const row = sheet.getRow(2);
    const cell = (key: string) => row.getCell(initiativeSheetColumns.indexOf(key as never) + 1);
    expect(cell('version').value).toBe(first.version);
    expect(cell('progress').value).toBe(first.progress);
    expect(cell('status').value).toBe(statusLabels.en[first.status as keyof typeof statusLabels.en]);
    expect(cell('updated_at').value).toBeInstanceOf(Date);
    expect(cell('id').protection?.locked).not.toBe(false);
    expect(cell('note').protection?.locked).toBe(false);
    expect(cell('status').dataValidation?.type).toBe('list');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(workbook.worksheets[1]?.name).toBe('About this file');
  });

  it('when the list is filtered and sorted, then the second sheet names the filters and the sort as the address gives them', async () => {
    const res = await app.fetch('/api/export/initiatives.xlsx?status=proposed&kind=call_to_action&sort=-title&lang=en');
    expect(res.status).toBe(200);
    const about = (await workbookOf(res)).worksheets[1];
    const filters = about?.getRow(3).getCell(2).value;
    expect(filters).toBe('status=proposed; kind=call_to_action; sort=-title; lang=en');
  });

  it('when the reader takes the file a chunk at a time, then rows are made only a page or two ahead of it', async () => {
    const [first] = (await app.json('/api/initiatives?pageSize=1')).items as Initiative[];
    if (!first) throw new Error('no initiative');
    const sample: Initiative = first;
    const pageCount = 20;
    let pulled = 0;
    async function* pages() {
      for (let page = 0; page < pageCount; page += 1) {
        pulled += 1;
        yield Array.from({ length: 1000 }, (_, i) => ({ ...sample, id: `row-${page}-${i}` }));
      }
    }
    const file = xlsxWorkbook(pages(), initiativesCsvQuerySchema.parse({ lang: 'ru' }), 'http://127.0.0.1', fixedNow);
    // A writer that does not wait for the zip makes every page before the first byte comes out.
    let pulledAtFirstChunk: number | undefined;
    let bytes = 0;
    for await (const chunk of file) {
      pulledAtFirstChunk ??= pulled;
      bytes += (chunk as Buffer).length;
    }
    expect(pulledAtFirstChunk).toBeLessThanOrEqual(2);
    expect(pulled).toBe(pageCount);
    expect(bytes).toBeGreaterThan(pageCount * 10_000);
  });
});
