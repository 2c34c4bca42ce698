import type { Database as SQLiteDatabase, Statement } from 'better-sqlite3';
import type { CompiledQuery, Kysely } from 'kysely';
import type pg from 'pg';

/**
 * Runs a compiled query and returns its rows as arrays of values in the order of the select list, with no
 * object per row: for readers of many rows (the CSV export), where building and collecting an object per
 * row costs more than reading it.
 */
export type ArrayReader = (query: CompiledQuery) => Promise<unknown[][]>;

/**
 * SQLite: better-sqlite3's raw mode on statements of their own (a raw statement shared with Kysely's cache
 * would hand Kysely arrays). The read takes Kysely's connection first, so it waits for a transaction in
 * progress instead of reading its uncommitted rows, and holds it only for the one query.
 */
export function sqliteArrayReader<DB>(db: Kysely<DB>, sqlite: SQLiteDatabase, maxStatements = 20): ArrayReader {
  const statements = new Map<string, Statement>();
  const prepared = (text: string) => {
    let statement = statements.get(text);
    if (statement) return statement;
    statement = sqlite.prepare(text).raw(true);
    statements.set(text, statement);
    if (statements.size > maxStatements) statements.delete(statements.keys().next().value as string);
    return statement;
  };
  return (query) =>
    db.connection().execute(async () => prepared(query.sql).all(...(query.parameters as unknown[])) as unknown[][]);
}

/** PostgreSQL: node-postgres's array row mode on a connection from the pool, returned when the query ends. */
export function postgresArrayReader(connect: () => Promise<pg.PoolClient>): ArrayReader {
  return async (query) => {
    const client = await connect();
    try {
      const result = await client.query<unknown[]>({
        text: query.sql,
        values: query.parameters as unknown[],
        rowMode: 'array',
      });
      return result.rows;
    } finally {
      client.release();
    }
  };
}

/** Any other store (PGlite in tests): the rows Kysely reads, as arrays of their values in select order. */
export const objectArrayReader =
  <DB>(db: Kysely<DB>): ArrayReader =>
  async (query) =>
    (await db.executeQuery<Record<string, unknown>>(query)).rows.map((row) => Object.values(row));
