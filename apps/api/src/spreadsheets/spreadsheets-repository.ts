import type { SheetDryRun } from '@civic/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { PlannedChange } from './sheet-plan.ts';

/** A stored dry run: what it showed, the changes to apply, who made it and whether it was applied. */
export interface StoredDryRun {
  userId: string;
  report: SheetDryRun;
  changes: PlannedChange[];
  appliedAt: string | null;
}

export function createSpreadsheetsRepository(db: Kysely<Database>) {
  return {
    async save(userId: string, report: SheetDryRun, changes: readonly PlannedChange[]): Promise<void> {
      await db
        .insertInto('spreadsheet_imports')
        .values({
          id: report.id,
          user_id: userId,
          file_name: report.fileName,
          created_at: report.createdAt,
          report: JSON.stringify(report),
          changes: JSON.stringify(changes),
          applied_at: null,
        })
        .execute();
    },

    async find(id: string): Promise<StoredDryRun | undefined> {
      const row = await db.selectFrom('spreadsheet_imports').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return undefined;
      return {
        userId: row.user_id,
        report: JSON.parse(row.report) as SheetDryRun,
        changes: JSON.parse(row.changes) as PlannedChange[],
        appliedAt: row.applied_at,
      };
    },

    /** Marks the dry run applied, on the caller's transaction; false when it already was (a second apply). */
    async claim(trx: Kysely<Database>, id: string, at: string): Promise<boolean> {
      const result = await trx
        .updateTable('spreadsheet_imports')
        .set({ applied_at: at })
        .where('id', '=', id)
        .where('applied_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}

export type SpreadsheetsRepository = ReturnType<typeof createSpreadsheetsRepository>;
