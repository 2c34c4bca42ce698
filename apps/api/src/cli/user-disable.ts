import { parseArgs } from 'node:util';
import { prepareStore } from '../bootstrap.ts';
import { loadConfig } from '../config.ts';
import { createUsersRepository } from '../users/users-repository.ts';
import { createUsersService } from '../users/users-service.ts';
import { reportFailure } from './user-cli.ts';

const usage = 'Usage: pnpm --filter @civic/api user:disable --username NAME\n';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { username: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) return void process.stdout.write(usage);
  if (!values.username) {
    process.stderr.write(usage);
    process.exitCode = 2;
    return;
  }
  const store = await prepareStore(loadConfig());
  try {
    const service = createUsersService(createUsersRepository(store.db));
    const user = await service.findByUsername(values.username);
    if (!user) throw new Error(`No user named "${values.username}".`);
    await service.disable(user.id);
    process.stdout.write(`Disabled "${user.username}"; their sessions have ended.\n`);
  } finally {
    await store.close();
  }
}

main().catch(reportFailure);
