import { type LocalizedText, type RelationType, rollUpProgress, type StatusChange } from '@civic/shared';
import type { Kysely, Transaction } from 'kysely';
import { localizedColumns } from '../db/localized-text.ts';
import type { Database, NewInitiativeRow, StatusChangesTable } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import type { CurrentState, PlannedChange } from './initiative-change.ts';

export type ChangeOutcome = 'done' | 'missing' | 'stale';

const historyRow = (change: StatusChange): StatusChangesTable => ({
  id: change.id,
  initiative_id: change.initiativeId,
  from_status: change.fromStatus,
  to_status: change.toStatus,
  from_progress: change.fromProgress,
  to_progress: change.toProgress,
  from_stage: change.fromStage,
  to_stage: change.toStage,
  note: change.note,
  evidence_url: change.evidenceUrl,
  actor: change.actor,
  at: change.at,
});

/**
 * Sets a parent's progress to its children's mean unless an official set it explicitly, then walks
 * up to the grandparent (DESIGN: "a parent's progress is the mean of its children's unless set").
 */
async function rollUpFrom(trx: Transaction<Database>, parentId: string, at: string): Promise<void> {
  let currentId: string | null = parentId;
  const seen = new Set<string>();
  while (currentId && !seen.has(currentId)) {
    seen.add(currentId);
    const parent = await trx
      .selectFrom('initiatives')
      .select(['id', 'parent_id', 'progress', 'progress_source'])
      .where('id', '=', currentId)
      .executeTakeFirst();
    if (!parent || parent.progress_source === 'explicit') return;
    const children = await trx
      .selectFrom('initiatives')
      .select('progress')
      .where('parent_id', '=', currentId)
      .execute();
    const mean = rollUpProgress(children.map((c) => Number(c.progress)));
    if (mean === null) return;
    if (mean !== Number(parent.progress) || parent.progress_source !== 'children') {
      await trx
        .updateTable('initiatives')
        .set({ progress: mean, progress_source: 'children', updated_at: at })
        .where('id', '=', currentId)
        .execute();
    }
    currentId = parent.parent_id;
  }
}

/** A parent's detail lists its children, so a child's change is a new version of the parent too. */
async function touchParent(trx: Transaction<Database>, parentId: string, at: string): Promise<void> {
  await rollUpFrom(trx, parentId, at);
  await trx
    .updateTable('initiatives')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: at }))
    .where('id', '=', parentId)
    .execute();
}

/** Writes to initiatives; on a transaction (the seed's) it joins it instead of opening its own. */
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
      return inTransaction(db, async (trx) => {
        const row = await trx.selectFrom('initiatives').selectAll().where('id', '=', id).executeTakeFirst();
        if (!row) return 'missing';
        if (Number(row.version) !== expectedVersion) return 'stale';
        const children = await trx.selectFrom('initiatives').select('progress').where('parent_id', '=', id).execute();
        const { values, history } = decide({
          kind: row.kind as CurrentState['kind'],
          status: row.status as CurrentState['status'],
          progress: Number(row.progress),
          progressSource: row.progress_source as CurrentState['progressSource'],
          legislativeStage: row.legislative_stage as CurrentState['legislativeStage'],
          targetDate: row.target_date,
          childProgress: children.map((c) => Number(c.progress)),
        });
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
        await trx.insertInto('status_changes').values(historyRow(history)).execute();
        if (row.parent_id) await touchParent(trx, row.parent_id, at);
        return 'done';
      });
    },

    /** Inserts a new initiative with its first history entry and rolls up its parent; false when the id is taken. */
    create(row: NewInitiativeRow, history: StatusChange): Promise<boolean> {
      return inTransaction(db, async (trx) => {
        const result = await trx
          .insertInto('initiatives')
          .values(row)
          .onConflict((oc) => oc.column('id').doNothing())
          .executeTakeFirst();
        if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) return false;
        await trx.insertInto('status_changes').values(historyRow(history)).execute();
        if (row.parent_id) await touchParent(trx, row.parent_id, row.created_at);
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

export type InitiativesWriteRepository = ReturnType<typeof createInitiativesWriteRepository>;
