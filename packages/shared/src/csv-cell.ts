// The cell rule of every CSV the product writes (docs/csv.md, "Formula neutralising"). Zod-free, so the
// browser imports it without the schemas.

/** The field separators a file may use: `,` by default, `;` for Excel in Russian and Kazakh locales. */
export const csvSeparators = [',', ';'] as const;
export type CsvSeparator = (typeof csvSeparators)[number];

// = + - @ and every character Unicode compatibility (NFKC) folds into one of them: fullwidth ＝＋－＠,
// small ﹦﹢﹣﹫, super- and subscript ⁼⁺₌₊ and the Hebrew alternative plus sign ﬩ (OWASP CSV Injection).
const formulaChars =
  '=+\\-@\\uFF1D\\uFF0B\\uFF0D\\uFF20\\uFE66\\uFE62\\uFE63\\uFE6B\\u207C\\u207A\\u208C\\u208A\\uFB29';
// Where a spreadsheet may start a new cell inside our text when it reads the file another way than it was
// written: either separator, tab (tab-separated import), CR and LF (a reader that splits every line break).
const segmentBreaks = ',;\\t\\r\\n';

// A segment starts the cell or follows a break; it needs an apostrophe when, past any spaces and double quotes (a
// further break starts a segment of its own), it starts with a formula character, or when it starts with an
// apostrophe (so the rule can be undone).
const riskySegment = new RegExp(`(?<=^|[${segmentBreaks}])(?=(?:(?![\\t\\r\\n])[\\s"])*[${formulaChars}]|')`, 'gu');
const insertedApostrophe = new RegExp(`(?<=^|[${segmentBreaks}])'`, 'gu');
// The same test without lookbehind, to pass the many cells that need nothing quickly.
const needsApostrophe = new RegExp(
  `(?:^|[${segmentBreaks}])(?:(?![\\t\\r\\n])[\\s"])*[${formulaChars}']|^[\\t\\r\\n\\0]`,
  'u',
);
// OWASP and OWASP ASVS 1.2.10 also list a cell that starts with TAB, CR, LF or NUL: a reader may drop it.
const leadingControl = /^[\t\r\n\0]/;

/**
 * Neutralises a cell against formula injection (OWASP CSV Injection), reversibly:
 * puts one apostrophe (`'`) at the start of the cell and after every `,` `;` TAB CR LF inside it wherever the text
 * that follows is, past white space and `"`, one of `= + - @` or a character NFKC folds into one (`＝＋－＠`,
 * `﹦﹢﹣﹫`, `⁼⁺₌₊`, `﬩`), or is itself an apostrophe; and at the start of a cell that starts with TAB, CR, LF or NUL.
 * So no cell a spreadsheet can cut from the line, with either separator, starts a formula.
 * Examples: `=1+2` → `'=1+2`; `Проверено\n=1+2` → `Проверено\n'=1+2`; `x;=A1` → `x;'=A1`; `'a` → `''a`.
 * @param value the cell's text, any string
 * @returns the text to write; `unneutraliseCell` gives `value` back exactly
 */
export function neutraliseCell(value: string): string {
  if (!needsApostrophe.test(value)) return value;
  const cell = value.replace(riskySegment, "'");
  return leadingControl.test(cell) ? `'${cell}` : cell;
}

/**
 * Undoes `neutraliseCell` exactly, as an importer must after parsing the CSV: removes one apostrophe at the start
 * of the cell and one right after every `,` `;` TAB CR LF inside it, where there is one. Every apostrophe in those
 * places was put there by `neutraliseCell`, because one already in the text gets a second one.
 * @param value a parsed cell of a file this product wrote
 * @returns the stored text
 */
export function unneutraliseCell(value: string): string {
  return value.replace(insertedApostrophe, '');
}

/**
 * Which cells are enclosed in double quotes: every cell holding a double quote, either separator (whichever the
 * file uses, so a reader splitting on the other one still sees the quote first), TAB, CR or LF (RFC 4180; a bare
 * LF or CR left unquoted would end the row in every spreadsheet).
 */
export const csvQuoteTrigger = /[",;\t\r\n]/;

/**
 * A first character that neither starts a formula nor needs an apostrophe: an ASCII letter or digit, or Cyrillic.
 * @param code the cell's first UTF-16 code unit (NaN for an empty cell, which needs nothing either)
 */
const plainStart = (code: number) =>
  Number.isNaN(code) ||
  (code >= 0x30 && code <= 0x39) ||
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0x400 && code <= 0x4ff);

/**
 * One cell as written: neutralised, then quoted when it holds one of `csvQuoteTrigger`, inner quotes doubled.
 * Neutralising only adds apostrophes, which are no trigger, so the trigger is looked for once, in `value`; a cell
 * without one has a single segment, so one that starts with a plain character is written as it is.
 */
export function csvCell(value: string): string {
  if (csvQuoteTrigger.test(value)) return `"${neutraliseCell(value).replaceAll('"', '""')}"`;
  return plainStart(value.charCodeAt(0)) ? value : neutraliseCell(value);
}

/**
 * A whole CSV document in the product's format (docs/csv.md): UTF-8 byte-order mark, so Excel reads Cyrillic;
 * a header row; every cell by `csvCell`; each record ended by CRLF.
 * @param header the first row, usually stable column keys
 * @param rows the data rows, cells as text (write numbers with String)
 * @param sep `,` or `;`
 */
export function toCsvDocument(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  sep: CsvSeparator,
): string {
  let csv = '\uFEFF';
  for (const row of [header, ...rows]) csv += `${row.map(csvCell).join(sep)}\r\n`;
  return csv;
}
