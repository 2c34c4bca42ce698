import { spreadsheetImportMaxRows, unneutraliseCell } from '@civic/shared';
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { lazyModule } from '../lazy-module.ts';
import { SheetFileError } from './sheet-file-error.ts';
import { checkUnpackedSize } from './xlsx-unpacked-size.ts';

// The readers load on the first upload that needs them: most server starts never read a spreadsheet.
const chardet = lazyModule<typeof import('chardet')>('chardet');
const iconv = lazyModule<typeof import('iconv-lite')>('iconv-lite');
const excel = lazyModule<typeof ExcelJS>('exceljs');

/** A cell as read: text, a number, a flag, a date (xlsx date cells, UTC), empty, or a formula with no saved value. */
export type SheetValue = string | number | boolean | Date | null | { formulaWithoutValue: string };

/** The first sheet of an uploaded file: its header row and data rows, with the spreadsheet's row numbers. */
export interface SheetTable {
  header: string[];
  rows: { row: number; cells: SheetValue[] }[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a CSV as Excel and LibreOffice save it: UTF-8 with or without BOM, or the 8-bit code page
 * chardet finds (Windows-1251 for Russian-locale Excel's "CSV") when the bytes are not UTF-8.
 */
export function decodeCsv(bytes: Buffer): string {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const guess = chardet().detect(bytes);
    const encoding = guess && iconv().encodingExists(guess) && guess !== 'UTF-8' ? guess : 'windows-1251';
    return iconv().decode(bytes, encoding);
  }
}

/** The separator of the header line: whichever of `;` `,` TAB it holds most of (`,` when none). */
function separatorOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [';', ',', '\t'].map((sep) => [sep, firstLine.split(sep).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}

const tooManyRows = () =>
  new SheetFileError('too_many_rows', `The file has more than ${spreadsheetImportMaxRows} data rows.`);

/** A CSV file: parsed with csv-parse, each cell's neutralising apostrophes undone (docs/csv.md). */
export function readCsv(bytes: Buffer): SheetTable {
  const text = decodeCsv(bytes);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: separatorOf(text),
      relax_column_count: true,
      skip_empty_lines: true,
      to: spreadsheetImportMaxRows + 2,
    });
  } catch (err) {
    throw new SheetFileError('unreadable', `The CSV cannot be read: ${(err as Error).message}`);
  }
  const [header, ...data] = records;
  if (!header) throw new SheetFileError('empty', 'The file has no header row.');
  if (data.length > spreadsheetImportMaxRows) throw tooManyRows();
  return {
    header: header.map(unneutraliseCell),
    rows: data.map((cells, index) => ({ row: index + 2, cells: cells.map((c) => unneutraliseCell(c)) })),
  };
}

/** A cell's value as a spreadsheet shows it; a formula counts by its saved result, never evaluated. */
function shownValue(cell: ExcelJS.CellValue): SheetValue {
  if (cell === null || cell === undefined) return null;
  if (typeof cell !== 'object' || cell instanceof Date) return cell;
  if ('formula' in cell || 'sharedFormula' in cell) {
    const result = (cell as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null || typeof result === 'object') {
      return { formulaWithoutValue: `=${(cell as ExcelJS.CellFormulaValue).formula ?? ''}` };
    }
    return result;
  }
  if ('richText' in cell) return cell.richText.map((part) => part.text).join('');
  if ('text' in cell && typeof cell.text === 'string') return cell.text;
  if ('error' in cell) return String(cell.error);
  return null;
}

/** An .xlsx file's first sheet, after checking what it unpacks to (a bounded zip, checkUnpackedSize). */
export async function readXlsx(bytes: Buffer): Promise<SheetTable> {
  await checkUnpackedSize(bytes);
  const workbook = new (excel().Workbook)();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw new SheetFileError('unreadable', `The .xlsx file cannot be read: ${(err as Error).message}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) throw new SheetFileError('empty', 'The file has no header row.');
  if (sheet.rowCount - 1 > spreadsheetImportMaxRows) throw tooManyRows();
  const width = sheet.columnCount;
  const cellsOf = (row: ExcelJS.Row) => Array.from({ length: width }, (_, i) => shownValue(row.getCell(i + 1).value));
  const header = cellsOf(sheet.getRow(1)).map((value) => (value === null ? '' : String(value)));
  const rows: SheetTable['rows'] = [];
  for (let r = 2; r <= sheet.rowCount; r += 1) {
    const cells = cellsOf(sheet.getRow(r));
    if (cells.some((cell) => cell !== null && cell !== '')) rows.push({ row: r, cells });
  }
  return { header, rows };
}

/** The file's first sheet, by its name's extension: `.xlsx`, else CSV. */
export async function readSheetFile(bytes: Buffer, fileName: string): Promise<SheetTable> {
  return /\.xlsx$/i.test(fileName) ? readXlsx(bytes) : readCsv(bytes);
}
