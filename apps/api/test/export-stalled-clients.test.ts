import path from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, login } from './auth-helpers.ts';
import { initiativeRow } from './export-fixtures.ts';
import { endsWholeChunked, type StalledDownload, stallDownload } from './stalled-client.ts';
import { createSeededStore, type Json, startTestApp, type TestApp, tempDir } from './test-app.ts';

// 3 000 initiatives with long Russian summaries: each export is about 13 MB, far more than socket buffers hold.
const bulkRows = 3000;
const longText = 'Длинное описание для проверки медленных загрузок. '.repeat(45);
// As many stalled downloads as the test PostgreSQL pool has connections (4, postgres-test-store.ts).
const maxConcurrent = 4;
const answerWithin = () => ({ signal: AbortSignal.timeout(15_000) });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A stalled download once the server has a slot for it: the previous test's hang-ups free theirs shortly. */
async function stallAdmitted(baseUrl: string, path: string): Promise<StalledDownload> {
  for (;;) {
    const download = await stallDownload(baseUrl, path);
    if (download.status !== 503) return download;
    download.close();
    await pause(100);
  }
}

describe('stalled downloads', () => {
  const dataDir = tempDir();
  let app: TestApp;
  let stalled: StalledDownload[] = [];

  beforeAll(async () => {
    const store = await createSeededStore(dataDir);
    const rows = Array.from({ length: bulkRows }, (_, index) =>
      initiativeRow(`test-slow-${String(index).padStart(5, '0')}`, {
        summary_ru: longText,
        sort_key: 3_000_000 + index,
      }),
    );
    for (let start = 0; start < rows.length; start += 200) {
      await store.db
        .insertInto('initiatives')
        .values(rows.slice(start, start + 200))
        .execute();
    }
    app = await startTestApp({ store, dataDir, downloadLimits: { maxConcurrent, stallTimeoutMs: 120_000 } });
  });
  afterAll(async () => {
    for (const download of stalled) download.close();
    await app.close();
  });

  const hangUpAll = () => {
    for (const download of stalled) download.close();
    stalled = [];
  };

  it('when as many open-data downloads stall as the instance allows, then /readyz, login and the list still answer and one more export gets 503 with Retry-After', async () => {
    const { username, password } = await createUser(app.store, { role: 'official' });
    for (let n = 0; n < maxConcurrent; n += 1) {
      const download = await stallAdmitted(app.url, '/api/export/open-data.json');
      stalled.push(download);
      expect(download.status).toBe(200);
    }

    const ready = await app.fetch('/readyz', answerWithin());
    expect(ready.status).toBe(200);
    expect(await login(app, username, password)).toMatch(/^civic_session=/);
    const list = await app.fetch('/api/initiatives?status=completed', answerWithin());
    expect(list.status).toBe(200);
    expect(((await list.json()) as Json).total).toBe(1);

    const refused = await app.fetch('/api/export/initiatives.csv', answerWithin());
    expect(refused.status).toBe(503);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ status: 503, type: '/problems/service-unavailable' });
    hangUpAll();
  });

  it('when every export slot is taken, then a HEAD of each download still answers its headers without a body: it makes no file', async () => {
    for (let n = 0; n < maxConcurrent; n += 1) {
      const download = await stallAdmitted(app.url, '/api/export/open-data.json');
      stalled.push(download);
      expect(download.status).toBe(200);
    }
    const downloads = [
      ['/api/export/initiatives.csv', 'text/csv', 'initiatives-'],
      ['/api/export/history.csv', 'text/csv', 'history-'],
      ['/api/export/assessments.csv', 'text/csv', 'assessments-'],
      [
        '/api/export/initiatives.xlsx',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'initiatives-',
      ],
      ['/api/export/open-data.json', 'application/json', 'open-data-'],
    ] as const;
    for (const [address, type, filename] of downloads) {
      const head = await app.fetch(address, { method: 'HEAD', ...answerWithin() });
      expect(head.status, address).toBe(200);
      expect(head.headers.get('content-type'), address).toContain(type);
      expect(head.headers.get('content-disposition'), address).toContain(filename);
      expect(head.headers.get('cache-control'), address).toBe('no-store');
      expect((await head.arrayBuffer()).byteLength, address).toBe(0);
    }
    // A GET still has to wait for a slot.
    const refused = await app.fetch('/api/export/initiatives.csv', answerWithin());
    expect(refused.status).toBe(503);
    hangUpAll();
  });

  it('when a download stalls while officials write, then it holds no read open: the WAL checkpoints fully on SQLite, no session is busy on PostgreSQL', async () => {
    const download = await stallAdmitted(app.url, '/api/export/initiatives.csv');
    stalled.push(download);
    expect(download.status).toBe(200);
    for (let n = 0; n < 20; n += 1) {
      await app.store.db
        .updateTable('initiatives')
        .set({ tags: JSON.stringify([`write-${n}`]), version: sql`version + 1` })
        .where('id', '=', `test-slow-${String(n).padStart(5, '0')}`)
        .execute();
    }

    if (app.store.kind === 'sqlite') {
      const file = path.join(dataDir, 'civic-monitor.db');
      const checkpointer = new SQLite(file, { timeout: 200 });
      try {
        const [result] = checkpointer.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number }[];
        // busy=1 would mean a reader pinned an old snapshot: the WAL could not be reset and would keep growing.
        expect(result).toMatchObject({ busy: 0, log: 0 });
      } finally {
        checkpointer.close();
      }
    } else {
      const { rows } = await sql<{ state: string | null }>`select state from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`.execute(
        app.store.db,
      );
      // Idle pool connections only: none mid-query or in a transaction on the stalled client's behalf.
      expect(rows.filter((row) => row.state !== 'idle')).toEqual([]);
    }
    hangUpAll();
  });

  it('when a download stops draining, then it is cut after the stall timeout and its slot is free again', async () => {
    const strict = await startTestApp({
      store: app.store,
      dataDir,
      downloadLimits: { maxConcurrent: 1, stallTimeoutMs: 500 },
    });
    try {
      const download = await stallAdmitted(strict.url, '/api/export/open-data.json');
      stalled.push(download);
      expect(download.status).toBe(200);
      // The only slot is taken until the cut; then the next download is let in.
      for (;;) {
        const next = await strict.fetch('/api/export/history.csv', answerWithin());
        await next.body?.cancel();
        if (next.status === 200) break;
        expect(next.status).toBe(503);
        await pause(100);
      }
      const raw = await download.readToEnd();
      expect(raw.length).toBeGreaterThan(0);
      expect(endsWholeChunked(raw)).toBe(false);
    } finally {
      hangUpAll();
      // The shared store stays open for the other tests; only this listener closes.
      await strict.closeServer();
    }
  });
});
