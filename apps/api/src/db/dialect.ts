import {
  IdentifierNode,
  type KyselyPlugin,
  OperationNodeTransformer,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type RawBuilder,
  sql,
} from 'kysely';
import pg from 'pg';

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

const { builtins } = pg.types;

/** count() and sum() are bigint and avg() numeric on PostgreSQL: read them as numbers, as SQLite returns them. */
export const postgresTypeParsers = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === builtins.INT8 || oid === builtins.NUMERIC) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
};
