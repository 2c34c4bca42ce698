import type { Kysely, Transaction } from 'kysely';
import type { Database, InitiativeUpdate, NewInitiativeRow, StatusChangesTable } from '../db/schema.ts';
import { recomputeParentProgress } from './progress-rollup.ts';

/** What a change is decided from, read inside the transaction that records it. */
export interface CurrentState {
  kind: string;
  status: string;
  progress: number;
  progressSource: string;
  legislativeStage: string | null;
  targetDate: string | null;
  childProgress: number[];
}

export interface PlannedChange {
  values: Pick<InitiativeUpdate, 'status' | 'progress' | 'progress_source' | 'legislative_stage' | 'target_date'>;
  history: StatusChangesTable;
}

export type ChangeOutcome = 'done' | 'missing' | 'stale';

/** A parent's detail lists its children, so a child's change is a new version of the parent too. */
async function touchParent(trx: Transaction<Database>, parentId: string, at: string): Promise<void> {
  await recomputeParentProgress(trx, parentId, at);
  await trx
    .updateTable('initiatives')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: at }))
    .where('id', '=', parentId)
    .execute();
}

export function createInitiativesWriteRepository(db: Kysely<Database>) {
  return {
    /**
     * Applies a change only if the initiative is still at the expected version: the update, its
     * history row and the parent's roll-up commit together or not at all.
     */
    applyChange(
      id: string,
      expectedVersion: number,
      at: string,
      decide: (current: CurrentState) => PlannedChange,
    ): Promise<ChangeOutcome> {
      return db.transaction().execute(async (trx) => {
        const row = await trx.selectFrom('initiatives').selectAll().where('id', '=', id).executeTakeFirst();
        if (!row) return 'missing';
        if (Number(row.version) !== expectedVersion) return 'stale';
        const children = await trx.selectFrom('initiatives').select('progress').where('parent_id', '=', id).execute();
        const plan = decide({
          kind: row.kind,
          status: row.status,
          progress: Number(row.progress),
          progressSource: row.progress_source,
          legislativeStage: row.legislative_stage,
          targetDate: row.target_date,
          childProgress: children.map((c) => Number(c.progress)),
        });
        const result = await trx
          .updateTable('initiatives')
          .set({ ...plan.values, last_verified_at: at, updated_at: at, version: expectedVersion + 1 })
          .where('id', '=', id)
          .where('version', '=', expectedVersion)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) return 'stale';
        await trx.insertInto('status_changes').values(plan.history).execute();
        if (row.parent_id) await touchParent(trx, row.parent_id, at);
        return 'done';
      });
    },

    /** Inserts a new initiative with its first history row; false when the id is taken. */
    create(row: NewInitiativeRow, history: StatusChangesTable): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const result = await trx
          .insertInto('initiatives')
          .values(row)
          .onConflict((oc) => oc.column('id').doNothing())
          .executeTakeFirst();
        if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) return false;
        await trx.insertInto('status_changes').values(history).execute();
        if (row.parent_id) await touchParent(trx, row.parent_id, row.created_at);
        return true;
      });
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

export type InitiativesWriteRepository = ReturnType<typeof createInitiativesWriteRepository>;
