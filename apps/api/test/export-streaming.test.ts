import http from 'node:http';
import { defaultTimeZone, initiativeCsvColumns, initiativesCsvQuerySchema } from '@civic/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvHead, initiativeCsvLines } from '../src/export/csv-rows.ts';
import { createInitiativesCsvRepository } from '../src/export/initiatives-csv-repository.ts';
import { clockAt } from '../src/initiatives/initiatives-service.ts';
import { readCsv } from './export-csv-helpers.ts';
import { initiativeRow } from './export-fixtures.ts';
import { createSeededStore, type Json, startTestApp, type TestApp } from './test-app.ts';

// Enough rows that the file is far larger than any socket buffer: the server is mid-query when the client leaves.
const extraRows = 3000;
const longText = 'Длинное тестовое описание. '.repeat(80);
const publicUrl = 'https://civic-monitor.example';
const fixedNow = new Date('2026-11-27T12:00:00.000Z');

/** Reads the first chunk of a download without compression, then hangs up. */
function readFirstChunkAndAbort(url: string): Promise<{ status: number; first: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { 'accept-encoding': 'identity' } }, (res) => {
      res.once('data', (chunk: Buffer) => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, first: chunk });
      });
      res.once('error', () => undefined);
    });
    req.once('error', (err) => {
      if (!req.destroyed) reject(err);
    });
  });
}

/** Reads a whole download without compression, pausing after each chunk, as a slow client does. */
function readSlowly(url: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { 'accept-encoding': 'identity' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        res.pause();
        setTimeout(() => res.resume(), 2);
      });
      res.once('end', () => resolve(Buffer.concat(chunks)));
      res.once('error', reject);
    });
    req.once('error', reject);
  });
}

/** Reads the first chunk of a download, then stops reading, as a slow client does; returns how to hang up. */
function stallAfterFirstChunk(url: string): Promise<() => void> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { 'accept-encoding': 'identity' } }, (res) => {
      res.once('data', () => {
        res.pause();
        resolve(() => req.destroy());
      });
      res.once('error', () => undefined);
    });
    req.once('error', (err) => {
      if (!req.destroyed) reject(err);
    });
  });
}

describe('streamed exports', () => {
  let app: TestApp;

  beforeAll(async () => {
    const store = await createSeededStore();
    const rows = Array.from({ length: extraRows }, (_, index) =>
      initiativeRow(`test-bulk-${String(index).padStart(5, '0')}`, {
        // Each row's own text, of its own length: a page's bytes written over another's would show.
        summary_ru: `${longText.slice(0, 200 + ((index * 389) % 1900))} №${index}`,
        sort_key: 2_000_000 + index,
      }),
    );
    for (let start = 0; start < rows.length; start += 200) {
      await store.db
        .insertInto('initiatives')
        .values(rows.slice(start, start + 200))
        .execute();
    }
    app = await startTestApp({ store, publicUrl, now: () => fixedNow });
  });
  afterAll(async () => {
    await app.close();
  });

  it('when a large export is read to the end, then it has every row of the list', async () => {
    const list: Json = await app.json('/api/initiatives?pageSize=1');
    const file = await readCsv(await app.fetch('/api/export/initiatives.csv'));
    expect(file.records).toHaveLength(list.total);
    expect(list.total).toBe(extraRows + 13);
  });

  it('when a many-page export is read fast, gzipped or slowly, then it is byte for byte the lines of the rows read directly', async () => {
    const query = initiativesCsvQuerySchema.parse({});
    const clock = clockAt({ now: () => fixedNow, staleAfterDays: 30, timeZone: defaultTimeZone });
    const repository = createInitiativesCsvRepository(app.store.db, app.store.readArrays);
    const lines = [csvHead(initiativeCsvColumns, query.sep)];
    for await (const page of repository.pages(query, clock))
      lines.push(...initiativeCsvLines(page, query.lang, publicUrl, query.sep));
    const expected = Buffer.from(lines.join(''));
    expect(lines.length).toBe(extraRows + 13 + 1);
    expect(expected.length).toBeGreaterThan(4 * 1024 * 1024);

    const identity = await app.fetch('/api/export/initiatives.csv', { headers: { 'accept-encoding': 'identity' } });
    expect(identity.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await identity.arrayBuffer()).equals(expected)).toBe(true);
    const gzipped = await app.fetch('/api/export/initiatives.csv', { headers: { 'accept-encoding': 'gzip' } });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(Buffer.from(await gzipped.arrayBuffer()).equals(expected)).toBe(true);
    expect((await readSlowly(`${app.url}/api/export/initiatives.csv`)).equals(expected)).toBe(true);
  });

  it('when the client hangs up after the first chunk, then the query is released and the server keeps serving', async () => {
    // More hang-ups than a PostgreSQL pool has connections, so a leaked cursor would starve it too.
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const { status, first } = await readFirstChunkAndAbort(`${app.url}/api/export/initiatives.csv`);
      expect(status).toBe(200);
      expect([...first.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      // A query left open would hold the store's connection: this read would then never be answered.
      const res = await app.fetch('/api/initiatives?status=completed', { signal: AbortSignal.timeout(10_000) });
      expect(res.status).toBe(200);
      expect(((await res.json()) as Json).total).toBe(1);
    }
    const health = await app.fetch('/readyz', { signal: AbortSignal.timeout(10_000) });
    expect(health.status).toBe(200);
    const history = await app.fetch('/api/export/history.csv', { signal: AbortSignal.timeout(10_000) });
    expect((await readCsv(history)).records.length).toBeGreaterThan(0);
  });

  it('when a client stalls mid-download, then reads and writes from others are still answered', async () => {
    const hangUp = await stallAfterFirstChunk(`${app.url}/api/export/initiatives.csv`);
    try {
      const res = await app.fetch('/api/initiatives/full-time-deputies', { signal: AbortSignal.timeout(10_000) });
      expect(res.status).toBe(200);
      await app.store.db
        .updateTable('initiatives')
        .set({ tags: '["stalled-export-write"]' })
        .where('id', '=', 'test-bulk-00000')
        .execute();
      const written: Json = await app.json('/api/initiatives/test-bulk-00000');
      expect(written.tags).toEqual(['stalled-export-write']);
    } finally {
      hangUp();
    }
  });
});
