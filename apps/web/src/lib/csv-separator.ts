import type { CsvSeparator } from '@civic/shared/vocabulary';

export type { CsvSeparator };

const storageKey = 'civic.csvSeparator';

/** The separator the reader last chose for CSV downloads (the list's export and the charts' data), `,` by default. */
export function readSeparator(): CsvSeparator {
  try {
    return localStorage.getItem(storageKey) === ';' ? ';' : ',';
  } catch {
    return ',';
  }
}

export function rememberSeparator(separator: CsvSeparator): void {
  try {
    localStorage.setItem(storageKey, separator);
  } catch {
    // Private modes may refuse storage; the choice then lasts for this page only.
  }
}
