import type { KyselyPlugin, OperationNode, QueryId } from 'kysely';

/** The tables a query's tree names (joins, subqueries and union operands included). */
function tablesIn(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) tablesIn(item, found);
  else if (node && typeof node === 'object') {
    const tree = node as OperationNode & { table?: { identifier?: { name?: string } } };
    if (tree.kind === 'TableNode' && tree.table?.identifier?.name) found.add(tree.table.identifier.name);
    for (const value of Object.values(tree)) tablesIn(value, found);
  }
  return found;
}

/**
 * Records the queries a store runs, by the tables each reads: `plugin` goes on the app's Kysely
 * (`db.withPlugin(plugin)`); a query compiled once (the data generation) counts each run.
 */
export function createQueryRecorder() {
  const ran: string[][] = [];
  const tablesOf = new Map<QueryId, string[]>();
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      tablesOf.set(args.queryId, [...tablesIn(args.node)]);
      return args.node;
    },
    transformResult: async (args) => {
      ran.push(tablesOf.get(args.queryId) ?? []);
      return args.result;
    },
  };
  return {
    plugin,
    /** The queries one request ran, by the tables they read. */
    async queriesOf(request: () => Promise<unknown>): Promise<string[][]> {
      ran.length = 0;
      await request();
      return [...ran];
    },
  };
}

/** How many of the queries read `table` and nothing else (the owners' names; the data generation). */
export const reading = (queries: string[][], table: string) =>
  queries.filter((tables) => tables.length === 1 && tables[0] === table).length;
