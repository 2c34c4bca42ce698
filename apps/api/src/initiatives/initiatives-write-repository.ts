import {
  type LegislativeStage,
  type LocalizedText,
  type RelationType,
  rollUpProgress,
  type Status,
  type StatusChange,
} from '@civic/shared';
import type { Kysely, Transaction } from 'kysely';
import { lockedForWrite } from '../db/dialect.ts';
import { newId } from '../db/ids.ts';
import { localizedColumns } from '../db/localized-text.ts';
import type { Database, InitiativeRow, NewInitiativeRow, NewStatusChangeRow } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import type { CurrentState, HistoryExtras, PlannedChange } from './initiative-change.ts';

export type ChangeOutcome = 'done' | 'missing' | 'stale';

/** An initiative's state as a change is decided from, with the version it is at. */
export type VersionedState = CurrentState & { version: number };

/** Ids read per query when reading many states at once. */
const stateChunk = 500;

export const historyRow = (change: StatusChange & HistoryExtras): NewStatusChangeRow => ({
  id: change.id,
  initiative_id: change.initiativeId,
  kind: change.kind,
  changes: JSON.stringify(change.changes),
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
  ...(change.sourceFile ? { source_file: change.sourceFile } : {}),
  ...(change.evidence
    ? {
        evidence_document_id: change.evidence.documentId,
        evidence_start: change.evidence.start,
        evidence_end: change.evidence.end,
        evidence_quote: change.evidence.quote,
      }
    : {}),
});

/** Appends one history entry inside the caller's transaction. */
export async function recordHistory(trx: Transaction<Database>, change: StatusChange & HistoryExtras): Promise<void> {
  await trx.insertInto('status_changes').values(historyRow(change)).execute();
}

/**
 * After a change to `childId`, walks up from its parent: each ancestor's detail lists its children
 * (their progress and version), so each gets a new version; one whose progress follows its children
 * (DESIGN: "a parent's progress is the mean of its children's unless set") takes their new mean and
 * a rollup history entry naming the move. Each ancestor row is locked before its children are read,
 * so concurrent changes to siblings roll up one after another from committed figures; locks go
 * child before parent on every write path, so they cannot deadlock.
 */
export async function touchAncestors(
  trx: Transaction<Database>,
  childId: string,
  at: string,
  actor: string,
): Promise<void> {
  const start = await trx.selectFrom('initiatives').select('parent_id').where('id', '=', childId).executeTakeFirst();
  let currentId = start?.parent_id ?? null;
  const seen = new Set<string>([childId]);
  while (currentId && !seen.has(currentId)) {
    seen.add(currentId);
    const parent = await lockedForWrite(
      trx
        .selectFrom('initiatives')
        .select(['id', 'parent_id', 'status', 'progress', 'progress_source', 'legislative_stage'])
        .where('id', '=', currentId),
      trx,
    ).executeTakeFirst();
    if (!parent) return;
    const children = await trx
      .selectFrom('initiatives')
      .select('progress')
      .where('parent_id', '=', currentId)
      .execute();
    const mean = parent.progress_source === 'explicit' ? null : rollUpProgress(children.map((c) => Number(c.progress)));
    const progress = mean ?? Number(parent.progress);
    await trx
      .updateTable('initiatives')
      .set((eb) => ({
        version: eb('version', '+', 1),
        updated_at: at,
        ...(mean === null ? {} : { progress: mean, progress_source: 'children' }),
      }))
      .where('id', '=', currentId)
      .execute();
    if (progress !== Number(parent.progress)) {
      await recordHistory(trx, {
        id: newId(),
        initiativeId: parent.id,
        kind: 'rollup',
        changes: [{ field: 'progress', from: Number(parent.progress), to: progress }],
        fromStatus: parent.status as Status,
        toStatus: parent.status as Status,
        fromProgress: Number(parent.progress),
        toProgress: progress,
        fromStage: parent.legislative_stage as LegislativeStage | null,
        toStage: parent.legislative_stage as LegislativeStage | null,
        note: '',
        evidenceUrl: null,
        actor,
        at,
      });
    }
    currentId = parent.parent_id;
  }
}

function stateOf(row: InitiativeRow, childProgress: number[]): CurrentState {
  return {
    kind: row.kind as CurrentState['kind'],
    status: row.status as CurrentState['status'],
    progress: Number(row.progress),
    progressSource: row.progress_source as CurrentState['progressSource'],
    legislativeStage: row.legislative_stage as CurrentState['legislativeStage'],
    targetDate: row.target_date,
    childProgress,
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
        const row = await lockedForWrite(
          trx.selectFrom('initiatives').selectAll().where('id', '=', id),
          trx,
        ).executeTakeFirst();
        if (!row) return 'missing';
        // Stale before invalid: a change made from an old version is refused as such, never judged against a state its author did not see.
        if (Number(row.version) !== expectedVersion) return 'stale';
        const children = await trx.selectFrom('initiatives').select('progress').where('parent_id', '=', id).execute();
        const { values, history } = decide(
          stateOf(
            row,
            children.map((c) => Number(c.progress)),
          ),
        );
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
    async currentStates(ids: readonly string[]): Promise<Map<string, VersionedState>> {
      const states = new Map<string, VersionedState>();
      for (let i = 0; i < ids.length; i += stateChunk) {
        const chunk = ids.slice(i, i + stateChunk);
        const rows = await db.selectFrom('initiatives').selectAll().where('id', 'in', chunk).execute();
        const children = await db
          .selectFrom('initiatives')
          .select(['parent_id', 'progress'])
          .where('parent_id', 'in', chunk)
          .execute();
        for (const row of rows) {
          const childProgress = children.filter((c) => c.parent_id === row.id).map((c) => Number(c.progress));
          states.set(row.id, { ...stateOf(row, childProgress), version: Number(row.version) });
        }
      }
      return states;
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
