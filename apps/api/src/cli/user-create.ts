import { parseArgs } from 'node:util';
import { roleSchema } from '@civic/shared';
import { prepareStore } from '../bootstrap.ts';
import { loadConfig } from '../config.ts';
import { createUsersRepository } from '../users/users-repository.ts';
import { createUsersService } from '../users/users-service.ts';
import { readPassword, reportFailure } from './user-cli.ts';

const usage =
  'Usage: pnpm --filter @civic/api user:create --username NAME --role admin|official|monitor --display-name "Full Name" [--organisation "NGO"]\n' +
  'A monitor assesses for a civil-society organisation: --organisation is required for one, refused for others.\n' +
  'The display name is shown in public on every change the user makes; the username never is.\n' +
  'The password (at least 12 characters) is read from CIVIC_PASSWORD or from stdin.\n';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      username: { type: 'string' },
      role: { type: 'string' },
      'display-name': { type: 'string' },
      organisation: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return void process.stdout.write(usage);
  const role = roleSchema.safeParse(values.role);
  const displayName = values['display-name'];
  if (!values.username || !role.success || displayName === undefined) {
    process.stderr.write(usage);
    process.exitCode = 2;
    return;
  }
  const password = await readPassword();
  const store = await prepareStore(loadConfig());
  try {
    const service = createUsersService(createUsersRepository(store.db));
    const user = await service.create({
      username: values.username,
      password,
      role: role.data,
      displayName,
      ...(values.organisation === undefined ? {} : { organisation: values.organisation }),
    });
    process.stdout.write(
      `Created ${user.role} "${user.username}" (${user.displayName}${user.organisation ? `, ${user.organisation}` : ''}).\n`,
    );
  } finally {
    await store.close();
  }
}

main().catch(reportFailure);
