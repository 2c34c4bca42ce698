import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export function createOpenDataRepository(db: Kysely<Database>) {
  return {
    async sourceDocumentIds(): Promise<string[]> {
      const rows = await db.selectFrom('source_documents').select('id').orderBy('id').execute();
      return rows.map((row) => row.id);
    },
  };
}

export type OpenDataRepository = ReturnType<typeof createOpenDataRepository>;
