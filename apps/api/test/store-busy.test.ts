import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, jsonHeaders, login } from './auth-helpers.ts';
import { createSeededStore, type Json, startTestApp, type TestApp, tempDir } from './test-app.ts';

const waitTimeoutMs = 300;
const answerWithin = () => ({ signal: AbortSignal.timeout(15_000) });

async function expectBusyProblem(res: Response) {
  expect(res.status).toBe(503);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(await res.json()).toMatchObject({ status: 503, type: '/problems/service-unavailable' });
}

// On PostgreSQL this needs a server's pool: without one the file is not collected (test/test-projects.ts).
describe('when the database has nothing free within DB_WAIT_TIMEOUT_MS', () => {
  const dataDir = tempDir();
  let app: TestApp;
  let cookie: string;

  beforeAll(async () => {
    const store = await createSeededStore(dataDir, new Date(), { poolSize: 2, waitTimeoutMs });
    app = await startTestApp({ store, dataDir });
    const { username, password } = await createUser(app.store, { role: 'official' });
    cookie = await login(app, username, password);
  });
  afterAll(() => app.close());

  /** Holds what other requests need: every pool connection (PostgreSQL), the write lock (SQLite). */
  async function holdTheStore(): Promise<() => Promise<void>> {
    if (app.store.kind === 'sqlite') {
      const other = new SQLite(path.join(dataDir, 'civic-monitor.db'));
      other.exec('begin immediate');
      return async () => {
        other.exec('rollback');
        other.close();
      };
    }
    let letGo: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      letGo = resolve;
    });
    const held: Promise<void>[] = [];
    let acquired = 0;
    const allHeld = new Promise<void>((resolve) => {
      for (let n = 0; n < 2; n += 1) {
        held.push(
          app.store.db.connection().execute(async () => {
            acquired += 1;
            if (acquired === 2) resolve();
            await gate;
          }),
        );
      }
    });
    await allHeld;
    return async () => {
      letGo();
      await Promise.all(held);
    };
  }

  it('then a write answers 503 problem+json with Retry-After instead of hanging or failing with 500, and works once it is free', async () => {
    const before: Json = await app.json('/api/initiatives/youth-social-lifts');
    const update = () =>
      app.fetch('/api/initiatives/youth-social-lifts', {
        method: 'PATCH',
        headers: jsonHeaders(cookie),
        body: JSON.stringify({ version: before.version, verifiedOnly: true, note: 'Checked by phone.' }),
        ...answerWithin(),
      });
    const release = await holdTheStore();
    try {
      await expectBusyProblem(await update());
    } finally {
      await release();
    }
    expect((await update()).status).toBe(200);
  });

  it('then a read of the list answers (SQLite) or gets 503 with Retry-After (PostgreSQL), and /readyz says busy', async () => {
    const release = await holdTheStore();
    try {
      const list = await app.fetch('/api/initiatives?q=test-busy-probe', answerWithin());
      const ready = await app.fetch('/readyz', answerWithin());
      if (app.store.kind === 'sqlite') {
        // WAL readers never wait for the writer.
        expect(list.status).toBe(200);
        expect(ready.status).toBe(200);
      } else {
        await expectBusyProblem(list);
        expect(ready.status).toBe(503);
        expect(await ready.json()).toMatchObject({ status: 'database-busy' });
      }
    } finally {
      await release();
    }
    expect((await app.fetch('/api/initiatives?q=test-busy-probe', answerWithin())).status).toBe(200);
  });
});
