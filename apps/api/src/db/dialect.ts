import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  IdentifierNode,
  type Kysely,
  type KyselyPlugin,
  OperationNodeTransformer,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type RawBuilder,
  SqliteAdapter,
  type SqliteDatabase,
  SqliteDialect,
  SqliteDriver,
  sql,
} from 'kysely';
import type pg from 'pg';

// Every difference between the SQLite and PostgreSQL dialects the code relies on lives in this file.

const binaryCollation = 'binary';

/**
 * Text ordered by code point on every store: SQLite's built-in "binary" collation, and on PostgreSQL
 * the "C" collation (the plugin below renames it), so no server locale can reorder a sorted list.
 */
export function byCodePoint<T>(expression: RawBuilder<T> | ReturnType<typeof sql.ref>): RawBuilder<T> {
  return sql<T>`${expression} collate ${sql.id(binaryCollation)}`;
}

class PostgresCollationTransformer extends OperationNodeTransformer {
  protected override transformIdentifier(node: IdentifierNode): IdentifierNode {
    return node.name === binaryCollation ? IdentifierNode.create('C') : super.transformIdentifier(node);
  }
}

/** Rewrites the portable collation name into PostgreSQL's. */
export class PostgresDialectPlugin implements KyselyPlugin {
  readonly #transformer = new PostgresCollationTransformer();

  transformQuery(args: PluginTransformQueryArgs) {
    return this.#transformer.transformNode(args.node);
  }

  async transformResult(args: PluginTransformResultArgs) {
    return args.result;
  }
}

/** count() and sum() are bigint and avg() numeric on PostgreSQL: read them as numbers, as SQLite returns them. */
export const postgresTypeParsers = (types: typeof pg.types) => ({
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === types.builtins.INT8 || oid === types.builtins.NUMERIC) return (value: string) => Number(value);
    return types.getTypeParser(oid, format);
  },
});

/** Which SQL engine a Kysely instance talks to. */
export const isSqlite = <T>(db: Kysely<T>) => db.getExecutor().adapter instanceof SqliteAdapter;

/**
 * SQL text for the configured zone's day ("YYYY-MM-DD") of a canonical ISO UTC timestamp expression:
 * the timestamp shifted by the offset of the calendar_offsets period it falls in (calendar-store.ts
 * writes those periods from shared calendar.ts, so SQL and TypeScript give the same day).
 * Text, not a builder, because the trigger of migration 0005 embeds it.
 */
export function localDayOfSql(sqlite: boolean, timestamp: string): string {
  const offset = `coalesce((select o.offset_seconds from calendar_offsets o where o.starts_at <= ${timestamp}
    order by o.starts_at desc limit 1), 0)`;
  return sqlite
    ? `substr(datetime(${timestamp}, ${offset} || ' seconds'), 1, 10)`
    : `to_char(((${timestamp})::timestamptz at time zone 'UTC') + make_interval(secs => ${offset}), 'YYYY-MM-DD')`;
}

/**
 * SQLite transactions start with BEGIN IMMEDIATE: the write lock is taken before the first read, so two
 * connections (two instances on one file) cannot both read a version or a roll-up's children and then
 * both write; the second waits (busy_timeout) and reads what the first committed.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/** Kysely's SQLite dialect whose transactions begin immediate (see ImmediateSqliteDriver). */
export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #database: SqliteDatabase;

  constructor(database: SqliteDatabase) {
    super({ database });
    this.#database = database;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver({ database: this.#database });
  }
}

/**
 * The rows a transaction reads to decide a write, locked until it ends: FOR NO KEY UPDATE on PostgreSQL
 * (the lock its UPDATE takes anyway; unlike FOR UPDATE it does not wait for the key-share locks that
 * inserting a child or a milestone takes on the row, which would deadlock two such inserts); on SQLite
 * the immediate transaction already holds the only write lock.
 */
export function lockedForWrite<Q extends { forNoKeyUpdate(): Q }>(
  query: Q,
  db: Pick<Kysely<unknown>, 'getExecutor'>,
): Q {
  return db.getExecutor().adapter instanceof SqliteAdapter ? query : query.forNoKeyUpdate();
}
