import { type AttentionSettings, attentionCutoffs, type InitiativeDetail, type ListQuery } from '@civic/shared';
import { notFound } from '../errors/app-error.ts';
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
    list(query: ListQuery) {
      return repository
        .list(query, clockAt(settings))
        .then((page) => ({ ...page, page: query.page, pageSize: query.pageSize }));
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
        parent: parent ? { id: parent.id, title: parent.title } : null,
        children,
        milestones,
        relations,
      };
    },

    async history(id: string) {
      if (!(await repository.exists(id))) throw notFound(`No initiative with id "${id}".`);
      return repository.history(id);
    },
  };
}

export type InitiativesService = ReturnType<typeof createInitiativesService>;
