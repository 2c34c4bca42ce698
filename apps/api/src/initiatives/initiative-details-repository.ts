import type { Kind, LegislativeStage, Status, StatusChange } from '@civic/shared';
import { type Kysely, sql, type Transaction } from 'kysely';
import { isSqlite } from '../db/dialect.ts';
import { localized, localizedColumns } from '../db/localized-text.ts';
import type { Database, InitiativeRow } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import type { DetailsFacts, DetailsState, DetailsValues } from './initiative-details.ts';
import type { ChangeOutcome } from './initiatives-write-repository.ts';
import { lockedAtVersion } from './locked-at-version.ts';
import { recordHistory, rollUpFrom, touchAncestors } from './roll-up.ts';
import { searchText } from './search-text.ts';

/** Key of the PostgreSQL advisory lock that puts moves to another parent one after another. */
const parentMoveLock = 7_311_017;

/** What an edit names that the store must look up: the owner and the parent, when given. */
export interface DetailsLookups {
  ownerId?: string;
  parentId?: string | null;
}

function stateOf(row: InitiativeRow): DetailsState {
  return {
    title: localized(row.title_ru, row.title_en, row.title_kk),
    summary: localized(row.summary_ru, row.summary_en, row.summary_kk),
    ownerId: row.owner_id,
    kind: row.kind as Kind,
    region: row.region,
    parentId: row.parent_id,
    status: row.status as Status,
    progress: Number(row.progress),
    legislativeStage: row.legislative_stage as LegislativeStage | null,
  };
}

/** The new parent and its ancestors, nearest first; null when there is no such initiative. */
async function parentLine(trx: Transaction<Database>, parentId: string): Promise<string[] | null> {
  const line: string[] = [];
  let currentId: string | null = parentId;
  while (currentId && !line.includes(currentId)) {
    const row = await trx.selectFrom('initiatives').select('parent_id').where('id', '=', currentId).executeTakeFirst();
    if (!row) return line.length === 0 ? null : line;
    line.push(currentId);
    currentId = row.parent_id;
  }
  return line;
}

async function factsFor(trx: Transaction<Database>, lookups: DetailsLookups): Promise<DetailsFacts> {
  const owner = lookups.ownerId
    ? await trx.selectFrom('owners').select('id').where('id', '=', lookups.ownerId).executeTakeFirst()
    : undefined;
  return {
    ownerKnown: lookups.ownerId === undefined || owner !== undefined,
    parentLine: lookups.parentId ? await parentLine(trx, lookups.parentId) : [],
  };
}

/** The write of the descriptive fields, on `db` or on a transaction; the write repository spreads it into its own. */
export function detailsOperations(db: Kysely<Database>) {
  return {
    /**
     * Applies an edit of the descriptive fields if the initiative is still at the expected version: the
     * row (with its search text), the history entry and the roll-up of the new parent's line and, after a
     * move, of the old parent's line commit together. A move to another parent first takes one advisory
     * lock on PostgreSQL (SQLite's immediate transaction already runs alone), so two moves cannot each pass
     * the cycle check against the other's old tree.
     */
    applyDetails(
      id: string,
      expectedVersion: number,
      at: string,
      lookups: DetailsLookups,
      decide: (current: DetailsState, facts: DetailsFacts) => { values: DetailsValues; history: StatusChange },
    ): Promise<ChangeOutcome> {
      return inTransaction(db, async (trx) => {
        if (lookups.parentId !== undefined && !isSqlite<Database>(trx)) {
          await sql`select pg_advisory_xact_lock(${parentMoveLock})`.execute(trx);
        }
        const row = await lockedAtVersion(trx, id, expectedVersion);
        if (typeof row === 'string') return row;
        const { values, history } = decide(stateOf(row), await factsFor(trx, lookups));
        const owner = await trx
          .selectFrom('owners')
          .selectAll()
          .where('id', '=', values.ownerId)
          .executeTakeFirstOrThrow();
        await trx
          .updateTable('initiatives')
          .set({
            ...localizedColumns('title', values.title),
            ...localizedColumns('summary', values.summary),
            ...(values.title.en !== row.title_en ? { title_en_missing: 0 } : {}),
            owner_id: values.ownerId,
            kind: values.kind,
            region: values.region,
            parent_id: values.parentId,
            search_text: searchText([
              id,
              values.title.ru,
              values.title.en,
              values.title.kk,
              values.summary.ru,
              values.summary.en,
              values.summary.kk,
              owner.name_ru,
              owner.name_en,
              owner.name_kk,
            ]),
            updated_at: at,
            version: expectedVersion + 1,
          })
          .where('id', '=', id)
          .execute();
        await recordHistory(trx, history);
        await touchAncestors(trx, id, at, history.actor);
        if (row.parent_id !== values.parentId) await rollUpFrom(trx, row.parent_id, id, at, history.actor);
        return 'done';
      });
    },
  };
}
