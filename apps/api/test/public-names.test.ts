import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { up as renameLoginNames } from '../src/db/migrations/0007-public-display-names.ts';
import { seed } from '../src/seed/seed.ts';
import { listen } from '../src/server.ts';
import { hashPassword } from '../src/users/password.ts';
import { createUsersRepository } from '../src/users/users-repository.ts';
import { createUsersService } from '../src/users/users-service.ts';
import { cheapCost, createUser, login } from './auth-helpers.ts';
import { type Json, openTestStore, startTestApp, type TestApp, updateInitiative } from './test-app.ts';

const id = 'youth-social-lifts';
/** Every answer anyone may read without logging in. */
const publicPaths = [
  '/api/initiatives',
  `/api/initiatives/${id}`,
  `/api/initiatives/${id}/history`,
  '/api/stats',
  '/api/sources/senate-aktobe-maslikhat',
  '/api/export/initiatives.csv',
  '/api/export/history.csv',
  '/api/export/open-data.json',
  '/api/feed.atom',
  `/api/initiatives/${id}/feed.atom`,
];

async function publicAnswers(app: TestApp): Promise<Array<{ path: string; body: string }>> {
  return Promise.all(
    publicPaths.map(async (path) => {
      const res = await app.fetch(path);
      expect(res.status, path).toBe(200);
      return { path, body: await res.text() };
    }),
  );
}

async function changeStatus(app: TestApp, cookie: string, status: string, note: string): Promise<void> {
  const res = await updateInitiative(app, cookie, id, { status, note });
  expect(res.status).toBe(200);
}

const uniqueName = () => `login-${randomBytes(5).toString('hex')}`;

describe('login names out of public view', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('when a user is created without a display name or with the username as one, then it is refused naming displayName', async () => {
    const service = createUsersService(createUsersRepository(app.store.db));
    const username = uniqueName();
    for (const displayName of [undefined, '', '   ', username, ` ${username.toUpperCase()} `]) {
      const input = { username, password: 'a long enough passphrase', role: 'official' as const, displayName };
      // The CLI passes what it was given; an absent name arrives as undefined.
      const refused = await service.create(input as Parameters<typeof service.create>[0], cheapCost).catch((e) => e);
      expect(refused, String(displayName)).toMatchObject({ status: 400 });
      expect(refused.errors.map((e: { field: string }) => e.field)).toContain('displayName');
    }
    expect(await service.findByUsername(username)).toBeUndefined();
  });

  it('when an official records changes, then every public answer names them by display name and none by login name', async () => {
    const username = uniqueName();
    const official = await createUser(app.store, {
      role: 'official',
      username,
      displayName: 'Гульнар Ахметова',
      cost: cheapCost,
    });
    const cookie = await login(app, username, official.password);
    await changeStatus(app, cookie, 'in_progress', 'Working group formed.');
    const answers = await publicAnswers(app);
    for (const { path, body } of answers) expect(body, path).not.toContain(username);
    const history = answers.find((a) => a.path.endsWith('/history'))?.body ?? '';
    expect(history).toContain('Гульнар Ахметова');
  });
});

describe('login names already in the data, on upgrade', () => {
  it('when a user had their username as display name and changed an initiative, then after migrating no public answer shows it', async () => {
    const store = await openTestStore();
    // Today's code writes history in today's shape, so the old data is made on the latest schema and
    // the renaming migration is then run over it as the upgrade ran it.
    await migrateToLatest(store.db);
    await seed(store.db, new Date());
    const username = uniqueName();
    // As the old code did: display name defaulted to the username.
    const user = await createUsersRepository(store.db).insert(
      {
        username,
        displayName: username,
        role: 'official',
        passwordHash: await hashPassword('a long enough passphrase', cheapCost),
      },
      new Date().toISOString(),
    );
    const running = await listen(
      createApp({ store, logger: pino({ level: 'silent' }), staleAfterDays: 30 }),
      0,
      '127.0.0.1',
    );
    const before: TestApp = {
      url: running.url,
      store,
      dataDir: '',
      fetch: (path, init) => fetch(`${running.url}${path}`, init),
      json: async (path) => (await fetch(`${running.url}${path}`)).json(),
      close: running.close,
      closeServer: () => running.close(),
    };
    const cookie = await login(before, username, 'a long enough passphrase');
    await changeStatus(before, cookie, 'in_progress', 'Written before the upgrade.');
    expect(await before.fetch(`/api/initiatives/${id}/history`).then((r) => r.text())).toContain(username);

    await running.close();

    await renameLoginNames(store.db);
    const after = await startTestApp({ store });
    try {
      for (const { path, body } of await publicAnswers(after)) expect(body, path).not.toContain(username);
      const shown = `Official ${user.id.slice(-6)}`;
      const [latest] = (await after.json(`/api/initiatives/${id}/history`)).items;
      expect(latest).toMatchObject({ note: 'Written before the upgrade.', actor: shown });
      const me: Json = await after.fetch('/api/auth/me', { headers: { cookie } }).then((r) => r.json());
      expect(me.user.displayName).toBe(shown);
    } finally {
      await after.close();
    }
  });
});
