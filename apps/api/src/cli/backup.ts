import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { backupStore } from '../db/backup.ts';

const usage = 'Usage: pnpm --filter @civic/api backup --file PATH   (the store of DATABASE_URL, or of DATA_DIR)\n';

const { values } = parseArgs({ options: { file: { type: 'string' }, help: { type: 'boolean' } } });
if (values.help || !values.file) {
  process.stderr.write(usage);
  process.exitCode = values.help ? 0 : 2;
} else {
  const config = loadConfig();
  try {
    await backupStore({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR }, values.file);
    process.stdout.write(`Backed up to ${values.file}.\n`);
  } catch (err) {
    process.stderr.write(`Backup failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}
