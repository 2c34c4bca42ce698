import type { HistoryFieldChange, HistoryKind, LegislativeStage, Status } from '@civic/shared';
import type { Kysely, Transaction } from 'kysely';
import { lockedForWrite } from '../db/dialect.ts';
import { newId } from '../db/ids.ts';
import type { Database, MilestoneRow } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { recordHistory, touchAncestors } from '../initiatives/roll-up.ts';

export type MilestoneChanges = Partial<Pick<MilestoneRow, 'title' | 'due_date' | 'completed_at' | 'completed_on'>>;

/** What a milestone write records in its initiative's history; the note names the milestone. */
export interface MilestoneEntry {
  kind: HistoryKind;
  changes: HistoryFieldChange[];
  note: string;
  actor: string;
  at: string;
}

/** What an edit decides from the milestone as it stands inside the transaction: null when nothing moves. */
export type MilestoneDecision = { changes: MilestoneChanges; entry: MilestoneEntry } | null;

export type MilestoneOutcome = { outcome: 'done'; row: MilestoneRow } | { outcome: 'missing' | 'stale' };

/**
 * Milestones are part of an initiative's detail: a write to one is a new version of the initiative
 * (and of its ancestors, whose details list it) and a history entry naming what moved.
 */
async function recordOnInitiative(trx: Transaction<Database>, initiativeId: string, entry: MilestoneEntry) {
  const initiative = await lockedForWrite(
    trx.selectFrom('initiatives').select(['status', 'progress', 'legislative_stage']).where('id', '=', initiativeId),
    trx,
  ).executeTakeFirstOrThrow();
  await trx
    .updateTable('initiatives')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: entry.at }))
    .where('id', '=', initiativeId)
    .execute();
  const status = initiative.status as Status;
  const stage = initiative.legislative_stage as LegislativeStage | null;
  await recordHistory(trx, {
    id: newId(),
    initiativeId,
    kind: entry.kind,
    changes: entry.changes,
    fromStatus: status,
    toStatus: status,
    fromProgress: Number(initiative.progress),
    toProgress: Number(initiative.progress),
    fromStage: stage,
    toStage: stage,
    note: entry.note,
    evidenceUrl: null,
    actor: entry.actor,
    at: entry.at,
  });
  await touchAncestors(trx, initiativeId, entry.at, entry.actor);
}

const findLocked = (trx: Transaction<Database>, initiativeId: string, id: string) =>
  lockedForWrite(
    trx.selectFrom('milestones').selectAll().where('initiative_id', '=', initiativeId).where('id', '=', id),
    trx,
  ).executeTakeFirst();

export function createMilestonesRepository(db: Kysely<Database>) {
  return {
    /** Adds the milestone with its history entry; false when the initiative does not exist. */
    add(row: MilestoneRow, entry: MilestoneEntry): Promise<boolean> {
      return inTransaction(db, async (trx) => {
        const initiative = await lockedForWrite(
          trx.selectFrom('initiatives').select('id').where('id', '=', row.initiative_id),
          trx,
        ).executeTakeFirst();
        if (!initiative) return false;
        await trx.insertInto('milestones').values(row).execute();
        await recordOnInitiative(trx, row.initiative_id, entry);
        return true;
      });
    },

    find(initiativeId: string, id: string): Promise<MilestoneRow | undefined> {
      return db
        .selectFrom('milestones')
        .selectAll()
        .where('initiative_id', '=', initiativeId)
        .where('id', '=', id)
        .executeTakeFirst();
    },

    /**
     * Edits the milestone only if it is still at the expected version: the UPDATE's version condition
     * alone decides 'stale'. The row, the initiative's version and the history entry commit together.
     */
    change(
      initiativeId: string,
      id: string,
      expectedVersion: number,
      decide: (current: MilestoneRow) => MilestoneDecision,
    ): Promise<MilestoneOutcome> {
      return inTransaction(db, async (trx) => {
        const current = await findLocked(trx, initiativeId, id);
        if (!current) return { outcome: 'missing' };
        const decision = decide(current);
        const changes = decision?.changes ?? {};
        const result = await trx
          .updateTable('milestones')
          .set((eb) => ({
            ...changes,
            updated_at: decision?.entry.at ?? current.updated_at,
            version: decision ? eb('version', '+', 1) : eb.ref('version'),
          }))
          .where('id', '=', id)
          .where('version', '=', expectedVersion)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) return { outcome: 'stale' };
        if (decision) await recordOnInitiative(trx, initiativeId, decision.entry);
        const row = await trx.selectFrom('milestones').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
        return { outcome: 'done', row };
      });
    },

    /** Removes the milestone only if it is still at the expected version, with its history entry. */
    remove(
      initiativeId: string,
      id: string,
      expectedVersion: number,
      entry: (current: MilestoneRow) => MilestoneEntry,
    ): Promise<MilestoneOutcome> {
      return inTransaction(db, async (trx) => {
        const current = await findLocked(trx, initiativeId, id);
        if (!current) return { outcome: 'missing' };
        const result = await trx
          .deleteFrom('milestones')
          .where('id', '=', id)
          .where('version', '=', expectedVersion)
          .executeTakeFirst();
        if (Number(result.numDeletedRows) !== 1) return { outcome: 'stale' };
        await recordOnInitiative(trx, initiativeId, entry(current));
        return { outcome: 'done', row: current };
      });
    },
  };
}

export type MilestonesRepository = ReturnType<typeof createMilestonesRepository>;
