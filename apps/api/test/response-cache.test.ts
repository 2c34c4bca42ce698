import http from 'node:http';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createDataGeneration } from '../src/db/data-generation.ts';
import { type Json, startTestApp, type TestApp } from './test-app.ts';

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A request through node:http, which (unlike fetch) sends only the headers it is given. */
function raw(url: string, headers: http.OutgoingHttpHeaders = {}, method = 'GET'): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    http
      .request(url, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on('error', reject)
      .end();
  });
}

const withoutDate = ({ date: _date, ...rest }: http.IncomingHttpHeaders) => rest;

describe('cached list and stats answers', () => {
  let app: TestApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('when nothing changed, then the same bytes come back with the same ETag', async () => {
    app = await startTestApp();
    const first = await app.fetch('/api/initiatives?status=proposed');
    const second = await app.fetch('/api/initiatives?status=proposed');
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(await second.text()).toBe(await first.text());
  });

  it('when the client accepts gzip, then the kept answer is sent compressed with its own ETag, and decodes to the same JSON', async () => {
    app = await startTestApp();
    const plain = await app.fetch('/api/initiatives?pageSize=100', { headers: { 'accept-encoding': 'identity' } });
    const zipped = await app.fetch('/api/initiatives?pageSize=100', { headers: { 'accept-encoding': 'gzip' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('etag')).not.toBe(plain.headers.get('etag'));
    expect(zipped.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(await zipped.json()).toEqual(await plain.json());
  });

  it('when a kept answer is asked for again, then it is the first answer header for header and byte for byte, whatever the request takes', async () => {
    app = await startTestApp();
    const cases: [string, http.OutgoingHttpHeaders, string][] = [
      ['no Accept-Encoding', {}, 'GET'],
      ['gzip', { 'accept-encoding': 'gzip' }, 'GET'],
      ['br only (the compression middleware answers)', { 'accept-encoding': 'br' }, 'GET'],
      ['identity', { 'accept-encoding': 'identity' }, 'GET'],
      ['HEAD', {}, 'HEAD'],
    ];
    for (const [index, [label, headers, method]] of cases.entries()) {
      // Each case starts from answers the routes compute anew, as after any write: the data generation moves.
      await app.store.db
        .updateTable('data_generation')
        .set((eb) => ({ value: eb('value', '+', 1) }))
        .where('id', '=', 1)
        .execute();
      for (const path of [`/api/initiatives?pageSize=${20 + index}`, '/api/stats', '/api/owners']) {
        const first = await raw(`${app.url}${path}`, headers, method);
        const again = await raw(`${app.url}${path}`, headers, method);
        expect(first.status, `${label} ${path}`).toBe(200);
        expect(withoutDate(again.headers), `${label} ${path}`).toEqual(withoutDate(first.headers));
        expect(again.body.equals(first.body), `${label} ${path}`).toBe(true);
      }
    }
    // A conditional request for a kept answer is a 304 without a body, as the route would answer it.
    const kept = await raw(`${app.url}/api/initiatives?pageSize=20`);
    const notModified = await raw(`${app.url}/api/initiatives?pageSize=20`, {
      'if-none-match': kept.headers.etag ?? '',
    });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    expect(notModified.headers.etag).toBe(kept.headers.etag);
    // The security headers are on a kept answer too.
    expect(kept.headers['content-security-policy']).toContain("default-src 'self'");
    expect(kept.headers['x-content-type-options']).toBe('nosniff');
  });

  it('when a kept answer is sent, then its request still gets its log line, and a conditional GET gets the 304 the route sends', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const text of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(text));
        done();
      },
    });
    app = await startTestApp({ logger: pino({ level: 'info' }, sink) });
    const path = '/api/initiatives?pageSize=7';
    const first = await raw(`${app.url}${path}`);
    await raw(`${app.url}${path}`, {}, 'HEAD');
    const kept = await raw(`${app.url}${path}`);
    expect(kept.body.equals(first.body)).toBe(true);
    // The route's 304 (br goes past the kept path to the route and the compression middleware)…
    const routeNotModified = await raw(`${app.url}${path}`, {
      'if-none-match': kept.headers.etag ?? '',
      'accept-encoding': 'br',
    });
    // …and the kept path's 304 carry the same headers: no Content-Type, no Content-Length, the ETag and Vary.
    const keptNotModified = await raw(`${app.url}${path}`, { 'if-none-match': `W/"other", ${kept.headers.etag}` });
    expect(routeNotModified.status).toBe(304);
    expect(keptNotModified.status).toBe(304);
    const names = (answer: RawAnswer) => Object.keys(withoutDate(answer.headers)).sort();
    expect(names(keptNotModified)).toEqual(names(routeNotModified));
    expect(keptNotModified.headers['content-length']).toBeUndefined();
    expect(keptNotModified.headers['content-type']).toBeUndefined();
    expect(keptNotModified.headers.etag).toBe(kept.headers.etag);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const listLines = lines.filter((line) => (line.req as { url?: string } | undefined)?.url === path);
    expect(
      listLines.map((line) => [
        (line.req as { method: string }).method,
        (line.res as { statusCode: number }).statusCode,
        line.msg,
      ]),
    ).toEqual([
      ['GET', 200, 'request completed'],
      ['HEAD', 200, 'request completed'],
      ['GET', 200, 'request completed'],
      ['GET', 304, 'request completed'],
      ['GET', 304, 'request completed'],
    ]);
    const ids = listLines.map((line) => (line.req as { id: number }).id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('when the data changes behind the app, as another instance would change it, then the next answer shows it', async () => {
    app = await startTestApp();
    const before: Json = await app.json('/api/initiatives?status=adopted');
    const statsBefore: Json = await app.json('/api/stats');
    expect(before.total).toBe(0);
    await app.store.db
      .updateTable('initiatives')
      .set({ status: 'adopted', progress: 75 })
      .where('id', '=', 'youth-social-lifts')
      .execute();
    const after: Json = await app.json('/api/initiatives?status=adopted');
    const statsAfter: Json = await app.json('/api/stats');
    expect(after.items.map((i: Json) => i.id)).toEqual(['youth-social-lifts']);
    expect(statsAfter.byStatus.adopted).toBe(statsBefore.byStatus.adopted + 1);
  });

  it('when a write has moved the counter but not yet committed, then a read of the generation waits, and after a rollback finds the old value', async () => {
    app = await startTestApp();
    const { store } = app;
    const generation = createDataGeneration(store.db, store.immediateGeneration);
    const before = await generation();
    let during: Promise<number> | undefined;
    const rolledBack = new Error('roll back');
    await expect(
      store.db.transaction().execute(async (trx) => {
        await trx.updateTable('initiatives').set({ progress: 11 }).where('id', '=', 'youth-social-lifts').execute();
        during = generation();
        // The counter a rollback undoes would be handed out again to the next write's different data.
        await new Promise((resolve) => setTimeout(resolve, 20));
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
    expect(await during).toBe(before);
    await store.db.updateTable('initiatives').set({ progress: 12 }).where('id', '=', 'youth-social-lifts').execute();
    expect(await generation()).toBeGreaterThan(before);
  });

  it('when a milestone is added behind the app, then the overdue figures follow', async () => {
    app = await startTestApp();
    expect((await app.json('/api/stats')).overdue).toBe(0);
    await app.store.db
      .insertInto('milestones')
      .values({
        id: 'cache-test-milestone',
        initiative_id: 'off-site-public-sessions',
        title: 'First session',
        due_date: '2000-01-01',
        completed_at: null,
        created_at: new Date().toISOString(),
        updated_at: new Date().toISOString(),
      })
      .execute();
    expect((await app.json('/api/stats')).overdue).toBe(1);
    expect((await app.json('/api/initiatives?overdue=true')).total).toBe(1);
  });

  it('when time alone carries initiatives past the stale threshold, then the cached answer is not reused', async () => {
    let now = new Date();
    app = await startTestApp({ now: () => now });
    // A fresh install has verified nothing; say every initiative was verified just now.
    await app.store.db.updateTable('initiatives').set({ last_verified_at: now.toISOString() }).execute();
    const fresh: Json = await app.json('/api/initiatives?pageSize=100');
    expect(fresh.items.every((i: Json) => i.stale === false)).toBe(true);
    now = new Date(now.getTime() + 31 * 86_400_000);
    const later: Json = await app.json('/api/initiatives?pageSize=100');
    expect(later.items.every((i: Json) => i.stale === true)).toBe(true);
    expect((await app.json('/api/stats')).stale).toBe(13);
  });

  it('when local midnight passes (19:00 UTC in Kazakhstan), then a target date that was today becomes overdue without any write', async () => {
    let now = new Date('2030-03-10T18:59:00Z');
    app = await startTestApp({ now: () => now });
    await app.store.db
      .updateTable('initiatives')
      .set({ target_date: '2030-03-10' })
      .where('id', '=', 'social-media-outreach')
      .execute();
    expect((await app.json('/api/initiatives?overdue=true')).total).toBe(0);
    now = new Date('2030-03-10T19:01:00Z');
    expect((await app.json('/api/initiatives?overdue=true')).total).toBe(1);
  });

  it("when local midnight passes, then a conditional GET of the detail with yesterday's ETag gets today's overdue flag, not a 304", async () => {
    let now = new Date('2030-03-10T18:59:00Z');
    app = await startTestApp({ now: () => now });
    const id = 'social-media-outreach';
    await app.store.db.updateTable('initiatives').set({ target_date: '2030-03-10' }).where('id', '=', id).execute();
    const before = await app.fetch(`/api/initiatives/${id}`);
    expect(((await before.json()) as Json).overdue).toBe(false);
    const etag = before.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"\d+-20300310"$/);
    // node:http rather than fetch: fetch adds Cache-Control: no-cache to conditional requests.
    const conditional = (tag: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        http
          .get(`${app?.url}/api/initiatives/${id}`, { headers: { 'if-none-match': tag } }, (res) => {
            let body = '';
            res.setEncoding('utf8').on('data', (chunk: string) => {
              body += chunk;
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          })
          .on('error', reject);
      });
    expect((await conditional(etag)).status).toBe(304);
    now = new Date('2030-03-10T19:01:00Z');
    const after = await conditional(etag);
    expect(after.status).toBe(200);
    expect(JSON.parse(after.body).overdue).toBe(true);
  });
});
