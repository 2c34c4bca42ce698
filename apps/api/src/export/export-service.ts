import {
  type HistoryCsvQuery,
  type HistoryCsvRow,
  type InitiativeCsvRow,
  type InitiativesCsvQuery,
  listFilterSchema,
  type SourceDocumentWithPassages,
} from '@civic/shared';
import type { InitiativesRepository } from '../initiatives/initiatives-repository.ts';
import { type ClockSettings, clockAt } from '../initiatives/initiatives-service.ts';
import type { SourcesRepository } from '../sources/sources-repository.ts';
import { historyCsvRow, initiativeCsvRow } from './csv-rows.ts';
import type { HistoryRepository } from './history-repository.ts';
import { openDataJson } from './open-data.ts';
import type { OpenDataRepository } from './open-data-repository.ts';

export interface ExportRepositories {
  initiatives: InitiativesRepository;
  history: HistoryRepository;
  sources: SourcesRepository;
  openData: OpenDataRepository;
}

export function createExportService(repositories: ExportRepositories, settings: ClockSettings) {
  return {
    now: () => settings.now(),

    /** Exactly the list's rows for the filter, every page, in the list's order. */
    async *initiativeRows(query: InitiativesCsvQuery, base: string): AsyncIterable<InitiativeCsvRow> {
      for await (const initiative of repositories.initiatives.stream(query, clockAt(settings))) {
        yield initiativeCsvRow(initiative, query.lang, base);
      }
    },

    async *historyRows(query: HistoryCsvQuery, base: string): AsyncIterable<HistoryCsvRow> {
      for await (const entry of repositories.history.stream(query)) yield historyCsvRow(entry, query.lang, base);
    },

    /** Every initiative, every status change and every source document with its quoted passages. */
    async *openData(): AsyncIterable<string> {
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
      });
    },
  };
}

async function* withoutTitles(entries: ReturnType<HistoryRepository['stream']>) {
  for await (const { initiativeTitle: _title, ...change } of entries) yield change;
}

export type ExportService = ReturnType<typeof createExportService>;
