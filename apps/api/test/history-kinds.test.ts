import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonHeaders, loginAs, readJson } from './auth-helpers.ts';
import { rawCells, readCsv } from './export-csv-helpers.ts';
import { type Json, startTestApp, type TestApp } from './test-app.ts';

// Each kind of history entry, recorded through HTTP, and how the CSV, the Atom feed and open data show it.
describe(`history says what changed (${process.env.TEST_STORE ?? 'sqlite'})`, () => {
  let app: TestApp;
  let official = '';
  let admin = '';
  let counter = 0;
  beforeAll(async () => {
    app = await startTestApp({ now: () => new Date('2027-03-01T09:00:00.000Z') });
    official = await loginAs(app, 'official');
    admin = await loginAs(app, 'admin');
  });
  afterAll(() => app.close());

  const send = async (method: string, path: string, body?: unknown, cookie = official, headers = {}) =>
    app.fetch(path, {
      method,
      headers: jsonHeaders(cookie, headers),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const latest = async (id: string): Promise<Json> => (await app.json(`/api/initiatives/${id}/history`)).items[0];
  const version = async (id: string): Promise<number> => (await app.json(`/api/initiatives/${id}`)).version;

  async function addInitiative(overrides: Record<string, unknown> = {}): Promise<Json> {
    counter += 1;
    const res = await send(
      'POST',
      '/api/initiatives',
      {
        id: `kinds-${counter}`,
        kind: 'practice',
        title: { ru: `Вид ${counter}`, en: `Kind ${counter}` },
        summary: { ru: 'Проверка истории', en: 'History check' },
        ownerId: 'senate',
        region: 'KZ',
        noSource: true,
        ...overrides,
      },
      admin,
    );
    expect(res.status).toBe(201);
    return readJson(res);
  }

  it('when an initiative is added, then its first entry is created with no changes', async () => {
    const created = await addInitiative();
    expect(await latest(created.id)).toMatchObject({
      kind: 'created',
      changes: [],
      fromStatus: null,
      toStatus: 'proposed',
    });
  });

  it('when only the target date moves, then a field_change names targetDate from → to', async () => {
    const created = await addInitiative({ targetDate: '2027-06-30' });
    const res = await send('PATCH', `/api/initiatives/${created.id}`, {
      version: created.version,
      targetDate: '2027-12-31',
      note: 'Deadline moved by decree.',
    });
    expect(res.status).toBe(200);
    expect(await latest(created.id)).toMatchObject({
      kind: 'field_change',
      changes: [{ field: 'targetDate', from: '2027-06-30', to: '2027-12-31' }],
      note: 'Deadline moved by decree.',
    });
  });

  it('when "Update status" moves only progress, only the stage or only the target date, then each is a field_change the history calls a progress update, never a description edit', async () => {
    const created = await addInitiative({
      kind: 'legislation',
      legislativeStage: 'drafting',
      targetDate: '2027-06-30',
    });
    const moves = [{ progress: 30 }, { legislativeStage: 'public_discussion' }, { targetDate: '2027-12-31' }];
    let current = created.version;
    for (const move of moves) {
      const res = await send('PATCH', `/api/initiatives/${created.id}`, { version: current, ...move, note: 'Update.' });
      expect(res.status, JSON.stringify(move)).toBe(200);
      current = (await readJson(res)).version;
      const [field] = Object.keys(move);
      const entry = await latest(created.id);
      expect(entry.kind, JSON.stringify(move)).toBe('field_change');
      expect(entry.changes.map((change: Json) => change.field)).toContain(field);
    }
    // A description edit through its own route stays a details_change.
    const edited = await send('PATCH', `/api/initiatives/${created.id}/details`, {
      version: current,
      title: { ru: 'Другое название', en: 'Another title' },
      note: 'Title corrected.',
    });
    expect(edited.status).toBe(200);
    for (const [lang, update, edit] of [
      ['en', 'Progress update', 'Description edited'],
      ['ru', 'Обновление хода работы', 'Изменение описания'],
      ['kk', 'Жұмыс барысы жаңартылды', 'Сипаттама өзгерді'],
    ]) {
      const rows = (await readCsv(await app.fetch(`/api/export/history.csv?initiative=${created.id}&lang=${lang}`)))
        .records;
      expect(rows.map((r) => [r.kind, r.kind_label])).toEqual([
        ['created', expect.any(String)],
        ['field_change', update],
        ['field_change', update],
        ['field_change', update],
        ['details_change', edit],
      ]);
    }
    const feed = new XMLParser().parse(await (await app.fetch(`/api/initiatives/${created.id}/feed.atom`)).text()).feed;
    const titles = (Array.isArray(feed.entry) ? feed.entry : [feed.entry]).map((e: Json) => e.title);
    expect(titles.filter((title: string) => title.endsWith('— Обновление хода работы'))).toHaveLength(3);
  });

  it('when the status moves, then a status_change names status and progress', async () => {
    const created = await addInitiative();
    await send('PATCH', `/api/initiatives/${created.id}`, {
      version: created.version,
      status: 'in_progress',
      note: 'Started.',
    });
    expect(await latest(created.id)).toMatchObject({
      kind: 'status_change',
      changes: [
        { field: 'status', from: 'proposed', to: 'in_progress' },
        { field: 'progress', from: 0, to: 25 },
      ],
    });
  });

  it('when an official verifies without a change, then a verified entry with no changes', async () => {
    const created = await addInitiative();
    await send('PATCH', `/api/initiatives/${created.id}`, {
      version: created.version,
      verifiedOnly: true,
      note: 'Checked.',
    });
    expect(await latest(created.id)).toMatchObject({ kind: 'verified', changes: [] });
  });

  it('when a milestone is added, edited, completed and removed, then four entries name each move', async () => {
    const created = await addInitiative();
    const path = `/api/initiatives/${created.id}/milestones`;
    const milestone = await readJson(await send('POST', path, { title: 'Hearing', dueDate: '2027-04-01' }));
    expect(await latest(created.id)).toMatchObject({
      kind: 'milestone_added',
      note: 'Hearing',
      changes: [
        { field: 'milestone.title', from: null, to: 'Hearing' },
        { field: 'milestone.dueDate', from: null, to: '2027-04-01' },
      ],
    });
    await send('PATCH', `${path}/${milestone.id}`, { version: 1, dueDate: '2027-05-01' });
    expect(await latest(created.id)).toMatchObject({
      kind: 'milestone_changed',
      changes: [{ field: 'milestone.dueDate', from: '2027-04-01', to: '2027-05-01' }],
    });
    await send('PATCH', `${path}/${milestone.id}`, { version: 2, completed: true, completedOn: '2027-02-27' });
    expect(await latest(created.id)).toMatchObject({
      kind: 'milestone_completed',
      changes: [{ field: 'milestone.completedOn', from: null, to: '2027-02-27' }],
    });
    const removal = await send('DELETE', `${path}/${milestone.id}`, undefined, official, { 'If-Match': '"3"' });
    expect(removal.status).toBe(204);
    expect(await latest(created.id)).toMatchObject({
      kind: 'milestone_removed',
      note: 'Hearing',
      changes: [
        { field: 'milestone.title', from: 'Hearing', to: null },
        { field: 'milestone.dueDate', from: '2027-05-01', to: null },
        { field: 'milestone.completedOn', from: '2027-02-27', to: null },
      ],
    });
  });

  it('when a child moves, then its parent and grandparent get a rollup entry naming progress, and new versions', async () => {
    const grandparent = await addInitiative();
    const parent = await addInitiative({ parentId: grandparent.id });
    const child = await addInitiative({ parentId: parent.id });
    const before = { parent: await version(parent.id), grandparent: await version(grandparent.id) };
    const res = await send('PATCH', `/api/initiatives/${child.id}`, {
      version: child.version,
      progress: 40,
      note: 'Half way.',
    });
    expect(res.status).toBe(200);
    for (const id of [parent.id, grandparent.id]) {
      expect(await latest(id)).toMatchObject({ kind: 'rollup', changes: [{ field: 'progress', from: 0, to: 40 }] });
    }
    expect(await version(parent.id)).toBeGreaterThan(before.parent);
    expect(await version(grandparent.id)).toBeGreaterThan(before.grandparent);
  });

  it('when the history is exported, then history.csv has kind, kind_label and changes in words, the feed and open data the same entries', async () => {
    const created = await addInitiative({ targetDate: '2027-06-30' });
    await send('PATCH', `/api/initiatives/${created.id}`, {
      version: created.version,
      targetDate: '2028-01-31',
      note: 'Moved.',
    });
    const rows = (await readCsv(await app.fetch(`/api/export/history.csv?initiative=${created.id}&lang=en`))).records;
    expect(rows.map((r) => [r.kind, r.kind_label, r.changes])).toEqual([
      ['created', 'Added to the register', ''],
      ['field_change', 'Progress update', 'Target date: 2027-06-30 → 2028-01-31'],
    ]);
    const feed = new XMLParser().parse(await (await app.fetch(`/api/initiatives/${created.id}/feed.atom`)).text()).feed;
    const entries = Array.isArray(feed.entry) ? feed.entry : [feed.entry];
    expect(entries[0].title).toBe(`Вид ${counter} — Обновление хода работы`);
    expect(entries[0].content).toBe('Целевой срок: 2027-06-30 → 2028-01-31\n\nMoved.');
    const open: Json = await (await app.fetch('/api/export/open-data.json')).json();
    const entry = open.history.find((h: Json) => h.initiativeId === created.id && h.kind === 'field_change');
    expect(entry.changes).toEqual([{ field: 'targetDate', from: '2027-06-30', to: '2028-01-31' }]);
  });

  it('when a milestone title starts with a formula sign, then the changes cell still starts with the field name', async () => {
    const created = await addInitiative();
    await send('POST', `/api/initiatives/${created.id}/milestones`, { title: '=HYPERLINK("http://x")' });
    const file = await readCsv(await app.fetch(`/api/export/history.csv?initiative=${created.id}&lang=en`));
    const added = file.records.find((r) => r.kind === 'milestone_added');
    expect(added?.changes).toBe('Milestone title: — → =HYPERLINK("http://x")');
    expect(added?.note).toBe('=HYPERLINK("http://x")');
    expect(rawCells(file)).toContain('\'=HYPERLINK("http://x")');
  });
});
