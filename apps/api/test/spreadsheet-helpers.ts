import ExcelJS from 'exceljs';
import { jsonHeaders, readJson } from './auth-helpers.ts';
import type { Json, TestApp } from './test-app.ts';

/** The .xlsx export of the query, loaded as a spreadsheet program would open it. */
export async function exportedWorkbook(app: TestApp, query = ''): Promise<ExcelJS.Workbook> {
  const res = await app.fetch(`/api/export/initiatives.xlsx${query}`);
  if (res.status !== 200) throw new Error(`export answered ${res.status}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  return workbook;
}

/** The first sheet's cell of the initiative's row, in the column named `key` in the header. */
export function cellOf(workbook: ExcelJS.Workbook, id: string, key: string): ExcelJS.Cell {
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  const header = (sheet.getRow(1).values as unknown[]).indexOf(key);
  for (let r = 2; r <= sheet.rowCount; r += 1) {
    if (sheet.getRow(r).getCell(1).value === id) return sheet.getRow(r).getCell(header);
  }
  throw new Error(`no row for ${id}`);
}

export async function xlsxBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** POSTs a file as the multipart field `file` to the dry run. */
export function uploadSheet(
  app: TestApp,
  cookie: string | undefined,
  bytes: Uint8Array | string,
  name: string,
  query = '',
): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([bytes]), name);
  return app.fetch(`/api/spreadsheet-imports${query}`, {
    method: 'POST',
    headers: cookie ? { cookie } : {},
    body: form,
  });
}

export async function dryRun(app: TestApp, cookie: string, bytes: Uint8Array | string, name: string): Promise<Json> {
  const res = await uploadSheet(app, cookie, bytes, name);
  if (res.status !== 201) throw new Error(`dry run answered ${res.status}: ${await res.text()}`);
  return readJson(res);
}

export const apply = (app: TestApp, cookie: string, id: string) =>
  app.fetch(`/api/spreadsheet-imports/${id}/apply`, { method: 'POST', headers: jsonHeaders(cookie) });
