import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { restoreStore } from '../db/backup.ts';
import { openStore } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';

const usage =
  'Usage: pnpm --filter @civic/api restore --file PATH [--replace]\n' +
  'Restores into the empty store of DATABASE_URL or DATA_DIR; --replace overwrites a store that has data.\n' +
  'Stop every instance on that store first.\n';

const { values } = parseArgs({
  options: { file: { type: 'string' }, replace: { type: 'boolean' }, help: { type: 'boolean' } },
});
if (values.help || !values.file) {
  process.stderr.write(usage);
  process.exitCode = values.help ? 0 : 2;
} else {
  const config = loadConfig();
  const location = { databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR };
  try {
    await restoreStore(location, values.file, values.replace ?? false);
    // A backup from an older version comes up to this version's schema.
    const store = await openStore({ ...location, poolSize: 1 });
    try {
      await migrateToLatest(store.db, config.TIME_ZONE);
    } finally {
      await store.close();
    }
    process.stdout.write(`Restored ${values.file}.\n`);
  } catch (err) {
    process.stderr.write(`Restore failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}
