import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, jsonHeaders, login, readJson } from './auth-helpers.ts';
import { type Json, startTestApp, type TestApp } from './test-app.ts';

describe('PATCH /api/initiatives/:id/details and the roll-up rules', () => {
  let app: TestApp;
  let official: string;
  let admin: string;
  let counter = 0;
  beforeAll(async () => {
    app = await startTestApp();
    const o = await createUser(app.store, { role: 'official', displayName: 'Dana Omarova' });
    official = await login(app, o.username, o.password);
    const a = await createUser(app.store, { role: 'admin' });
    admin = await login(app, a.username, a.password);
  });
  afterAll(() => app.close());

  const detail = (id: string): Promise<Json> => app.json(`/api/initiatives/${id}`);
  const history = async (id: string): Promise<Json[]> => (await app.json(`/api/initiatives/${id}/history`)).items;
  const send = (method: string, path: string, body: unknown, cookie = official, headers: Record<string, string> = {}) =>
    app.fetch(path, { method, headers: jsonHeaders(cookie, headers), body: JSON.stringify(body) });
  const editDetails = (id: string, body: unknown, headers: Record<string, string> = {}) =>
    send('PATCH', `/api/initiatives/${id}/details`, body, official, headers);
  const patch = (id: string, body: unknown) => send('PATCH', `/api/initiatives/${id}`, body);

  /** A fresh initiative of this test's own, made by the admin. */
  async function createInitiative(overrides: Record<string, unknown> = {}): Promise<Json> {
    counter += 1;
    const res = await send(
      'POST',
      '/api/initiatives',
      {
        id: `details-${counter}-${Date.now().toString(36)}`,
        kind: 'practice',
        title: { ru: 'Исходное название', en: 'Original title' },
        summary: { ru: 'Исходное описание', en: 'Original summary' },
        ownerId: 'senate',
        region: 'KZ',
        noSource: true,
        ...overrides,
      },
      admin,
    );
    expect(res.status, await res.clone().text()).toBe(201);
    return readJson(res);
  }

  const problemFields = async (res: Response) => ((await readJson(res)).errors ?? []).map((e: Json) => e.field);

  it('when an official edits the descriptive fields, then they change, the version moves and one details_change entry names each field from → to', async () => {
    const item = await createInitiative();
    const res = await editDetails(item.id, {
      version: item.version,
      title: { ru: 'Новое название', en: 'New title', kk: 'Жаңа атау' },
      ownerId: 'government',
      kind: 'recommendation',
      region: 'KZ-15',
      note: 'The owner was named wrongly.',
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const after = await readJson(res);
    expect(res.headers.get('etag')).toMatch(new RegExp(`^"${item.version + 1}-\\d{8}"$`));
    expect(after).toMatchObject({
      title: { ru: 'Новое название', en: 'New title', kk: 'Жаңа атау' },
      summary: item.summary,
      owner: { id: 'government' },
      kind: 'recommendation',
      region: 'KZ-15',
      version: item.version + 1,
      lastVerifiedAt: item.lastVerifiedAt,
    });
    const [latest] = await history(item.id);
    expect(latest).toMatchObject({
      kind: 'details_change',
      note: 'The owner was named wrongly.',
      actor: 'Dana Omarova',
    });
    expect(latest.changes).toEqual([
      { field: 'title.ru', from: 'Исходное название', to: 'Новое название' },
      { field: 'title.kk', from: null, to: 'Жаңа атау' },
      { field: 'title.en', from: 'Original title', to: 'New title' },
      { field: 'ownerId', from: 'senate', to: 'government' },
      { field: 'kind', from: 'practice', to: 'recommendation' },
      { field: 'region', from: 'KZ', to: 'KZ-15' },
    ]);
    // The list search reads the new title.
    const found = await app.json(`/api/initiatives?q=${encodeURIComponent('Жаңа атау')}`);
    expect(found.items.map((i: Json) => i.id)).toContain(item.id);
  });

  it('when a text is edited in one language, then that language alone changes, the others are kept, and the history names only it; kk: null removes the Kazakh text', async () => {
    const item = await createInitiative({
      title: { ru: 'Исходное название', en: 'Original title', kk: 'Бастапқы атау' },
    });
    const ru = await editDetails(item.id, {
      version: item.version,
      title: { ru: 'Уточнённое название' },
      note: 'Russian title corrected.',
    });
    expect(ru.status, await ru.clone().text()).toBe(200);
    expect((await readJson(ru)).title).toEqual({
      ru: 'Уточнённое название',
      en: 'Original title',
      kk: 'Бастапқы атау',
    });
    const [first] = await history(item.id);
    expect(first.changes).toEqual([{ field: 'title.ru', from: 'Исходное название', to: 'Уточнённое название' }]);

    const kk = await editDetails(item.id, {
      version: item.version + 1,
      title: { kk: null },
      summary: { en: 'A clearer summary' },
      note: 'The Kazakh title was a draft.',
    });
    expect(kk.status, await kk.clone().text()).toBe(200);
    const after = await readJson(kk);
    expect(after.title).toEqual({ ru: 'Уточнённое название', en: 'Original title' });
    expect(after.summary).toEqual({ ru: 'Исходное описание', en: 'A clearer summary' });
    const [second] = await history(item.id);
    expect(second.changes).toEqual([
      { field: 'title.kk', from: 'Бастапқы атау', to: null },
      { field: 'summary.en', from: 'Original summary', to: 'A clearer summary' },
    ]);

    // Naming a language with the text it already has changes nothing: 400, as any edit that moves nothing.
    const same = await editDetails(item.id, { version: item.version + 2, title: { en: 'Original title' }, note: 'x' });
    expect(same.status).toBe(400);
    expect(await problemFields(same)).toEqual(['title']);
    expect((await detail(item.id)).version).toBe(item.version + 2);
  });

  it("when the owner moved, then the history CSV and the Atom feed name both bodies in the reader's language, not their ids", async () => {
    const item = await createInitiative();
    const res = await editDetails(item.id, { version: item.version, ownerId: 'government', note: 'Named wrongly.' });
    expect(res.status, await res.clone().text()).toBe(200);
    const owners: Json[] = (await app.json('/api/owners')).items.map((entry: Json) => entry.owner);
    const name = (id: string, lang: 'ru' | 'en') => owners.find((owner) => owner.id === id)?.name[lang];
    for (const lang of ['ru', 'en'] as const) {
      const moved = `${name('senate', lang)} → ${name('government', lang)}`;
      const csv = await (await app.fetch(`/api/export/history.csv?lang=${lang}`)).text();
      const row = csv.split('\n').find((line) => line.includes(`,${item.id},`) && line.includes('details_change'));
      expect(row).toContain(moved);
      expect(row).not.toContain('senate → government');
      const atom = await (await app.fetch(`/api/initiatives/${item.id}/feed.atom?lang=${lang}`)).text();
      expect(atom).toContain(moved);
      expect(atom).not.toContain('senate → government');
    }
  });

  it('when no version is sent, then 428; when the version is stale, then 409 carrying the initiative as it stands, and nothing is written', async () => {
    const item = await createInitiative();
    const none = await editDetails(item.id, { region: 'KZ-15', note: 'No version.' });
    expect(none.status).toBe(428);
    expect(none.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const first = await editDetails(item.id, { version: item.version, region: 'KZ-15', note: 'First.' });
    expect(first.status).toBe(200);
    const stale = await editDetails(item.id, { version: item.version, region: 'KZ-27', note: 'Second.' });
    expect(stale.status).toBe(409);
    expect((await readJson(stale)).current).toMatchObject({ region: 'KZ-15', version: item.version + 1 });
    const viaEtag = await editDetails(
      item.id,
      { region: 'KZ-27', note: 'By ETag.' },
      { 'If-Match': `"${item.version}"` },
    );
    expect(viaEtag.status).toBe(409);
    expect((await history(item.id)).filter((h) => h.kind === 'details_change')).toHaveLength(1);
  });

  it('when a field is bad, then 400 naming it: unknown owner, unknown parent, a region that is no code, the source quote, nothing to change', async () => {
    const item = await createInitiative();
    const v = item.version;
    const cases: [unknown, string][] = [
      [{ version: v, ownerId: 'nobody-here', note: 'x' }, 'ownerId'],
      [{ version: v, parentId: 'no-such-parent', note: 'x' }, 'parentId'],
      [{ version: v, region: 'Aktobe', note: 'x' }, 'region'],
      [{ version: v, title: { ru: 'Русский', en: null }, note: 'x' }, 'title.en'],
      [{ version: v, title: { ru: '  ' }, note: 'x' }, 'title.ru'],
      [{ version: v, summary: { kk: '' }, note: 'x' }, 'summary.kk'],
      [{ version: v, title: {}, note: 'x' }, 'title'],
      [{ version: v, title: { ru: 'Русский', de: 'Deutsch' }, note: 'x' }, 'title.de'],
      [{ version: v, source: { documentId: 'x', quote: 'y' }, note: 'x' }, 'source'],
      [{ version: v, region: item.region, note: 'x' }, 'title'],
      [{ version: v, region: 'KZ-15', note: '  ' }, 'note'],
    ];
    for (const [body, field] of cases) {
      const res = await editDetails(item.id, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(
        (await problemFields(res)).some((f: string) => f.endsWith(field)),
        JSON.stringify(body),
      ).toBe(true);
    }
    expect((await detail(item.id)).version).toBe(v);
  });

  it('when legislation with a stage would become another kind, then 400 naming kind', async () => {
    const bill = await createInitiative({ kind: 'legislation', legislativeStage: 'drafting' });
    const res = await editDetails(bill.id, { version: bill.version, kind: 'practice', note: 'Not a bill.' });
    expect(res.status).toBe(400);
    expect(await problemFields(res)).toContain('kind');
  });

  it('when a new parent would make an initiative its own ancestor, then 400 naming parentId', async () => {
    const top = await createInitiative();
    const middle = await createInitiative({ parentId: top.id });
    const bottom = await createInitiative({ parentId: middle.id });
    for (const parentId of [top.id, bottom.id, middle.id]) {
      const current = await detail(top.id);
      const res = await editDetails(top.id, { version: current.version, parentId: parentId, note: 'Loop.' });
      expect(res.status, parentId).toBe(400);
      expect(await problemFields(res)).toContain('parentId');
    }
    expect((await detail(top.id)).parentId).toBeNull();
  });

  it('when an initiative moves to another parent, then both the old and the new parent roll up, each with a rollup entry', async () => {
    const oldParent = await createInitiative();
    const newParent = await createInitiative();
    const stays = await createInitiative({ parentId: oldParent.id });
    const moves = await createInitiative({ parentId: oldParent.id });
    const set = await patch(moves.id, { version: moves.version, progress: 80, note: 'Far along.' });
    expect(set.status).toBe(200);
    expect((await detail(oldParent.id)).progress).toBe(40);
    const movesNow = await detail(moves.id);
    const res = await editDetails(moves.id, {
      version: movesNow.version,
      parentId: newParent.id,
      note: 'Wrong parent.',
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expect((await readJson(res)).parent).toMatchObject({ id: newParent.id });
    const oldAfter = await detail(oldParent.id);
    expect(oldAfter.progress).toBe(stays.progress);
    expect(oldAfter.children.map((c: Json) => c.id)).toEqual([stays.id]);
    const newAfter = await detail(newParent.id);
    expect(newAfter).toMatchObject({ progress: 80, progressSource: 'children' });
    expect((await history(oldParent.id))[0]).toMatchObject({
      kind: 'rollup',
      changes: [{ field: 'progress', from: 40, to: 0 }],
    });
    expect((await history(newParent.id))[0]).toMatchObject({
      kind: 'rollup',
      changes: [{ field: 'progress', from: 0, to: 80 }],
    });
    const [entry] = await history(moves.id);
    expect(entry.changes).toEqual([{ field: 'parentId', from: oldParent.id, to: newParent.id }]);
  });

  it("when a child is withdrawn, then it leaves its parent's average; when all are, the parent keeps its figure", async () => {
    const parent = await createInitiative();
    const a = await createInitiative({ parentId: parent.id });
    const b = await createInitiative({ parentId: parent.id });
    expect((await patch(a.id, { version: a.version, progress: 60, note: 'Sixty.' })).status).toBe(200);
    expect((await detail(parent.id)).progress).toBe(30);
    const bNow = await detail(b.id);
    expect((await patch(b.id, { version: bNow.version, status: 'withdrawn', note: 'Dropped.' })).status).toBe(200);
    expect((await detail(parent.id)).progress).toBe(60);
    const aNow = await detail(a.id);
    expect((await patch(a.id, { version: aNow.version, status: 'withdrawn', note: 'Dropped too.' })).status).toBe(200);
    expect((await detail(parent.id)).progress).toBe(60);
  });

  it("when a parent's progress was typed in, then it stops following its children until an official asks it to follow them again", async () => {
    const parent = await createInitiative();
    const child = await createInitiative({ parentId: parent.id });
    const parentNow = await detail(parent.id);
    expect((await patch(parent.id, { version: parentNow.version, progress: 10, note: 'Set by hand.' })).status).toBe(
      200,
    );
    expect((await patch(child.id, { version: child.version, progress: 70, note: 'Seventy.' })).status).toBe(200);
    const still = await detail(parent.id);
    expect(still).toMatchObject({ progress: 10, progressSource: 'explicit' });

    const wrong = await patch(parent.id, { version: still.version, followChildren: true, progress: 20, note: 'x' });
    expect(wrong.status).toBe(400);
    expect(await problemFields(wrong)).toContain('followChildren');
    const stale = await patch(parent.id, { version: still.version - 1, followChildren: true, note: 'x' });
    expect(stale.status).toBe(409);

    const res = await patch(parent.id, { version: still.version, followChildren: true, note: 'Back to the children.' });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await readJson(res)).toMatchObject({ progress: 70, progressSource: 'children', version: still.version + 1 });
    expect((await history(parent.id))[0]).toMatchObject({
      kind: 'follow_children',
      changes: [{ field: 'progress', from: 10, to: 70 }],
      note: 'Back to the children.',
    });
    const childNow = await detail(child.id);
    expect((await patch(child.id, { version: childNow.version, progress: 90, note: 'Ninety.' })).status).toBe(200);
    expect((await detail(parent.id)).progress).toBe(90);
  });

  it('when an initiative without children is asked to follow them, then 400 naming followChildren', async () => {
    const lone = await createInitiative();
    const res = await patch(lone.id, { version: lone.version, followChildren: true, note: 'x' });
    expect(res.status).toBe(400);
    expect(await problemFields(res)).toContain('followChildren');
  });
});
