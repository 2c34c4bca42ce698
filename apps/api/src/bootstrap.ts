import type { Config } from './config.ts';
import { openStore, type Store } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { seed } from './seed/seed.ts';

/** Opens the store, brings its schema up to date and seeds what is missing. */
export async function prepareStore(
  config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR'> &
    Partial<Pick<Config, 'TIME_ZONE' | 'DB_POOL_SIZE' | 'DB_WAIT_TIMEOUT_MS'>>,
  now = new Date(),
): Promise<Store> {
  const store = await openStore({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    poolSize: config.DB_POOL_SIZE,
    waitTimeoutMs: config.DB_WAIT_TIMEOUT_MS,
  });
  try {
    await migrateToLatest(store.db, config.TIME_ZONE);
    await seed(store.db, now);
    return store;
  } catch (err) {
    await store.close();
    throw err;
  }
}
