import type { Database as SQLiteDatabase, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * The connection Kysely's SqliteDialect uses, keeping each prepared statement by its SQL text so that a
 * query run again (every cached list or stats answer reads the data generation) is not compiled by
 * SQLite afresh. Safe to share: Kysely runs one query at a time on SQLite's single connection (its
 * connection mutex), and better-sqlite3 resets a statement when all(), run() or an iteration ends.
 * Holds at most `maxStatements` (oldest dropped first); queries whose text varies with the input
 * (IN lists of different lengths) only cycle through it.
 */
export function withStatementCache(sqlite: SQLiteDatabase, maxStatements = 200): SqliteDatabase {
  const statements = new Map<string, Statement>();
  return {
    close: () => {
      statements.clear();
      sqlite.close();
    },
    prepare(sql) {
      let statement = statements.get(sql);
      if (statement) return statement;
      statement = sqlite.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > maxStatements) statements.delete(statements.keys().next().value as string);
      return statement;
    },
  };
}
