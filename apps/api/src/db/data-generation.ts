import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** Reads the data generation: a counter every write to what lists, figures and feeds show moves (migration 0004). */
export type DataGeneration = () => Promise<number>;

/**
 * A store's own quicker read of the generation, or `undefined` when it cannot answer at once (SQLite in
 * an open transaction, whose uncommitted counter a reader must not see: the read then waits its turn).
 */
export type ImmediateGeneration = () => number | undefined;

/**
 * The data generation as the database holds it now, so that every instance sees another's writes. The
 * query is compiled once: a read that only checks whether a kept value still holds builds nothing.
 * `immediate`, when the store has one, answers first (connect.ts: SQLite reads the counter synchronously
 * instead of queueing for Kysely's connection, which every cached answer would otherwise do).
 */
export function createDataGeneration(db: Kysely<Database>, immediate?: ImmediateGeneration): DataGeneration {
  const query = db.selectFrom('data_generation').select('value').where('id', '=', 1).compile();
  const queued = async () => {
    const row = (await db.executeQuery(query)).rows[0];
    if (!row) throw new Error('data_generation has no row 1; the migrations have not run');
    return Number(row.value);
  };
  if (!immediate) return queued;
  return () => {
    const value = immediate();
    return value === undefined ? queued() : Promise.resolve(value);
  };
}
