// Test support, not part of the main entry: checks a CSV writer the way the spreadsheets that open our files read
// them. Shared by the shared, API and web tests so each checks every writer against the same promise.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { type CsvSeparator, csvSeparators, unneutraliseCell } from '../csv-cell.ts';

/** The property tests' seed; fast-check prints it with any counterexample, and changing it here replays another run. */
export const csvPropertySeed = 20260311;

/** True when a spreadsheet could run the cell: past white space and `"`, a character NFKC folds into = + - @. */
export function startsFormula(cell: string): boolean {
  const first = cell.replace(/^[\s"]+/u, '').codePointAt(0);
  return first !== undefined && ['=', '+', '-', '@'].includes(String.fromCodePoint(first).normalize('NFKC'));
}

/**
 * Reads a file as a spreadsheet does with the separator it was written with (csv-parse, strict): a field in
 * quotes may hold anything; outside quotes every CRLF, LF or CR ends the record, as Excel and LibreOffice do.
 */
export function readAsWritten(text: string, sep: CsvSeparator): string[][] {
  return parse(text, { bom: true, delimiter: sep, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
}

/**
 * Every cell a lenient reader can cut from the file with `sep` as separator, splitting records at every CR or LF:
 * with `honourQuotes`, a field that starts with `"` runs to the next lone `"` and the rest up to the separator is
 * appended (what Excel does with a quote that is not where it expects one); without, quotes are plain text.
 */
export function cutCells(text: string, sep: ',' | ';' | '\t', honourQuotes: boolean): string[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const breaks = new RegExp(`[${sep}\\r\\n]`, 'g');
  if (!honourQuotes) return body.split(breaks);
  const cells: string[] = [];
  for (let start = 0; ; ) {
    let cell = '';
    if (body.charAt(start) === '"') {
      for (let from = start + 1; ; ) {
        const quote = body.indexOf('"', from);
        if (quote === -1) {
          cell += body.slice(from);
          start = body.length;
          break;
        }
        cell += body.slice(from, body.charAt(quote + 1) === '"' ? quote + 1 : quote);
        if (body.charAt(quote + 1) !== '"') {
          start = quote + 1;
          break;
        }
        from = quote + 2;
      }
    }
    breaks.lastIndex = start;
    const end = breaks.exec(body)?.index ?? body.length;
    cells.push(cell + body.slice(start, end));
    if (end === body.length) return cells;
    start = end + 1;
  }
}

/** Every cell that starts a formula when the file is read with `,`, `;` or TAB, quotes honoured or not. */
export function formulaCells(text: string): string[] {
  const cut = ([',', ';', '\t'] as const).flatMap((sep) => [
    ...cutCells(text, sep, true),
    ...cutCells(text, sep, false),
  ]);
  return cut.filter(startsFormula);
}

/**
 * Throws, naming what broke, unless `text` is `expected` (header and rows) in the product's CSV format: BOM, CRLF
 * after every record, read back exactly after `unneutraliseCell`, and no cell any reader can cut starts a formula.
 */
export function checkCsvDocument(text: string, sep: CsvSeparator, expected: readonly (readonly string[])[]): void {
  const fail = (what: string, detail: unknown) => {
    throw new Error(`${what}: ${JSON.stringify(detail)} in ${JSON.stringify(text)}`);
  };
  if (!text.startsWith('\uFEFF')) fail('no byte-order mark', text.slice(0, 3));
  if (!text.endsWith('\r\n')) fail('last record not ended by CRLF', text.slice(-2));
  const read = readAsWritten(text, sep).map((row) => row.map(unneutraliseCell));
  if (JSON.stringify(read) !== JSON.stringify(expected)) fail('read back differently', read);
  const live = formulaCells(text);
  if (live.length > 0) fail('cells that start a formula', live);
}

const hostilePieces = [
  '\r',
  '\n',
  '\r\n',
  '\t',
  ',',
  ';',
  '"',
  "'",
  ' ',
  '\u00a0',
  '\u3000',
  '=',
  '+',
  '-',
  '@',
  '＝',
  '＋',
  '－',
  '＠',
  '﹦',
  '﹢',
  '﹣',
  '﹫',
  '⁼',
  '⁺',
  '₌',
  '₊',
  '﬩',
  '=1+2',
  '=WEBSERVICE("x")',
  'Проверено на месте',
  'Қазақша',
];

/** Any string, weighted towards what breaks CSV: line breaks, both separators, quotes, formula starts, spaces. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc
    .array(fc.oneof(fc.constantFrom(...hostilePieces), fc.string({ maxLength: 3 })), { maxLength: 10 })
    .map((parts) => parts.join('')),
);

export type CsvWriter = (header: readonly string[], rows: readonly (readonly string[])[], sep: CsvSeparator) => string;

/** Property test of a writer: for seeded random rows of `hostileText`, either separator, `checkCsvDocument` holds. */
export function assertCsvWriterIsSafe(write: CsvWriter, numRuns = 300): void {
  const header = ['id', 'note', 'title'];
  const rows = fc.array(fc.tuple(hostileText, hostileText, hostileText), { maxLength: 4 });
  fc.assert(
    fc.property(fc.constantFrom(...csvSeparators), rows, (sep, data) => {
      checkCsvDocument(write(header, data, sep), sep, [header, ...data]);
    }),
    { seed: csvPropertySeed, numRuns },
  );
}
