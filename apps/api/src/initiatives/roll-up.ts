import { followedProgress, type LegislativeStage, type Status, type StatusChange } from '@civic/shared';
import type { Kysely, Transaction } from 'kysely';
import { lockedForWrite } from '../db/dialect.ts';
import { newId } from '../db/ids.ts';
import type { Database, NewStatusChangeRow } from '../db/schema.ts';
import type { CurrentState, HistoryExtras } from './initiative-change.ts';

// The history and roll-up writes every write path shares (initiatives, details, milestones), inside the caller's transaction.

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
  ...(change.causeId ? { cause_id: change.causeId } : {}),
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
 * After a change to `childId`, walks up from its parent (rollUpFrom). Each ancestor's detail lists its
 * children (their progress and version), so each gets a new version.
 */
export async function touchAncestors(
  trx: Transaction<Database>,
  childId: string,
  at: string,
  actor: string,
): Promise<void> {
  const start = await trx.selectFrom('initiatives').select('parent_id').where('id', '=', childId).executeTakeFirst();
  await rollUpFrom(trx, start?.parent_id ?? null, childId, at, actor);
}

/**
 * Walks up from `startId` after a change to `causeId` (its child, or the child that just left it): each
 * initiative gets a new version, and one whose progress follows its children (DESIGN: "a parent's
 * progress is the mean of its children's unless set") takes their new mean as its status allows
 * (followedProgress: withdrawn children left out, a completed parent stays at 100 %), and a rollup
 * history entry naming the move and the child it came through.
 * Each row is locked before its children are read, so concurrent changes to siblings roll up one after
 * another from committed figures; locks go child before parent on every write path, so they cannot deadlock.
 */
export async function rollUpFrom(
  trx: Transaction<Database>,
  startId: string | null,
  causeId: string,
  at: string,
  actor: string,
): Promise<void> {
  const seen = new Set<string>([causeId]);
  let cause = causeId;
  let currentId = startId;
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
    const children = await childStates(trx, currentId);
    const mean = parent.progress_source === 'explicit' ? null : followedProgress(parent.status as Status, children);
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
        causeId: cause,
      });
    }
    cause = parent.id;
    currentId = parent.parent_id;
  }
}

/** The status and progress of an initiative's children, as the roll-up reads them. */
export async function childStates(db: Kysely<Database>, parentId: string): Promise<CurrentState['children']> {
  const rows = await db
    .selectFrom('initiatives')
    .select(['status', 'progress'])
    .where('parent_id', '=', parentId)
    .execute();
  return rows.map((row) => ({ status: row.status as Status, progress: Number(row.progress) }));
}
