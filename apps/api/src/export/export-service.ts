import {
  type AssessmentCsvRow,
  type AssessmentsCsvQuery,
  addDays,
  type HistoryCsvQuery,
  type HistoryCsvRow,
  type HistoryFilter,
  type Initiative,
  type InitiativesCsvQuery,
  initiativeCsvColumns,
  listFilterSchema,
  localDay,
  type SourceDocumentWithPassages,
  startOfLocalDay,
} from '@civic/shared';
import type { AssessmentsRepository } from '../assessments/assessments-repository.ts';
import type { InitiativesRepository } from '../initiatives/initiatives-repository.ts';
import { type ClockSettings, clockAt } from '../initiatives/initiatives-service.ts';
import type { OwnerNames } from '../initiatives/owner-names.ts';
import type { SourcesRepository } from '../sources/sources-repository.ts';
import { assessmentCsvRow, csvHead, historyCsvRow, historyNamesIn, initiativeCsvLines } from './csv-rows.ts';
import type { HistoryRange, HistoryRepository } from './history-repository.ts';
import type { InitiativesCsvRepository } from './initiatives-csv-repository.ts';
import { openDataJson } from './open-data.ts';
import type { OpenDataRepository } from './open-data-repository.ts';

export interface ExportRepositories {
  initiatives: InitiativesRepository;
  initiativesCsv: InitiativesCsvRepository;
  history: HistoryRepository;
  sources: SourcesRepository;
  openData: OpenDataRepository;
  assessments: AssessmentsRepository;
}

/** The history filter's local days (both ends inclusive) as the instants they span in the zone. */
export function historyRange(filter: HistoryFilter, timeZone: string): HistoryRange {
  return {
    ...(filter.initiative ? { initiative: filter.initiative } : {}),
    ...(filter.from ? { since: startOfLocalDay(filter.from, timeZone).toISOString() } : {}),
    ...(filter.to ? { before: startOfLocalDay(addDays(filter.to, 1), timeZone).toISOString() } : {}),
  };
}

/**
 * The exports. Each reads the database in keyset pages of short queries (see the repositories'
 * stream), so however slowly a client downloads, it holds no connection, cursor or transaction
 * while the server waits for it. Rows are read as they are when their page is read. `ownerNames` gives
 * the owners' names the history names (kept while the data generation stands still, see
 * initiatives/owner-names.ts), the same the feeds use.
 */
export function createExportService(repositories: ExportRepositories, settings: ClockSettings, ownerNames: OwnerNames) {
  return {
    /** Today in the configured zone, for the files' names. */
    today: () => localDay(settings.now(), settings.timeZone),

    /**
     * The initiatives CSV: exactly the list's rows for the filter, every page, in the list's order; the BOM and
     * header first, then the lines of a keyset page at a time, each made from the values read as it is written.
     */
    async *initiativesCsv(query: InitiativesCsvQuery, base: string): AsyncIterable<Iterable<string>> {
      yield [csvHead(initiativeCsvColumns, query.sep)];
      for await (const page of repositories.initiativesCsv.pages(query, clockAt(settings))) {
        yield initiativeCsvLines(page, query.lang, base, query.sep);
      }
    },

    /** The initiatives of the list's filter, a batch per keyset page, in the list's order (the .xlsx export's rows). */
    initiativePages(query: InitiativesCsvQuery): AsyncIterable<Initiative[]> {
      return repositories.initiatives.pages(query, clockAt(settings));
    },

    /** The instant a file is made, for the note inside it. */
    now: () => settings.now(),

    /** Every status change of the query's range, oldest first; a batch of rows per keyset page. */
    async *historyRows(query: HistoryCsvQuery, base: string): AsyncIterable<HistoryCsvRow[]> {
      const range = historyRange(query, settings.timeZone);
      const names = historyNamesIn(await ownerNames(), query.lang);
      for await (const page of repositories.history.pages(range)) {
        yield page.map((entry) => historyCsvRow(entry, query.lang, base, names));
      }
    },

    /** Every independent assessment, superseded ones included, oldest first; a batch of rows per keyset page. */
    async *assessmentRows(query: AssessmentsCsvQuery, base: string): AsyncIterable<AssessmentCsvRow[]> {
      for await (const page of repositories.assessments.pages()) {
        yield page.map((entry) => assessmentCsvRow(entry, query.lang, base));
      }
    },

    /**
     * Every initiative, every status change and every source document with its quoted passages.
     * The parts are read one after another, so a change made mid-download may show in the
     * initiatives but not yet in the history, or the other way round.
     */
    openData(): AsyncIterable<string> {
      return openDataOf(repositories, settings);
    },
  };
}

async function* openDataOf(repositories: ExportRepositories, settings: ClockSettings): AsyncIterable<string> {
  const sources: SourceDocumentWithPassages[] = [];
  for (const id of await repositories.openData.sourceDocumentIds()) {
    const document = await repositories.sources.findById(id);
    if (document) sources.push({ ...document, passages: await repositories.sources.passages(id) });
  }
  yield* openDataJson({
    generatedAt: settings.now().toISOString(),
    sources,
    initiatives: repositories.initiatives.stream(listFilterSchema.parse({}), clockAt(settings)),
    history: withoutTitles(repositories.history.stream({})),
    assessments: withoutTitles(repositories.assessments.stream()),
  });
}

async function* withoutTitles<T extends { initiativeTitle: unknown }>(entries: AsyncIterable<T>) {
  for await (const { initiativeTitle: _title, ...item } of entries) yield item;
}

export type ExportService = ReturnType<typeof createExportService>;
