import { unneutraliseCell } from '@civic/shared';
import { formulaCells, readAsWritten } from '@civic/shared/testing/csv-check';
import { expect } from 'vitest';

export interface CsvFile {
  bytes: Buffer;
  text: string;
  records: Record<string, string>[];
  header: string[];
}

/**
 * Checks the BOM and CRLF, reads the file as a spreadsheet does (any CR or LF outside quotes ends a record), checks
 * that no cell any reader can cut from it starts a formula, and undoes the neutralising.
 */
export async function readCsv(res: Response, sep: ',' | ';' = ','): Promise<CsvFile> {
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  const bytes = Buffer.from(await res.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text.endsWith('\r\n')).toBe(true);
  expect(formulaCells(text)).toEqual([]);
  const [header = [], ...data] = readAsWritten(text, sep);
  const records = data.map((cells) => {
    expect(cells).toHaveLength(header.length);
    return Object.fromEntries(header.map((key, index) => [key, unneutraliseCell(cells[index] ?? '')]));
  });
  return { bytes, text, records, header };
}

/** The raw (still neutralised) cells of every data row. */
export function rawCells(file: CsvFile, sep: ',' | ';' = ','): string[] {
  return readAsWritten(file.text, sep).slice(1).flat();
}
