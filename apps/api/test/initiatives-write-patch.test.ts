import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, jsonHeaders, login, readJson } from './auth-helpers.ts';
import { type Json, startTestApp, type TestApp } from './test-app.ts';

describe('PATCH /api/initiatives/:id', () => {
  let app: TestApp;
  let cookie: string;
  beforeAll(async () => {
    app = await startTestApp();
    const { username, password } = await createUser(app.store, { role: 'official', displayName: 'Aigerim Sadykova' });
    cookie = await login(app, username, password);
  });
  afterAll(() => app.close());

  const patch = (id: string, body: unknown, headers: Record<string, string> = {}) =>
    app.fetch(`/api/initiatives/${id}`, {
      method: 'PATCH',
      headers: jsonHeaders(cookie, headers),
      body: JSON.stringify(body),
    });
  const detail = (id: string): Promise<Json> => app.json(`/api/initiatives/${id}`);

  it('when the status changes without a progress, then the preset applies and one history row names the official', async () => {
    const before = await detail('youth-social-lifts');
    const res = await patch('youth-social-lifts', {
      version: before.version,
      status: 'in_progress',
      note: 'Working group formed.',
      evidenceUrl: 'https://example.org/news/1',
    });
    expect(res.status).toBe(200);
    const after = await readJson(res);
    expect(res.headers.get('etag')).toMatch(new RegExp(`^"${after.version}-\\d{8}"$`));
    expect(after).toMatchObject({
      status: 'in_progress',
      progress: 25,
      progressSource: 'status',
      version: before.version + 1,
    });
    // Never verified before this official's change (a fresh install verifies nothing); verified by it now.
    expect(before.lastVerifiedAt).toBeNull();
    expect(Date.parse(after.lastVerifiedAt)).toBeGreaterThan(Date.parse(before.createdAt));
    const [latest] = (await app.json('/api/initiatives/youth-social-lifts/history')).items;
    expect(latest).toMatchObject({
      fromStatus: 'proposed',
      toStatus: 'in_progress',
      fromProgress: 0,
      toProgress: 25,
      note: 'Working group formed.',
      evidenceUrl: 'https://example.org/news/1',
      actor: 'Aigerim Sadykova',
    });
  });

  it('when a child changes, then its parent rolls up its progress and moves to a new version', async () => {
    const parentBefore = await detail('regional-assemblies-status');
    const child = await detail('youth-in-cultural-centres');
    const res = await patch('youth-in-cultural-centres', {
      version: child.version,
      progress: 80,
      note: 'Most centres joined.',
    });
    expect(res.status).toBe(200);
    expect((await readJson(res)).progressSource).toBe('explicit');
    const parent = await detail('regional-assemblies-status');
    const children: Json[] = parent.children;
    const mean = Math.round(children.reduce((sum, c) => sum + c.progress, 0) / children.length);
    expect(parent.progress).toBe(mean);
    expect(parent.version).toBeGreaterThan(parentBefore.version);
  });

  it('when only verified, then nothing changes but last verified, and history records from = to', async () => {
    const before = await detail('senate-council-local-bodies');
    const res = await patch('senate-council-local-bodies', {
      version: before.version,
      verifiedOnly: true,
      note: 'Still working.',
    });
    expect(res.status).toBe(200);
    const after = await readJson(res);
    expect(after).toMatchObject({ status: before.status, progress: before.progress, targetDate: before.targetDate });
    expect(after.lastVerifiedAt > (before.lastVerifiedAt ?? before.createdAt)).toBe(true);
    const [latest] = (await app.json('/api/initiatives/senate-council-local-bodies/history')).items;
    expect(latest.fromStatus).toBe(latest.toStatus);
    expect(latest.fromProgress).toBe(latest.toProgress);
  });

  it('when the version comes as If-Match, then the strong ETag is honoured and a weak one never matches (412); a stale one gets 409 with the current state', async () => {
    const first = await app.fetch('/api/initiatives/local-government-law-amendments');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(new RegExp(`^"${(await readJson(first)).version}-\\d{8}"$`));
    const weak = await patch(
      'local-government-law-amendments',
      { legislativeStage: 'public_discussion', note: 'Published.' },
      { 'if-match': `W/${etag}` },
    );
    expect(weak.status).toBe(412);
    expect(weak.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((await readJson(weak)).errors).toEqual([
      { field: 'If-Match', message: 'a weak entity tag never matches', code: 'invalid' },
    ]);
    const ok = await patch(
      'local-government-law-amendments',
      { legislativeStage: 'public_discussion', note: 'Published.' },
      { 'if-match': etag },
    );
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toMatch(/^"/);
    const stale = await patch(
      'local-government-law-amendments',
      { targetDate: '2027-06-30', note: 'Target set.' },
      { 'if-match': etag },
    );
    expect(stale.status).toBe(409);
    expect(stale.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const problem = await readJson(stale);
    expect(problem.current.version).toBe((await readJson(ok)).version);
    expect(problem.current.targetDate).toBeNull();
  });

  it('when a stale change would also contradict the state it missed, then 409 with the current state, not 400', async () => {
    const seen = await detail('social-media-outreach');
    const done = await patch('social-media-outreach', { version: seen.version, status: 'completed', note: 'Done.' });
    expect(done.status).toBe(200);
    // 40 % against the completed state would be refused by the status–progress rule; the old version is the answer.
    const stale = await patch('social-media-outreach', { version: seen.version, progress: 40, note: 'Halfway.' });
    expect(stale.status).toBe(409);
    expect((await readJson(stale)).current).toMatchObject({ status: 'completed', version: seen.version + 1 });
  });

  it('when no version is sent at all, then 428 names the field version', async () => {
    const res = await patch('full-time-deputies', { status: 'adopted', note: 'Adopted.' });
    expect(res.status).toBe(428);
    const problem = await readJson(res);
    expect(problem.errors).toEqual([{ field: 'version', message: 'required', code: 'required' }]);
  });

  it('when the initiative does not exist, then 404', async () => {
    expect((await patch('no-such-initiative', { version: 1, verifiedOnly: true, note: 'x' })).status).toBe(404);
  });

  it('when a legislative stage is set on something that is not legislation, then 400 and nothing changes', async () => {
    const before = await detail('full-time-deputies');
    const res = await patch('full-time-deputies', { version: before.version, legislativeStage: 'senate', note: 'x' });
    expect(res.status).toBe(400);
    expect((await detail('full-time-deputies')).version).toBe(before.version);
  });
});
