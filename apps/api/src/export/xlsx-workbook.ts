import { PassThrough, type Readable, type Writable } from 'node:stream';
import {
  type Initiative,
  type InitiativeSheetColumn,
  type InitiativesCsvQuery,
  initiativeSheetColumns,
  type Language,
  legislativeStages,
  productNames,
  type Sort,
  spreadsheetImportMaxRows,
  stageLabel,
  statuses,
  statusLabel,
} from '@civic/shared';
import type ExcelJS from 'exceljs';
import { initiativeCsvRow } from './csv-rows.ts';

/**
 * The dropdowns cover the rows an import takes (a streamed sheet does not know its length ahead);
 * readers such as exceljs expand a range cell by cell, so a whole-column range would slow every import.
 */
const lastSheetRow = spreadsheetImportMaxRows + 1;

/** Column widths in characters: wide for texts, narrow for codes and flags. */
const widths: Partial<Record<InitiativeSheetColumn, number>> = {
  id: 28,
  version: 9,
  parent_id: 24,
  title: 50,
  summary: 60,
  owner: 36,
  status: 22,
  status_label: 22,
  legislative_stage: 24,
  target_date: 13,
  last_verified_at: 18,
  updated_at: 18,
  source_quote: 60,
  url: 40,
  note: 40,
  evidence_url: 36,
};

const lockedColumns: ReadonlySet<InitiativeSheetColumn> = new Set(['id', 'version']);

const notes: Record<Language, { sheet: string; about: string; howTo: string; made: string; filters: string }> = {
  ru: {
    sheet: 'О файле',
    about: 'Список инициатив с фильтрами списка. Столбцы id и version защищены от правки.',
    howTo:
      'Измените status, progress, legislative_stage или target_date, впишите note (обязательно для каждой изменённой строки) и при желании evidence_url, затем загрузите файл (.xlsx или CSV) на странице «Обновить из таблицы»: сначала будет показана проверка, потом — применение целиком.',
    made: 'Создан',
    filters: 'Фильтры',
  },
  kk: {
    sheet: 'Файл туралы',
    about: 'Тізім сүзгілері бойынша бастамалар тізімі. id және version бағандары өңдеуден қорғалған.',
    howTo:
      'status, progress, legislative_stage немесе target_date өзгертіңіз, әр өзгерген жолға note жазыңыз, қаласаңыз evidence_url қосыңыз, содан кейін файлды (.xlsx немесе CSV) «Кестеден жаңарту» бетіне жүктеңіз: алдымен тексеру көрсетіледі, содан кейін толық қолданылады.',
    made: 'Жасалған уақыты',
    filters: 'Сүзгілер',
  },
  en: {
    sheet: 'About this file',
    about: "The initiatives of the list's filters. The id and version columns are protected from editing.",
    howTo:
      'Change status, progress, legislative_stage or target_date, write a note (required on every changed row) and optionally an evidence_url, then upload the file (.xlsx or CSV) on the "Update from a spreadsheet" page: a dry run is shown first, then it is applied all or nothing.',
    made: 'Made',
    filters: 'Filters',
  },
};

/** A list validation: the labels inline, as Excel and LibreOffice both read it (each label is comma-free). */
const dropdown = (labels: readonly string[]): ExcelJS.DataValidation => ({
  type: 'list',
  allowBlank: true,
  showErrorMessage: true,
  formulae: [`"${labels.join(',')}"`],
});

/** Resolves when one of the streams has passed on what it buffered, or has gone away. */
const drainedOne = (streams: readonly Writable[]) =>
  new Promise<void>((resolve) => {
    const done = () => {
      for (const stream of streams) stream.off('drain', done).off('close', done);
      resolve();
    };
    for (const stream of streams) stream.once('drain', done).once('close', done);
  });

/**
 * Where exceljs hands a streamed sheet's XML on to the zip: a PassThrough it writes to without heeding
 * backpressure (archiver wraps the sheet's own buffer in it), so rows pile up there unless we wait.
 */
const sheetSink = (sheet: ExcelJS.Worksheet): Writable | undefined =>
  (sheet as unknown as { stream?: { pipes?: Writable[] } }).stream?.pipes?.[0];

/** A write was refused until the buffer drains (archiver's PassThrough is readable-stream 2, without writableNeedDrain). */
const needsDrain = (stream: Writable) =>
  stream.writableNeedDrain ??
  (stream as unknown as { _writableState?: { needDrain?: boolean } })._writableState?.needDrain;

/**
 * Lets the zip deflate what the sheet holds before more rows are made: a turn of the event loop (a
 * synchronous store never yields one), then, while the sheet's or the response's buffer is past its
 * mark, until it drains.
 */
