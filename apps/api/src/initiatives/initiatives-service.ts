import {
  type AttentionSettings,
  attentionCutoffs,
  type HistoryPage,
  type HistoryPageQuery,
  type InitiativeDetail,
  type ListQuery,
} from '@civic/shared';
import { notFound } from '../errors/app-error.ts';
import { decodeHistoryCursor, encodeHistoryCursor } from '../http/page-cursor.ts';
import type { Clock } from './initiative-query.ts';
import type { InitiativesRepository } from './initiatives-repository.ts';

export interface ClockSettings extends AttentionSettings {
  now: () => Date;
}

/** The overdue and stale cutoffs of this moment, from the one shared rule. */
export function clockAt(settings: ClockSettings): Clock {
  return attentionCutoffs(settings.now(), settings);
}

export function createInitiativesService(repository: InitiativesRepository, settings: ClockSettings) {
  return {
    /** Today in TIME_ZONE ("YYYY-MM-DD"): the day this moment's overdue and stale flags are judged on. */
    today: () => clockAt(settings).today,

    list(query: ListQuery) {
      return repository
        .list(query, clockAt(settings))
        .then((page) => ({ ...page, page: query.page, pageSize: query.pageSize }));
    },

    /** Whether an initiative has this id: one lookup by primary key (its page answers 404 without one). */
    exists: (id: string): Promise<boolean> => repository.exists(id),

    /** 404 unless an initiative has this id. */
    async assertExists(id: string): Promise<void> {
      if (!(await repository.exists(id))) throw notFound(`No initiative with id "${id}".`);
    },

    async get(id: string): Promise<InitiativeDetail> {
      const clock = clockAt(settings);
      const initiative = await repository.findById(id, clock);
      if (!initiative) throw notFound(`No initiative with id "${id}".`);
      const [parent, children, milestones, relations] = await Promise.all([
        initiative.parentId ? repository.findById(initiative.parentId, clock) : undefined,
        repository.children(id, clock),
        repository.milestones(id, clock.today),
        repository.relations(id),
      ]);
      return {
        ...initiative,
        parent: parent ? { id: parent.id, title: parent.title, titleEnMissing: parent.titleEnMissing } : null,
        children,
        milestones,
        relations,
      };
    },

    /** One page of an initiative's history, newest first, and the cursor of the next (older) page. */
    async history(id: string, query: HistoryPageQuery): Promise<HistoryPage> {
      const before = query.cursor === undefined ? undefined : decodeHistoryCursor(query.cursor);
      if (!(await repository.exists(id))) throw notFound(`No initiative with id "${id}".`);
      // One row past the page tells whether an older page exists without counting the rest.
      const rows = await repository.history(id, { limit: query.limit + 1, ...(before ? { before } : {}) });
      const items = rows.slice(0, query.limit);
      const last = items.at(-1);
      const nextCursor = rows.length > query.limit && last ? encodeHistoryCursor(last) : null;
      return { items, nextCursor };
    },
  };
}

export type InitiativesService = ReturnType<typeof createInitiativesService>;
