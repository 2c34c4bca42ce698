import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonHeaders, loginAs, readJson } from './auth-helpers.ts';
import { readVersion, startTestApp, type TestApp, updateInitiative } from './test-app.ts';

const id = 'maslikhat-secretary-status';

describe('bad input on every field is refused with 400 and nothing is stored', () => {
  let app: TestApp;
  let cookie: string;
  let version: number;
  beforeAll(async () => {
    app = await startTestApp();
    cookie = await loginAs(app, 'admin');
    version = await readVersion(app, id);
  });
  afterAll(() => app.close());

  const state = async () => {
    const detail = await app.json(`/api/initiatives/${id}`);
    const history = await app.json(`/api/initiatives/${id}/history`);
    const list = await app.json('/api/initiatives?pageSize=100');
    return { detail, history: history.items.length, total: list.total };
  };

  async function expectRefused(method: string, path: string, body: string, field: string) {
    const before = await state();
    const res = await app.fetch(path, { method, headers: jsonHeaders(cookie), body });
    expect(res.status, body).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const problem = await readJson(res);
    expect(problem.type).toBe('/problems/validation-error');
    expect(problem.errors.map((e: { field: string }) => e.field).join(' '), body).toContain(field);
    expect(await state()).toEqual(before);
  }

  const valid = () => ({ version, status: 'adopted', note: 'Adopted by the government.' });
  const patchCases: [string, Record<string, unknown>, string][] = [
    ['version as a string', { version: '1' }, 'version'],
    ['version zero', { version: 0 }, 'version'],
    ['version fractional', { version: 1.5 }, 'version'],
    ['unknown status', { status: 'done' }, 'status'],
    ['status as a number', { status: 3 }, 'status'],
    ['progress below 0', { progress: -1 }, 'progress'],
    ['progress above 100', { progress: 101 }, 'progress'],
    ['progress fractional', { progress: 50.5 }, 'progress'],
    ['progress as a string', { progress: '50' }, 'progress'],
    ['unknown legislative stage', { legislativeStage: 'parliament' }, 'legislativeStage'],
    ['target date not ISO', { targetDate: '31.12.2027' }, 'targetDate'],
    ['target date impossible', { targetDate: '2027-13-01' }, 'targetDate'],
    ['verifiedOnly as a string', { verifiedOnly: 'yes' }, 'verifiedOnly'],
    ['empty note', { note: '' }, 'note'],
    ['blank note', { note: '   ' }, 'note'],
    ['note too long', { note: 'x'.repeat(2001) }, 'note'],
    ['note missing', { note: undefined }, 'note'],
    ['note as a number', { note: 5 }, 'note'],
    ['javascript: evidence', { evidenceUrl: 'javascript:alert(1)' }, 'evidenceUrl'],
    ['JavaScript: evidence in capitals', { evidenceUrl: 'JavaScript:alert(document.cookie)' }, 'evidenceUrl'],
    ['data: evidence', { evidenceUrl: 'data:text/html,<script>alert(1)</script>' }, 'evidenceUrl'],
    ['ftp evidence', { evidenceUrl: 'ftp://example.org/file' }, 'evidenceUrl'],
    ['evidence that is no URL', { evidenceUrl: 'see the minutes' }, 'evidenceUrl'],
    ['evidence too long', { evidenceUrl: `https://example.org/${'a'.repeat(2000)}` }, 'evidenceUrl'],
    ['an unknown field', { approvedBy: 'me' }, 'approvedBy'],
    ['nothing to change', { status: undefined }, 'status'],
    ['verifiedOnly with a change', { verifiedOnly: true }, 'verifiedOnly'],
    ['completed at 40 %', { status: 'completed', progress: 40 }, 'progress'],
    ['100 % while still adopted', { status: 'adopted', progress: 100 }, 'progress'],
  ];
  for (const [name, change, field] of patchCases) {
    it(`when a PATCH has ${name}, then 400 naming ${field}`, () =>
      expectRefused('PATCH', `/api/initiatives/${id}`, JSON.stringify({ ...valid(), ...change }), field));
  }

  it('when a status would leave the progress contradicting it, then 400 names the status until a progress is given', async () => {
    const done = await updateInitiative(app, cookie, id, {
      version,
      status: 'completed',
      note: 'Completed: the law was signed.',
    });
    expect(done.status).toBe(200);
    const completed = await readJson(done);
    expect(completed).toMatchObject({ status: 'completed', progress: 100 });
    version = completed.version;
    // "Stalled" keeps the progress it had (no preset), and 100 % is only for a completed initiative.
    await expectRefused(
      'PATCH',
      `/api/initiatives/${id}`,
      JSON.stringify({ version, status: 'stalled', note: 'Work stopped.' }),
      'status',
    );
    const stalled = await updateInitiative(app, cookie, id, {
      version,
      status: 'stalled',
      progress: 80,
      note: 'Work stopped at the last step.',
    });
    expect(stalled.status).toBe(200);
    version = (await readJson(stalled)).version;
  });

  it('when a PATCH body is not JSON or not an object, then 400', async () => {
    await expectRefused('PATCH', `/api/initiatives/${id}`, '{"note": ', 'body');
    await expectRefused('PATCH', `/api/initiatives/${id}`, '[1,2]', 'body');
  });

  it('when If-Match is not an ETag, then 400 naming version', async () => {
    const before = await state();
    const res = await app.fetch(`/api/initiatives/${id}`, {
      method: 'PATCH',
      headers: jsonHeaders(cookie, { 'if-match': 'banana' }),
      body: JSON.stringify({ status: 'adopted', note: 'x' }),
    });
    expect(res.status).toBe(400);
    expect((await readJson(res)).errors[0].field).toBe('version');
    expect(await state()).toEqual(before);
  });

  it('when the version field and If-Match disagree, then 400 naming version and nothing is stored, whichever is current', async () => {
    const before = await state();
    const version = await readVersion(app, id);
    for (const [field, header] of [
      [version, version - 1],
      [version - 1, version],
    ]) {
      const res = await updateInitiative(
        app,
        cookie,
        id,
        { version: field, status: 'adopted', note: 'Versions disagree.' },
        { 'if-match': `"${header}"` },
      );
      expect(res.status).toBe(400);
      expect((await readJson(res)).errors[0].field).toBe('version');
    }
    expect(await state()).toEqual(before);
  });

  const milestoneCases: [string, unknown, string][] = [
    ['an empty title', { title: '' }, 'title'],
    ['a title too long', { title: 'x'.repeat(301) }, 'title'],
    ['a title as a number', { title: 7 }, 'title'],
    ['a due date not ISO', { title: 'Report', dueDate: '2027/01/01' }, 'dueDate'],
    ['an unknown field', { title: 'Report', owner: 'me' }, 'owner'],
  ];
  for (const [name, body, field] of milestoneCases) {
    it(`when a new milestone has ${name}, then 400 naming ${field}`, async () => {
      const before = (await app.json(`/api/initiatives/${id}`)).milestones.length;
      const res = await app.fetch(`/api/initiatives/${id}/milestones`, {
        method: 'POST',
        headers: jsonHeaders(cookie),
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(400);
      expect(JSON.stringify((await readJson(res)).errors)).toContain(field);
      expect((await app.json(`/api/initiatives/${id}`)).milestones.length).toBe(before);
    });
  }

  it('when a milestone edit has completed as a string, then 400 and the milestone is unchanged', async () => {
    const created = await readJson(
      await app.fetch(`/api/initiatives/${id}/milestones`, {
        method: 'POST',
        headers: jsonHeaders(cookie),
        body: JSON.stringify({ title: 'Report' }),
      }),
    );
    const res = await app.fetch(`/api/initiatives/${id}/milestones/${created.id}`, {
      method: 'PATCH',
      headers: jsonHeaders(cookie),
      body: JSON.stringify({ completed: 'yes' }),
    });
    expect(res.status).toBe(400);
    const milestone = (await app.json(`/api/initiatives/${id}`)).milestones.find(
      (m: { id: string }) => m.id === created.id,
    );
    expect(milestone.completedAt).toBeNull();
  });

  const validNew = () => ({
    id: 'new-initiative',
    kind: 'practice',
    title: { ru: 'Новая', en: 'New' },
    summary: { ru: 'Кратко', en: 'Briefly' },
    ownerId: 'senate',
    region: 'KZ',
    noSource: true,
  });
  const createCases: [string, Record<string, unknown>, string][] = [
    ['an id that is no slug', { id: 'New Initiative' }, 'id'],
    ['an unknown kind', { kind: 'law' }, 'kind'],
    ['a title without English', { title: { ru: 'Новая' } }, 'title.en'],
    ['a title with an unknown language', { title: { ru: 'Новая', en: 'New', de: 'Neu' } }, 'title'],
    ['an unknown owner', { ownerId: 'nobody' }, 'ownerId'],
    ['an unknown parent', { parentId: 'no-such-parent' }, 'parentId'],
    ['a region that is no ISO code', { region: 'Kazakhstan' }, 'region'],
    ['tags that are no list', { tags: 'youth' }, 'tags'],
    ['a status that does not exist', { status: 'done' }, 'status'],
    ['a stage on a practice', { legislativeStage: 'drafting' }, 'legislativeStage'],
    ['both a source and noSource', { source: { documentId: 'senate-aktobe-maslikhat', quote: 'Сенат' } }, 'source'],
    ['neither a source nor noSource', { noSource: undefined }, 'source'],
    ['noSource false', { noSource: false }, 'noSource'],
    [
      'an unknown document',
      { noSource: undefined, source: { documentId: 'other-doc', quote: 'x' } },
      'source.documentId',
    ],
    [
      'a quote not in the document',
      {
        noSource: undefined,
        source: { documentId: 'senate-aktobe-maslikhat', quote: 'Этого предложения нет в тексте.' },
      },
      'source.quote',
    ],
    ['an unknown field', { budget: 100 }, 'budget'],
  ];
  for (const [name, change, field] of createCases) {
    it(`when a new initiative has ${name}, then 400 naming ${field}`, () =>
      expectRefused('POST', '/api/initiatives', JSON.stringify({ ...validNew(), ...change }), field));
  }

  it('when a field is missing or of the wrong type, then each field gets one message: "is required", or the type', async () => {
    const send = async (path: string, body: Record<string, unknown>) => {
      const res = await app.fetch(path, { method: 'POST', headers: jsonHeaders(cookie), body: JSON.stringify(body) });
      expect(res.status, JSON.stringify(body)).toBe(400);
      return (await readJson(res)).errors;
    };
    // A field chosen from a list of values is required like any other, not an "Invalid option".
    expect(await send('/api/initiatives', { ...validNew(), kind: undefined })).toEqual([
      { field: 'kind', message: 'is required', code: 'required' },
    ]);
    const account = { username: 'typed.wrong', displayName: 'Typed Wrong', role: 'official' };
    for (const password of [['a long enough password'], []]) {
      expect(await send('/api/admin/users', { ...account, password }), JSON.stringify(password)).toEqual([
        {
          field: 'password',
          message: 'Invalid input: expected string, received array',
          code: 'invalid_type',
          expected: 'string',
        },
      ]);
      expect(await send('/api/auth/login', { username: 'typed.wrong', password }), JSON.stringify(password)).toEqual([
        {
          field: 'password',
          message: 'Invalid input: expected string, received array',
          code: 'invalid_type',
          expected: 'string',
        },
      ]);
    }
  });

  it('when a login body has an unknown field or no password, then 400', async () => {
    for (const body of [{ username: 'a', password: 'b', remember: true }, { username: 'a' }]) {
      const res = await app.fetch('/api/auth/login', {
        method: 'POST',
        headers: jsonHeaders(),
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(400);
    }
  });
});