async function settle(sheet: ExcelJS.Worksheet, out: PassThrough) {
  await new Promise<void>((resolve) => setImmediate(resolve));
  const sink = sheetSink(sheet);
  while (!out.destroyed && ((sink && needsDrain(sink)) || out.writableNeedDrain)) {
    await drainedOne(sink ? [sink, out] : [out]);
  }
}

/** The streamed sheet's validations by range (exceljs has them on the writer but not in its types). */
const validations = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } })
    .dataValidations;

const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
const instant = (iso: string | null) => (iso ? new Date(iso) : null);

/** One initiative as sheet values: the CSV's texts, with numbers, dates and flags as real cells and labels for codes. */
function sheetRow(initiative: Initiative, lang: Language, base: string): Record<InitiativeSheetColumn, unknown> {
  const text = initiativeCsvRow(initiative, lang, base);
  return {
    ...text,
    version: initiative.version,
    status: statusLabel(initiative.status, lang),
    progress: initiative.progress,
    legislative_stage: initiative.legislativeStage ? stageLabel(initiative.legislativeStage, lang) : null,
    target_date: day(initiative.targetDate),
    overdue: initiative.overdue,
    stale: initiative.stale,
    last_verified_at: instant(initiative.lastVerifiedAt),
    updated_at: instant(initiative.updatedAt),
    note: null,
    evidence_url: null,
  };
}

/** A sort as the address gives it: `title`, or `-title` when descending. */
const sortText = (sort: Sort) => `${sort.direction === 'desc' ? '-' : ''}${sort.field}`;

function describeFilters(query: InitiativesCsvQuery): string {
  const { sep: _sep, ...filters } = query;
  return Object.entries(filters)
    .filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0))
    .map(
      ([key, value]) =>
        `${key}=${Array.isArray(value) ? value.join(',') : key === 'sort' ? sortText(value as Sort) : String(value)}`,
    )
    .join('; ');
}

function addAboutSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, query: InitiativesCsvQuery, madeAt: Date) {
  const text = notes[query.lang];
  const sheet = workbook.addWorksheet(text.sheet);
  sheet.columns = [{ width: 20 }, { width: 110 }];
  sheet.addRow([productNames[query.lang], text.about]).commit();
  sheet.addRow([text.made, `${madeAt.toISOString()} (UTC)`]).commit();
  sheet.addRow([text.filters, describeFilters(query)]).commit();
  sheet.addRow(['', text.howTo]).commit();
  sheet.commit();
}

/**
 * The initiatives as an .xlsx file, streamed: header row frozen, autofilter, widths; dates and times
 * as date cells (UTC), progress and version as numbers; `id` and `version` locked by sheet protection
 * without a password; dropdowns of the status and stage labels in `lang`; empty `note` and
 * `evidence_url`; a second sheet saying what the file is, when it was made, with which filters and
 * how to send it back. Rows are written a keyset page at a time, and the next page waits until the
 * zip has taken the last (`settle`) and the reader keeps up, so memory does not grow with the rows.
 */
export function xlsxWorkbook(
  pages: AsyncIterable<Initiative[]>,
  query: InitiativesCsvQuery,
  base: string,
  madeAt: Date,
): Readable {
  const out = new PassThrough();
  const write = async () => {
    // Loaded on the first workbook: the library is large and most servers never write one.
    const { default: excel } = await import('exceljs');
    const workbook = new excel.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet('initiatives', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = initiativeSheetColumns.map((key) => ({
      header: key,
      key,
      width: widths[key] ?? 14,
      style: lockedColumns.has(key) ? {} : { protection: { locked: false } },
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: initiativeSheetColumns.length } };
    const column = (key: InitiativeSheetColumn) => sheet.getColumn(key).letter;
    validations(sheet).add(
      `${column('status')}2:${column('status')}${lastSheetRow}`,
      dropdown(statuses.map((s) => statusLabel(s, query.lang))),
    );
    validations(sheet).add(
      `${column('legislative_stage')}2:${column('legislative_stage')}${lastSheetRow}`,
      dropdown(legislativeStages.map((s) => stageLabel(s, query.lang))),
    );
    for (const key of ['target_date'] as const) sheet.getColumn(key).numFmt = 'yyyy-mm-dd';
    for (const key of ['last_verified_at', 'updated_at'] as const) sheet.getColumn(key).numFmt = 'yyyy-mm-dd hh:mm';
    await sheet.protect('', { autoFilter: true, sort: true, formatColumns: true, formatRows: true });
    for await (const page of pages) {
      for (const initiative of page) sheet.addRow(sheetRow(initiative, query.lang, base)).commit();
      if (out.destroyed) return;
      await settle(sheet, out);
    }
    sheet.commit();
    addAboutSheet(workbook, query, madeAt);
    await workbook.commit();
  };
  write().catch((err: unknown) => out.destroy(err as Error));
  return out;
}
