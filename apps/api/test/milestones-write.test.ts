import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonHeaders, loginAs, readJson } from './auth-helpers.ts';
import { startTestApp, type TestApp } from './test-app.ts';

const id = 'off-site-public-sessions';

describe('milestones', () => {
  let app: TestApp;
  let cookie: string;
  beforeAll(async () => {
    app = await startTestApp({ now: () => new Date('2027-03-01T09:00:00.000Z') });
    cookie = await loginAs(app, 'official');
  });
  afterAll(() => app.close());

  const send = (method: string, path: string, body: unknown) =>
    app.fetch(path, { method, headers: jsonHeaders(cookie), body: JSON.stringify(body) });

  it('when an official adds a milestone, then 201 and it shows on the initiative, which moves to a new version', async () => {
    const before = await app.json(`/api/initiatives/${id}`);
    const res = await send('POST', `/api/initiatives/${id}/milestones`, {
      title: '  First off-site session  ',
      dueDate: '2027-02-15',
    });
    expect(res.status).toBe(201);
    const milestone = await readJson(res);
    expect(milestone).toMatchObject({
      initiativeId: id,
      title: 'First off-site session',
      dueDate: '2027-02-15',
      completedAt: null,
      overdue: true,
    });
    const after = await app.json(`/api/initiatives/${id}`);
    expect(after.milestones).toContainEqual(milestone);
    expect(after.overdue).toBe(true);
    expect(after.version).toBe(before.version + 1);
  });

  it('when a milestone is edited and then completed, then completedAt is set and it is no longer overdue', async () => {
    const created = await readJson(await send('POST', `/api/initiatives/${id}/milestones`, { title: 'Report' }));
    const edited = await send('PATCH', `/api/initiatives/${id}/milestones/${created.id}`, {
      title: 'Annual report',
      dueDate: '2027-01-10',
    });
    expect(edited.status).toBe(200);
    expect(await readJson(edited)).toMatchObject({
      title: 'Annual report',
      dueDate: '2027-01-10',
      overdue: true,
      completedAt: null,
    });
    const done = await send('PATCH', `/api/initiatives/${id}/milestones/${created.id}`, { completed: true });
    expect(done.status).toBe(200);
    const completed = await readJson(done);
    expect(completed).toMatchObject({
      completedAt: '2027-03-01T09:00:00.000Z',
      overdue: false,
      title: 'Annual report',
    });
    const reopened = await readJson(
      await send('PATCH', `/api/initiatives/${id}/milestones/${created.id}`, { completed: false }),
    );
    expect(reopened.completedAt).toBeNull();
  });

  it('when the milestone or initiative is unknown, then 404', async () => {
    expect((await send('POST', '/api/initiatives/no-such-thing/milestones', { title: 'x' })).status).toBe(404);
    const res = await send('PATCH', `/api/initiatives/${id}/milestones/0190aaaa-0000-7000-8000-000000000000`, {
      completed: true,
    });
    expect(res.status).toBe(404);
  });

  it('when a milestone is addressed under another initiative, then 404 and it is unchanged', async () => {
    const created = await readJson(await send('POST', `/api/initiatives/${id}/milestones`, { title: 'Owned here' }));
    const res = await send('PATCH', `/api/initiatives/social-media-outreach/milestones/${created.id}`, {
      title: 'Hijacked',
    });
    expect(res.status).toBe(404);
    const milestones = (await app.json(`/api/initiatives/${id}`)).milestones;
    expect(milestones.find((m: { id: string }) => m.id === created.id).title).toBe('Owned here');
  });
});
