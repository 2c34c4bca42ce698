import type { Kysely, Transaction } from 'kysely';
import type { Database, MilestoneRow } from '../db/schema.ts';

export type MilestoneChanges = Partial<Pick<MilestoneRow, 'title' | 'due_date' | 'completed_at' | 'completed_on'>>;

/** Milestones are part of an initiative's detail: changing one is a new version of it (its ETag changes). */
async function bumpInitiative(trx: Transaction<Database>, initiativeId: string, at: string): Promise<void> {
  await trx
    .updateTable('initiatives')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: at }))
    .where('id', '=', initiativeId)
    .execute();
}

export function createMilestonesRepository(db: Kysely<Database>) {
  return {
    async initiativeExists(initiativeId: string): Promise<boolean> {
      const row = await db.selectFrom('initiatives').select('id').where('id', '=', initiativeId).executeTakeFirst();
      return row !== undefined;
    },

    async insert(row: MilestoneRow): Promise<MilestoneRow> {
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('milestones').values(row).execute();
        await bumpInitiative(trx, row.initiative_id, row.created_at);
      });
      return row;
    },

    find(initiativeId: string, id: string): Promise<MilestoneRow | undefined> {
      return db
        .selectFrom('milestones')
        .selectAll()
        .where('initiative_id', '=', initiativeId)
        .where('id', '=', id)
        .executeTakeFirst();
    },

    async update(current: MilestoneRow, changes: MilestoneChanges & { updated_at: string }): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('milestones').set(changes).where('id', '=', current.id).execute();
        await bumpInitiative(trx, current.initiative_id, changes.updated_at);
      });
    },
  };
}

export type MilestonesRepository = ReturnType<typeof createMilestonesRepository>;
