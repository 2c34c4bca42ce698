import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonHeaders, loginAs, readJson } from './auth-helpers.ts';
import { readCsv } from './export-csv-helpers.ts';
import { createSeededStore, type Json, startTestApp, type TestApp, tempDir, updateInitiative } from './test-app.ts';

/** The clock of the app under test; each test sets it. 19:00 UTC is midnight in Kazakhstan (UTC+5). */
let now = new Date('2026-11-30T12:00:00.000Z');

// Runs in both projects: days are Kazakhstan's, on SQLite and on PostgreSQL alike.
describe(`days follow Kazakhstan time, not UTC (${process.env.TEST_STORE ?? 'sqlite'})`, () => {
  let app: TestApp;
  let cookie: string;
  beforeAll(async () => {
    const dataDir = tempDir();
    const store = await createSeededStore(dataDir, new Date('2026-11-01T06:00:00.000Z'));
    app = await startTestApp({ store, dataDir, now: () => now });
    cookie = await loginAs(app, 'official');
  });
  afterAll(() => app.close());

  const send = (method: string, path: string, body: unknown) =>
    app.fetch(path, { method, headers: jsonHeaders(cookie), body: JSON.stringify(body) });

  async function patchInitiative(id: string, change: Record<string, unknown>): Promise<Json> {
    const res = await updateInitiative(app, cookie, id, { ...change, note: 'Checked with the maslikhat.' });
    expect(res.status).toBe(200);
    return readJson(res);
  }

  it('when an item is due 30 November and it is 00:30 on 1 December in Aktobe (19:30 UTC), then it is overdue', async () => {
    now = new Date('2026-11-30T19:30:00.000Z');
    const milestone = await readJson(
      await send('POST', '/api/initiatives/off-site-public-sessions/milestones', {
        title: 'First session away from the centre',
        dueDate: '2026-11-30',
      }),
    );
    expect(milestone.overdue).toBe(true);
    await patchInitiative('social-media-outreach', { targetDate: '2026-11-30' });

    for (const id of ['off-site-public-sessions', 'social-media-outreach']) {
      expect((await app.json(`/api/initiatives/${id}`)).overdue).toBe(true);
    }
    const listed = await app.json('/api/initiatives?overdue=true');
    expect(listed.items.map((i: Json) => i.id).sort()).toEqual(['off-site-public-sessions', 'social-media-outreach']);
    expect((await app.json('/api/stats')).overdue).toBe(2);

    // Half an hour earlier it was still 30 November there: nothing was overdue yet.
    now = new Date('2026-11-30T18:59:00.000Z');
    expect((await app.json('/api/initiatives?overdue=true')).total).toBe(0);
  });

  it('when an official edits at 00:07 on 1 December local time (19:07 UTC), then every day of it is 1 December', async () => {
    now = new Date('2026-11-30T19:07:00.000Z');
    const changed = await patchInitiative('youth-social-lifts', { status: 'in_progress' });
    expect(changed.updatedAt).toBe('2026-11-30T19:07:00.000Z');

    const stats = await app.json('/api/stats');
    expect(stats.timeZone).toBe('Asia/Almaty');
    expect(stats.statusOverTime.at(-1).date).toBe('2026-12-01');
    expect(stats.activityByMonth.at(-1).month).toBe('2026-12');

    const december = await app.fetch('/api/export/history.csv?from=2026-12-01&to=2026-12-01');
    expect(december.headers.get('content-disposition')).toContain('civic-monitor-history-2026-12-01.csv');
    expect((await readCsv(december)).records.map((r) => r.initiative_id)).toContain('youth-social-lifts');
    const november = await readCsv(await app.fetch('/api/export/history.csv?from=2026-11-30&to=2026-11-30'));
    expect(november.records.map((r) => r.initiative_id)).not.toContain('youth-social-lifts');
  });

  it('when verified at 00:30 on 2 November local time, then it is fresh through 2 December and stale from local midnight', async () => {
    now = new Date('2026-11-01T19:30:00.000Z');
    await patchInitiative('regional-assemblies-status', { verifiedOnly: true });
    now = new Date('2026-12-02T18:59:59.000Z');
    expect((await app.json('/api/initiatives/regional-assemblies-status')).stale).toBe(false);
    now = new Date('2026-12-02T19:00:00.000Z');
    expect((await app.json('/api/initiatives/regional-assemblies-status')).stale).toBe(true);
  });

  it('when a milestone is completed, then its day is today in Kazakhstan unless the official gives the real one', async () => {
    now = new Date('2026-11-30T19:30:00.000Z');
    const path = '/api/initiatives/off-site-public-sessions/milestones';
    const created = await readJson(await send('POST', path, { title: 'Report to the session', dueDate: '2026-11-25' }));

    const done = await send('PATCH', `${path}/${created.id}`, { completed: true, version: 1 });
    expect(done.status).toBe(200);
    expect(await readJson(done)).toMatchObject({
      completedAt: '2026-11-30T19:30:00.000Z',
      completedOn: '2026-12-01',
      overdue: false,
    });

    const corrected = await readJson(
      await send('PATCH', `${path}/${created.id}`, { completedOn: '2026-11-20', version: 2 }),
    );
    expect(corrected).toMatchObject({ completedAt: '2026-11-30T19:30:00.000Z', completedOn: '2026-11-20' });
    const detail = await app.json('/api/initiatives/off-site-public-sessions');
    expect(detail.milestones.find((m: Json) => m.id === created.id).completedOn).toBe('2026-11-20');

    const reopened = await readJson(await send('PATCH', `${path}/${created.id}`, { completed: false, version: 3 }));
    expect(reopened).toMatchObject({ completedAt: null, completedOn: null, overdue: true });
  });

  it('when the completion day is after today in Kazakhstan or comes with a reopening, then 400 names completedOn', async () => {
    now = new Date('2026-11-30T19:30:00.000Z');
    const path = '/api/initiatives/off-site-public-sessions/milestones';
    const created = await readJson(await send('POST', path, { title: 'Public hearing' }));
    for (const body of [
      { completed: true, completedOn: '2026-12-02' },
      { completedOn: '2026-12-02' },
      { completed: false, completedOn: '2026-11-20' },
      { completedOn: '30.11.2026' },
    ]) {
      const res = await send('PATCH', `${path}/${created.id}`, { ...body, version: 1 });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect((await readJson(res)).errors.map((e: Json) => e.field)).toContain('completedOn');
    }
    // 1 December is today there, though it is still 30 November in UTC.
    const today = await send('PATCH', `${path}/${created.id}`, { completedOn: '2026-12-01', version: 1 });
    expect(today.status).toBe(200);
    expect((await readJson(today)).completedOn).toBe('2026-12-01');
  });

  it('when only milestones are late, then the initiative names the earliest-due one with its date, in its detail and in the list', async () => {
    now = new Date('2026-11-30T19:30:00.000Z');
    const id = 'youth-in-cultural-centres';
    const path = `/api/initiatives/${id}/milestones`;
    expect((await app.json(`/api/initiatives/${id}`)).overdueMilestone).toBeNull();
    for (const [title, dueDate] of [
      ['Second round of meetings', '2026-11-30'],
      ['First round of meetings', '2026-11-10'],
      ['Report', '2026-12-01'],
    ] as const) {
      expect((await send('POST', path, { title, dueDate })).status).toBe(201);
    }
    const late = { title: 'First round of meetings', dueDate: '2026-11-10' };
    const detail = await app.json(`/api/initiatives/${id}`);
    expect(detail).toMatchObject({ overdue: true, targetDate: null, overdueMilestone: late });
    const listed = await app.json('/api/initiatives?overdue=true&pageSize=100');
    expect(listed.items.find((item: Json) => item.id === id).overdueMilestone).toEqual(late);

    // A closed initiative has nothing overdue, milestones or not.
    await patchInitiative(id, { status: 'completed' });
    expect((await app.json(`/api/initiatives/${id}`)).overdueMilestone).toBeNull();
  });
});
