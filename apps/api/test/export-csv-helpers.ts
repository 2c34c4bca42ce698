import { unneutraliseCell } from '@civic/shared';
import { parse } from 'csv-parse/sync';
import { expect } from 'vitest';

export interface CsvFile {
  bytes: Buffer;
  text: string;
  records: Record<string, string>[];
  header: string[];
}

/** Checks the BOM and CRLF, then parses strictly (CRLF records only) and undoes the neutralising. */
export async function readCsv(res: Response, sep: ',' | ';' = ','): Promise<CsvFile> {
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  const bytes = Buffer.from(await res.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text.endsWith('\r\n')).toBe(true);
  const rows = parse(text, { bom: true, delimiter: sep, record_delimiter: '\r\n' }) as string[][];
  const [header = [], ...data] = rows;
  const records = data.map((cells) => {
    expect(cells).toHaveLength(header.length);
    return Object.fromEntries(header.map((key, index) => [key, unneutraliseCell(cells[index] ?? '')]));
  });
  return { bytes, text, records, header };
}

/** The raw (still neutralised) cells of every data row. */
export function rawCells(file: CsvFile, sep: ',' | ';' = ','): string[] {
  const rows = parse(file.text, { bom: true, delimiter: sep, record_delimiter: '\r\n' }) as string[][];
  return rows.slice(1).flat();
}
