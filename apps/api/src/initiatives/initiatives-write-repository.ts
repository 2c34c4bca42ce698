import type { LocalizedText, RelationType, Status, StatusChange } from '@civic/shared';
import type { Kysely, Transaction } from 'kysely';
import { localized, localizedColumns } from '../db/localized-text.ts';
import type { Database, InitiativeRow, NewInitiativeRow } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import type { CurrentState, PlannedChange } from './initiative-change.ts';
import { detailsOperations } from './initiative-details-repository.ts';
import { lockedAtVersion } from './locked-at-version.ts';
import { childStates, recordHistory, touchAncestors } from './roll-up.ts';

export type ChangeOutcome = 'done' | 'missing' | 'stale';

/** An initiative's state as a change is decided from, with the version it is at. */
export type VersionedState = CurrentState & { version: number };

/** As VersionedState, with the initiative's title, as a spreadsheet's dry run names its rows. */
export type TitledState = VersionedState & { title: LocalizedText };

/** Ids read per query when reading many states at once. */
const stateChunk = 500;

function stateOf(row: InitiativeRow, children: CurrentState['children']): CurrentState {
  return {
    kind: row.kind as CurrentState['kind'],
    status: row.status as CurrentState['status'],
    progress: Number(row.progress),
    progressSource: row.progress_source as CurrentState['progressSource'],
    legislativeStage: row.legislative_stage as CurrentState['legislativeStage'],
    targetDate: row.target_date,
    children,
  };
}

/** The writes, on `db` or on a transaction. */
function writeOperations(db: Kysely<Database>) {
  return {
    /**
     * Applies a change only if the initiative is still at the expected version: the update, its
     * history row and the ancestors' roll-up commit together or not at all. The row is read locked;
     * a version other than the expected one is 'stale' before the change is decided (so never a 400),
     * and the version condition of the UPDATE holds it where the read lock does not.
     */
    applyChange(
      id: string,
      expectedVersion: number,
      at: string,
      decide: (current: CurrentState) => PlannedChange,
    ): Promise<ChangeOutcome> {
      return inTransaction(db, async (trx) => {
        const row = await lockedAtVersion(trx, id, expectedVersion);
        if (typeof row === 'string') return row;
        const { values, history } = decide(stateOf(row, await childStates(trx, id)));
        const result = await trx
          .updateTable('initiatives')
          .set({
            status: values.status,
            progress: values.progress,
            progress_source: values.progressSource,
            legislative_stage: values.legislativeStage,
            target_date: values.targetDate,
            last_verified_at: at,
            updated_at: at,
            version: expectedVersion + 1,
          })
          .where('id', '=', id)
          .where('version', '=', expectedVersion)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) return 'stale';
        await recordHistory(trx, history);
        await touchAncestors(trx, id, at, history.actor);
        return 'done';
      });
    },

    /**
     * The current state of each of `ids` that exists, as applyChange would read it (children's
     * progress included), read in chunks of short queries outside any transaction.
     */
    async currentStates(ids: readonly string[]): Promise<Map<string, TitledState>> {
      const states = new Map<string, TitledState>();
      for (let i = 0; i < ids.length; i += stateChunk) {
        const chunk = ids.slice(i, i + stateChunk);
        const rows = await db.selectFrom('initiatives').selectAll().where('id', 'in', chunk).execute();
        const children = await db
          .selectFrom('initiatives')
          .select(['parent_id', 'status', 'progress'])
          .where('parent_id', 'in', chunk)
          .execute();
        for (const row of rows) {
          const own = children
            .filter((c) => c.parent_id === row.id)
            .map((c) => ({ status: c.status as Status, progress: Number(c.progress) }));
          states.set(row.id, {
            ...stateOf(row, own),
            version: Number(row.version),
            title: localized(row.title_ru, row.title_en, row.title_kk),
          });
        }
      }
      return states;
    },

    ...detailsOperations(db),

    /** Inserts a new initiative with its first history entry and rolls up its parent; false when the id is taken. */
    create(row: NewInitiativeRow, history: StatusChange): Promise<boolean> {
      return inTransaction(db, async (trx) => {
        const result = await trx
          .insertInto('initiatives')
          .values(row)
          .onConflict((oc) => oc.column('id').doNothing())
          .executeTakeFirst();
        if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) return false;
        await recordHistory(trx, history);
        await touchAncestors(trx, row.id, row.created_at, history.actor);
        return true;
      });
    },

    /** Adds the responsible bodies not yet known; known ones keep their names. */
    async addOwners(owners: readonly { id: string; name: LocalizedText }[]): Promise<void> {
      if (owners.length === 0) return;
      await db
        .insertInto('owners')
        .values(owners.map((o) => ({ id: o.id, ...localizedColumns('name', o.name) })))
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    },

    /** Adds the relations not yet recorded. */
    async addRelations(relations: readonly { fromId: string; toId: string; type: RelationType }[]): Promise<void> {
      if (relations.length === 0) return;
      await db
        .insertInto('initiative_relations')
        .values(relations.map((r) => ({ from_id: r.fromId, to_id: r.toId, type: r.type })))
        .onConflict((oc) => oc.columns(['from_id', 'to_id', 'type']).doNothing())
        .execute();
    },

    async ownerNames(ownerId: string) {
      return db.selectFrom('owners').selectAll().where('id', '=', ownerId).executeTakeFirst();
    },

    async exists(id: string): Promise<boolean> {
      const row = await db.selectFrom('initiatives').select('id').where('id', '=', id).executeTakeFirst();
      return row !== undefined;
    },

    async documentText(documentId: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('source_documents')
        .select('text')
        .where('id', '=', documentId)
        .executeTakeFirst();
      return row?.text;
    },
  };
}

/** The write operations bound to one transaction (see inOneTransaction). */
export type InitiativesWriteOperations = ReturnType<typeof writeOperations>;

/** Writes to initiatives; on a transaction (the seed's) it joins it instead of opening its own. */
export function createInitiativesWriteRepository(db: Kysely<Database>) {
  return {
    ...writeOperations(db),
    /**
     * Runs `work` in one transaction with the writes bound to it: every applyChange inside commits
     * together or not at all (a throw rolls all back).
     */
    inOneTransaction<T>(work: (writes: InitiativesWriteOperations, trx: Transaction<Database>) => Promise<T>) {
      return inTransaction(db, (trx) => work(writeOperations(trx), trx));
    },
  };
}

export type InitiativesWriteRepository = ReturnType<typeof createInitiativesWriteRepository>;
