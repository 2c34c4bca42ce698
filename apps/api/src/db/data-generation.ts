import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** Reads the data generation: a counter every write to what lists, figures and feeds show moves (migration 0004). */
export type DataGeneration = () => Promise<number>;

/**
 * The data generation as the database holds it now, so that every instance sees another's writes. The
 * query is compiled once: a read that only checks whether a kept value still holds builds nothing.
 */
export function createDataGeneration(db: Kysely<Database>): DataGeneration {
  const query = db.selectFrom('data_generation').select('value').where('id', '=', 1).compile();
  return async () => {
    const row = (await db.executeQuery(query)).rows[0];
    if (!row) throw new Error('data_generation has no row 1; the migrations have not run');
    return Number(row.value);
  };
}
