import { loadConfig } from '../config.ts';
import { openStore } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';

// Run once before rolling out a new version; instances also migrate on start, under the migrator's lock.
const config = loadConfig();
const store = await openStore({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, poolSize: 1 });
try {
  const applied = await migrateToLatest(store.db, config.TIME_ZONE);
  const what = applied.length ? `applied ${applied.join(', ')}` : 'already up to date';
  process.stdout.write(`Migrations on ${store.description}: ${what}.\n`);
} catch (err) {
  process.stderr.write(`Migration failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
} finally {
  await store.close();
}
