import type {
  CreateInitiativeInput,
  DetailsChangeInput,
  InitiativeDetail,
  StatusChangeInput,
  User,
} from '@civic/shared';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { alreadyExists, conflict, notFound, validationError } from '../errors/app-error.ts';
import { locateQuote, type Span } from '../quotes/locate-quote.ts';
import { decideChange } from './initiative-change.ts';
import { type FirstEntry, newInitiativeRows } from './initiative-create.ts';
import { decideDetails } from './initiative-details.ts';
import type { ClockSettings, InitiativesService } from './initiatives-service.ts';
import type { ChangeOutcome, InitiativesWriteRepository } from './initiatives-write-repository.ts';

// Thrown inside applyAll's transaction to roll it back.
const claimed = new Error('already claimed');
const moved = new Error('rows moved');

/** How the history names who made a change: the display name, never the login name. */
const actorName = (user: User) => user.displayName;

async function locateSource(
  repository: InitiativesWriteRepository,
  input: CreateInitiativeInput,
): Promise<Span | null> {
  if (!input.source) return null;
  const text = await repository.documentText(input.source.documentId);
  if (text === undefined)
    throw validationError([{ field: 'source.documentId', message: 'no such document', code: 'not_found' }]);
  try {
    return locateQuote(text, input.source.quote);
  } catch {
    throw validationError([
      { field: 'source.quote', message: 'must stand verbatim exactly once in the document', code: 'not_verbatim' },
    ]);
  }
}

/**
 * Adds an initiative after the checks every create gets: the owner and parent exist (400 naming
 * ownerId or parentId) and the quote stands verbatim once in its document (400 naming source.*).
 * Resolves false when the id is taken. An admin's POST and the seed both come through here.
 */
export async function addInitiative(
  repository: InitiativesWriteRepository,
  input: CreateInitiativeInput,
  entry: FirstEntry,
): Promise<boolean> {
  const owner = await repository.ownerNames(input.ownerId);
  if (!owner) throw validationError([{ field: 'ownerId', message: 'no such owner', code: 'not_found' }]);
  if (input.parentId && !(await repository.exists(input.parentId))) {
    throw validationError([{ field: 'parentId', message: 'no such initiative', code: 'not_found' }]);
  }
  const span = await locateSource(repository, input);
  const { row, history } = newInitiativeRows(input, owner, span, entry);
  return repository.create(row, history);
}

export function createInitiativesWriteService(
  repository: InitiativesWriteRepository,
  reader: InitiativesService,
  settings: ClockSettings,
) {
  /** The initiative after a versioned write: 404 when missing, 409 carrying it as it stands when stale. */
  async function settle(id: string, outcome: ChangeOutcome, expectedVersion: number): Promise<InitiativeDetail> {
    if (outcome === 'missing') throw notFound(`No initiative with id "${id}".`);
    const detail = await reader.get(id);
    if (outcome === 'stale') {
      throw conflict(`The initiative is at version ${detail.version}, not ${expectedVersion}: reload and try again.`, {
        current: detail,
      });
    }
    return detail;
  }

  return {
    /** Today in TIME_ZONE: the day the answer's flags are judged on (its ETag carries it). */
    today: () => reader.today(),

    /** Records an official's update if nobody changed the initiative since the version they saw (else 409 with it as it stands). */
    async update(id: string, input: StatusChangeInput, expectedVersion: number, user: User): Promise<InitiativeDetail> {
      const at = settings.now().toISOString();
      const outcome = await repository.applyChange(id, expectedVersion, at, (current) =>
        decideChange(id, current, input, actorName(user), at),
      );
      return settle(id, outcome, expectedVersion);
    },

    /**
     * Records an official's edit of the descriptive fields (title, summary, owner, kind, region,
     * parent) under the same version check as `update`; a move re-rolls both parents' lines.
     */
    async editDetails(
      id: string,
      input: DetailsChangeInput,
      expectedVersion: number,
      user: User,
    ): Promise<InitiativeDetail> {
      const at = settings.now().toISOString();
      const lookups = {
        ...(input.ownerId === undefined ? {} : { ownerId: input.ownerId }),
        ...(input.parentId === undefined ? {} : { parentId: input.parentId }),
      };
      const outcome = await repository.applyDetails(id, expectedVersion, at, lookups, (current, facts) =>
        decideDetails(id, current, input, facts, actorName(user), at),
      );
      return settle(id, outcome, expectedVersion);
    },

    /**
     * Applies many changes all or nothing, in one transaction, each under its version check and the
     * same rules as `update` (decideChange); each becomes a history entry with `user` as actor and
     * `sourceFile` named. `claim` runs first in the same transaction (false refuses, as 'claimed').
     * Resolves 'done', 'claimed', or the ids that moved since their version (then nothing is written).
     */
    async applyAll(
      changes: readonly { id: string; version: number; input: StatusChangeInput }[],
      user: User,
      sourceFile: string,
      claim: (trx: Transaction<Database>) => Promise<boolean>,
    ): Promise<{ outcome: 'done' | 'claimed' } | { outcome: 'stale'; ids: string[] }> {
      const at = settings.now().toISOString();
      const stale: string[] = [];
      try {
        await repository.inOneTransaction(async (writes, trx) => {
          if (!(await claim(trx))) throw claimed;
          for (const { id, version, input } of changes) {
            const outcome = await writes.applyChange(id, version, at, (current) => {
              const planned = decideChange(id, current, input, actorName(user), at);
              return { ...planned, history: { ...planned.history, sourceFile } };
            });
            if (outcome !== 'done') stale.push(id);
          }
          if (stale.length > 0) throw moved;
        });
      } catch (err) {
        if (err === claimed) return { outcome: 'claimed' };
        if (err === moved) return { outcome: 'stale', ids: stale };
        throw err;
      }
      return { outcome: 'done' };
    },

    /** An admin's new initiative: 400 from the checks of addInitiative, 409 when the id is taken. */
    async create(input: CreateInitiativeInput, user: User): Promise<InitiativeDetail> {
      const added = await addInitiative(repository, input, {
        kind: 'created',
        actor: actorName(user),
        at: settings.now().toISOString(),
      });
      if (!added) {
        throw alreadyExists(`An initiative with id "${input.id}" already exists.`, [
          { field: 'id', message: 'is taken', code: 'taken' },
        ]);
      }
      return reader.get(input.id);
    },
  };
}

export type InitiativesWriteService = ReturnType<typeof createInitiativesWriteService>;
