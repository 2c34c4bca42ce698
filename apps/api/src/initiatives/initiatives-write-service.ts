import {
  type CreateInitiativeInput,
  type InitiativeDetail,
  problemTypes,
  type StatusChangeInput,
  type User,
} from '@civic/shared';
import { AppError, conflict, notFound, validationError } from '../errors/app-error.ts';
import { locateQuote, type Span } from '../seed/locate-quote.ts';
import { decideChange } from './initiative-change.ts';
import { newInitiativeRows } from './initiative-create.ts';
import type { ClockSettings, InitiativesService } from './initiatives-service.ts';
import type { InitiativesWriteRepository } from './initiatives-write-repository.ts';

/** How the history names who made a change. */
export const actorName = (user: User) => user.displayName || user.username;

export function createInitiativesWriteService(
  repository: InitiativesWriteRepository,
  reader: InitiativesService,
  settings: ClockSettings,
) {
  async function locateSource(input: CreateInitiativeInput): Promise<Span | null> {
    if (!input.source) return null;
    const text = await repository.documentText(input.source.documentId);
    if (text === undefined) throw validationError([{ field: 'source.documentId', message: 'no such document' }]);
    try {
      return locateQuote(text, input.source.quote);
    } catch {
      throw validationError([{ field: 'source.quote', message: 'must stand verbatim exactly once in the document' }]);
    }
  }

  return {
    /** Records an official's update if nobody changed the initiative since the version they saw. */
    async update(id: string, input: StatusChangeInput, expectedVersion: number, user: User): Promise<InitiativeDetail> {
      const at = settings.now().toISOString();
      const outcome = await repository.applyChange(id, expectedVersion, at, (current) =>
        decideChange(id, current, input, actorName(user), at),
      );
      if (outcome === 'missing') throw notFound(`No initiative with id "${id}".`);
      const detail = await reader.get(id);
      if (outcome === 'stale') {
        throw conflict(
          `The initiative is at version ${detail.version}, not ${expectedVersion}: reload and try again.`,
          { current: detail },
        );
      }
      return detail;
    },

    async create(input: CreateInitiativeInput, user: User): Promise<InitiativeDetail> {
      const owner = await repository.ownerNames(input.ownerId);
      if (!owner) throw validationError([{ field: 'ownerId', message: 'no such owner' }]);
      if (input.parentId && !(await repository.exists(input.parentId))) {
        throw validationError([{ field: 'parentId', message: 'no such initiative' }]);
      }
      const span = await locateSource(input);
      const { row, history } = newInitiativeRows(input, owner, span, actorName(user), settings.now().toISOString());
      if (!(await repository.create(row, history))) {
        throw new AppError(
          409,
          problemTypes.conflict,
          'Conflict',
          `An initiative with id "${input.id}" already exists.`,
        );
      }
      return reader.get(input.id);
    },
  };
}

export type InitiativesWriteService = ReturnType<typeof createInitiativesWriteService>;
