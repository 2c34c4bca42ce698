import { type CsvSeparator, toCsvDocument } from '@civic/shared/vocabulary';

export type CsvCell = string | number;

/**
 * A CSV document by the same rule as the API's exports (`toCsvDocument`, docs/csv.md): UTF-8 BOM so Excel keeps
 * Cyrillic, CRLF line ends, a header row, every cell neutralised against formulas and quoted where it must be.
 * Numbers are written as `String` writes them.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], sep: CsvSeparator): string {
  return toCsvDocument(
    header,
    rows.map((row) => row.map(String)),
    sep,
  );
}

/** A data: URL for a download link; the CSP allows it and it needs no cleanup. */
export function csvDataUrl(csv: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
}
