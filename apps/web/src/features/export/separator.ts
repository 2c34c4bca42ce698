export type CsvSeparator = ',' | ';';

const storageKey = 'civic.csvSeparator';

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
