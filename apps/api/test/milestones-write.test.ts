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
      version: created.version,
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
    const done = await send('PATCH', `/api/initiatives/${id}/milestones/${created.id}`, {
      completed: true,
      version: created.version + 1,
    });
    expect(done.status).toBe(200);
    const completed = await readJson(done);
    expect(completed).toMatchObject({
      completedAt: '2027-03-01T09:00:00.000Z',
      overdue: false,
      title: 'Annual report',
    });
    const reopened = await readJson(
      await send('PATCH', `/api/initiatives/${id}/milestones/${created.id}`, {
        completed: false,
        version: completed.version,
      }),
    );
    expect(reopened.completedAt).toBeNull();
  });

  it('when the milestone or initiative is unknown, then 404', async () => {
    expect((await send('POST', '/api/initiatives/no-such-thing/milestones', { title: 'x' })).status).toBe(404);
    const res = await send('PATCH', `/api/initiatives/${id}/milestones/0190aaaa-0000-7000-8000-000000000000`, {
      completed: true,
      version: 1,
    });
    expect(res.status).toBe(404);
  });

  it('when a milestone is addressed under another initiative, then 404 and it is unchanged', async () => {
    const created = await readJson(await send('POST', `/api/initiatives/${id}/milestones`, { title: 'Owned here' }));
    const res = await send('PATCH', `/api/initiatives/social-media-outreach/milestones/${created.id}`, {
      title: 'Hijacked',
      version: created.version,
    });
    expect(res.status).toBe(404);
    const milestones = (await app.json(`/api/initiatives/${id}`)).milestones;
    expect(milestones.find((m: { id: string }) => m.id === created.id).title).toBe('Owned here');
  });

  it('when a milestone write carries no version, then 428 naming version and nothing changes', async () => {
    const created = await readJson(await send('POST', `/api/initiatives/${id}/milestones`, { title: 'Unversioned' }));
    const path = `/api/initiatives/${id}/milestones/${created.id}`;
    const patch = await send('PATCH', path, { dueDate: '2027-05-01' });
    expect(patch.status).toBe(428);
    expect(patch.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await readJson(patch)).errors).toEqual([{ field: 'version', message: 'required', code: 'required' }]);
    const removal = await app.fetch(path, { method: 'DELETE', headers: jsonHeaders(cookie) });
    expect(removal.status).toBe(428);
    const after = (await app.json(`/api/initiatives/${id}`)).milestones.find(
      (m: { id: string }) => m.id === created.id,
    );
    expect(after).toMatchObject({ dueDate: null, version: 1 });
  });

  it("when a second official saves a milestone from the version the first already changed, then 409 with the first one's due date kept", async () => {
    const created = await send('POST', `/api/initiatives/${id}/milestones`, {
      title: 'Hearing',
      dueDate: '2027-04-01',
    });
    const milestone = await readJson(created);
    const etag = created.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"1-\d{8}"$/);
    const path = `/api/initiatives/${id}/milestones/${milestone.id}`;
    const first = await app.fetch(path, {
      method: 'PATCH',
      headers: jsonHeaders(cookie, { 'If-Match': etag }),
      body: JSON.stringify({ dueDate: '2027-06-30' }),
    });
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toMatch(/^"2-\d{8}"$/);
    const second = await app.fetch(path, {
      method: 'PATCH',
      headers: jsonHeaders(cookie, { 'If-Match': etag }),
      body: JSON.stringify({ title: 'Public hearing' }),
    });
    expect(second.status).toBe(409);
    const problem = await readJson(second);
    expect(problem.type).toBe('/problems/version-conflict');
    expect(problem.current).toMatchObject({ id: milestone.id, dueDate: '2027-06-30', title: 'Hearing', version: 2 });
    const removal = await app.fetch(path, { method: 'DELETE', headers: jsonHeaders(cookie, { 'If-Match': etag }) });
    expect(removal.status).toBe(409);
    const stored = (await app.json(`/api/initiatives/${id}`)).milestones.find(
      (m: { id: string }) => m.id === milestone.id,
    );
    expect(stored).toMatchObject({ dueDate: '2027-06-30', title: 'Hearing', version: 2 });
  });

  it('when a milestone is removed with its current version, then 204, it is gone and the initiative moves to a new version', async () => {
    const milestone = await readJson(await send('POST', `/api/initiatives/${id}/milestones`, { title: 'Short-lived' }));
    const before = await app.json(`/api/initiatives/${id}`);
    const path = `/api/initiatives/${id}/milestones/${milestone.id}`;
    const res = await app.fetch(path, { method: 'DELETE', headers: jsonHeaders(cookie, { 'If-Match': '"1"' }) });
    expect(res.status).toBe(204);
    const after = await app.json(`/api/initiatives/${id}`);
    expect(after.milestones.map((m: { id: string }) => m.id)).not.toContain(milestone.id);
    expect(after.version).toBe(before.version + 1);
    const again = await app.fetch(path, { method: 'DELETE', headers: jsonHeaders(cookie, { 'If-Match': '"1"' }) });
    expect(again.status).toBe(404);
  });
  it('when a due day lies before 2000-01-01 or a completion day after today (Almaty), then 400 problem+json naming the field and nothing is saved', async () => {
    const early = await send('POST', `/api/initiatives/${id}/milestones`, { title: 'Typo', dueDate: '1900-01-01' });
    expect(early.status).toBe(400);
    expect(early.headers.get('content-type')).toContain('application/problem+json');
    expect((await readJson(early)).errors).toEqual([
      { field: 'dueDate', message: 'must not be before 2000-01-01', code: 'before_min', minimum: '2000-01-01' },
    ]);

    const created = await readJson(await send('POST', `/api/initiatives/${id}/milestones`, { title: 'Bounds' }));
    const path = `/api/initiatives/${id}/milestones/${created.id}`;
    const late = await send('PATCH', path, { version: created.version, dueDate: '2101-01-01' });
    expect(late.status).toBe(400);
    expect((await readJson(late)).errors).toEqual([
      { field: 'dueDate', message: 'must not be after 2100-12-31', code: 'after_max', maximum: '2100-12-31' },
    ]);
    const ancient = await send('PATCH', path, { version: created.version, completedOn: '1999-12-31' });
    expect((await readJson(ancient)).errors).toEqual([
      { field: 'completedOn', message: 'must not be before 2000-01-01', code: 'before_min', minimum: '2000-01-01' },
    ]);

    // 2027-03-01T09:00Z is 14:00 on 1 March in Almaty: the 2nd is tomorrow there, 2030 far after.
    for (const completedOn of ['2030-01-01', '2027-03-02']) {
      const future = await send('PATCH', path, { version: created.version, completedOn });
      expect(future.status).toBe(400);
      expect(future.headers.get('content-type')).toContain('application/problem+json');
      expect((await readJson(future)).errors).toEqual([
        {
          field: 'completedOn',
          message: 'must not be after today (2027-03-01)',
          code: 'after_today',
          maximum: '2027-03-01',
        },
      ]);
    }
    const kept = await send('PATCH', path, {
      version: created.version,
      completedOn: '2027-03-01',
      dueDate: '2000-01-01',
    });
    expect(kept.status).toBe(200);
    expect(await readJson(kept)).toMatchObject({ completedOn: '2027-03-01', dueDate: '2000-01-01' });
  });
});
