import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, jsonHeaders, login, readJson } from './auth-helpers.ts';
import { type Json, startTestApp, type TestApp } from './test-app.ts';

/** The roll-up keeps a parent's progress in line with its status (followedProgress, docs/progress.md). */
describe("a parent's roll-up and its status", () => {
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
  const send = (method: string, path: string, body: unknown, cookie = official) =>
    app.fetch(path, { method, headers: jsonHeaders(cookie), body: JSON.stringify(body) });

  async function patch(id: string, body: Record<string, unknown>): Promise<Json> {
    const now = await detail(id);
    const res = await send('PATCH', `/api/initiatives/${id}`, { version: now.version, ...body });
    expect(res.status, await res.clone().text()).toBe(200);
    return readJson(res);
  }
  async function moveTo(id: string, parentId: string | null): Promise<void> {
    const now = await detail(id);
    const res = await send('PATCH', `/api/initiatives/${id}/details`, {
      version: now.version,
      parentId,
      note: 'Moved.',
    });
    expect(res.status, await res.clone().text()).toBe(200);
  }
  async function createInitiative(overrides: Record<string, unknown> = {}): Promise<Json> {
    counter += 1;
    const res = await send(
      'POST',
      '/api/initiatives',
      {
        id: `rollup-${counter}-${Date.now().toString(36)}`,
        kind: 'practice',
        title: { ru: `Инициатива ${counter}`, en: `Initiative ${counter}`, kk: `Бастама ${counter}` },
        summary: { ru: 'Описание', en: 'Summary' },
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

  it('when a proposed child moves under a completed parent, then the parent stays completed at 100 %', async () => {
    const parent = await createInitiative();
    await patch(parent.id, { status: 'completed', note: 'Done.' });
    const child = await createInitiative();
    await moveTo(child.id, parent.id);
    expect(await detail(parent.id)).toMatchObject({ status: 'completed', progress: 100 });
    await patch(child.id, { progress: 30, note: 'Thirty.' });
    expect(await detail(parent.id)).toMatchObject({ status: 'completed', progress: 100 });
    const sibling = await createInitiative({ parentId: parent.id });
    await patch(sibling.id, { status: 'withdrawn', note: 'Dropped.' });
    await moveTo(child.id, null);
    expect(await detail(parent.id)).toMatchObject({ status: 'completed', progress: 100 });
    expect((await history(parent.id)).filter((entry) => entry.kind === 'rollup')).toEqual([]);
  });

  it('when a following parent is completed, then it takes 100 % whatever its children say', async () => {
    const parent = await createInitiative();
    const child = await createInitiative({ parentId: parent.id });
    await patch(child.id, { progress: 40, note: 'Forty.' });
    expect(await detail(parent.id)).toMatchObject({ progress: 40, progressSource: 'children' });
    const done = await patch(parent.id, { status: 'completed', note: 'Accepted as done.' });
    expect(done).toMatchObject({ status: 'completed', progress: 100 });
    // Reopened, it follows its children's mean again.
    const reopened = await patch(parent.id, { status: 'in_progress', note: 'Reopened.' });
    expect(reopened).toMatchObject({ status: 'in_progress', progress: 40, progressSource: 'children' });
  });

  it('when every child is completed and the parent is not, then the parent stops at 99 %: 100 % is only for a completed initiative', async () => {
    const parent = await createInitiative();
    const a = await createInitiative({ parentId: parent.id });
    const b = await createInitiative({ parentId: parent.id });
    await patch(a.id, { status: 'completed', note: 'Done.' });
    expect((await detail(parent.id)).progress).toBe(50);
    await patch(b.id, { status: 'completed', note: 'Done too.' });
    expect(await detail(parent.id)).toMatchObject({ status: 'proposed', progress: 99 });
    expect((await patch(parent.id, { status: 'completed', note: 'All done.' })).progress).toBe(100);
  });

  it('when a withdrawn parent has children, then their changes leave its figure where it was dropped', async () => {
    const parent = await createInitiative();
    const child = await createInitiative({ parentId: parent.id });
    await patch(child.id, { progress: 20, note: 'Twenty.' });
    await patch(parent.id, { status: 'withdrawn', note: 'Dropped.' });
    await patch(child.id, { progress: 60, note: 'Sixty.' });
    expect(await detail(parent.id)).toMatchObject({ status: 'withdrawn', progress: 20 });
  });

  it('when the roll-up moves a parent, then its rollup entry names the child it came through, in each language', async () => {
    const top = await createInitiative();
    const middle = await createInitiative({ parentId: top.id });
    const leaf = await createInitiative({ parentId: middle.id });
    await createInitiative({ parentId: middle.id });
    await patch(leaf.id, { progress: 60, note: 'Sixty.' });
    const [middleEntry] = await history(middle.id);
    expect(middleEntry).toMatchObject({
      kind: 'rollup',
      cause: { id: leaf.id, title: leaf.title },
      changes: [{ field: 'progress', from: 0, to: 30 }],
    });
    const [topEntry] = await history(top.id);
    expect(topEntry).toMatchObject({ kind: 'rollup', cause: { id: middle.id, title: middle.title } });
    // A child moved out is named by the parent it left.
    await moveTo(leaf.id, null);
    expect((await history(middle.id))[0]).toMatchObject({
      kind: 'rollup',
      cause: { id: leaf.id },
      changes: [{ field: 'progress', from: 30, to: 0 }],
    });
  });
});
