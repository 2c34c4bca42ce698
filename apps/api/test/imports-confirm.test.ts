import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, jsonHeaders, login, readJson } from './auth-helpers.ts';
import { freshText, importJson, metadata } from './import-helpers.ts';
import { type Json, readVersion, startTestApp, type TestApp, updateInitiative } from './test-app.ts';

let app: TestApp;
let official: string;
let officialName: string;
const tracked = 'local-government-law-amendments';

beforeAll(async () => {
  app = await startTestApp();
  const created = await createUser(app.store, { role: 'official', displayName: 'Айгерим Сапарова' });
  officialName = created.user.displayName;
  official = await login(app, created.username, created.password);
});
afterAll(() => app.close());

let counter = 0;

async function newDraft(): Promise<Json> {
  const res = await importJson(app, { ...metadata, text: freshText() }, official);
  expect(res.status).toBe(201);
  return readJson(res);
}

/** The confirm an official sends after review: two candidates accepted (one edited), one update. */
async function reviewed(draft: Json, trackedVersion?: number) {
  counter += 1;
  const [law, , call] = draft.candidates;
  return {
    initiatives: [
      {
        id: `first-reading-bill-${counter}`,
        kind: 'legislation',
        title: { ru: 'Законопроект об общественных советах', en: 'Bill on public councils' },
        ownerId: 'mazhilis',
        region: 'KZ',
        status: 'under_review',
        legislativeStage: 'mazhilis',
        passage: { quote: draft.candidates[1].quote },
      },
      {
        id: `deputy-selection-rules-${counter}`,
        kind: call.kind,
        title: { ru: 'Правила отбора освобождённых депутатов', en: '' },
        englishTitleMissing: true,
        ownerId: call.ownerId,
        region: 'KZ',
        status: call.status,
        passage: { quote: call.quote },
      },
    ],
    updates: [
      {
        initiativeId: law.matchId,
        version: trackedVersion ?? (await readVersion(app, law.matchId)),
        legislativeStage: 'senate',
        status: 'under_review',
        note: 'Мажилис принял поправки и направил их в Сенат.',
        evidence: { quote: law.quote },
      },
    ],
  };
}

const confirm = (id: string, body: object, cookie = official) =>
  app.fetch(`/api/imports/${id}/confirm`, { method: 'POST', headers: jsonHeaders(cookie), body: JSON.stringify(body) });

const sourceCount = async () => (await app.json('/api/sources')).items.length;

describe('POST /api/imports/:id/confirm', () => {
  it('when an official confirms, then the source, the initiatives and the update with its evidence are written', async () => {
    const draft = await newDraft();
    expect(draft.candidates[0].matchId).toBe(tracked);
    const body = await reviewed(draft);
    const before = await readVersion(app, tracked);
    const res = await confirm(draft.id, body);
    expect(res.status).toBe(201);
    const result = await readJson(res);
    expect(res.headers.get('location')).toBe(`/api/sources/${result.sourceId}`);
    expect(result.initiatives).toEqual([
      { id: body.initiatives[0]?.id, englishTitleMissing: false },
      { id: body.initiatives[1]?.id, englishTitleMissing: true },
    ]);

    const chars = Array.from(draft.text as string);
    const bill = await app.json(`/api/initiatives/${body.initiatives[0]?.id}`);
    expect(bill.owner.id).toBe('mazhilis');
    expect(bill.owner.name.ru).toBe('Мажилис Парламента Республики Казахстан');
    expect(bill.source.documentId).toBe(result.sourceId);
    expect(chars.slice(bill.source.start, bill.source.end).join('')).toBe(bill.source.quote);
    const missing = await app.store.db
      .selectFrom('initiatives')
      .select(['title_en', 'title_en_missing'])
      .where('id', '=', body.initiatives[1]?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(missing).toEqual({ title_en: 'Правила отбора освобождённых депутатов', title_en_missing: 1 });
    expect((await app.json(`/api/initiatives/${body.initiatives[1]?.id}`)).titleEnMissing).toBe(true);
    expect(bill.titleEnMissing).toBe(false);
    const inList = await app.json(`/api/initiatives?pageSize=100&sort=-createdAt`);
    const flags = Object.fromEntries(inList.items.map((i: Json) => [i.id, i.titleEnMissing]));
    expect([flags[body.initiatives[0]?.id ?? ''], flags[body.initiatives[1]?.id ?? '']]).toEqual([false, true]);

    const [update] = result.updates;
    expect(update.version).toBe(before + 1);
    expect(chars.slice(update.evidence.start, update.evidence.end).join('')).toBe(update.evidence.quote);
    const law = await app.json(`/api/initiatives/${tracked}`);
    expect(law).toMatchObject({ version: before + 1, legislativeStage: 'senate' });
    const history = await app.json(`/api/initiatives/${tracked}/history`);
    expect(history.items[0]).toMatchObject({ actor: officialName, toStage: 'senate', note: body.updates[0]?.note });
    expect(history.items[0].evidence).toEqual(update.evidence);
    expect(history.items.slice(1).every((entry: Json) => entry.evidence === undefined)).toBe(true);
    const bills = await app.json(`/api/initiatives/${body.initiatives[0]?.id}/history`);
    expect(bills.items[0].actor).toBe(officialName);

    const source = await app.json(`/api/sources/${result.sourceId}`);
    expect(source.text).toBe(draft.text);
    expect(source.passages.map((p: Json) => [p.initiativeId, p.citation])).toEqual([
      [tracked, 'evidence'],
      [body.initiatives[0]?.id, 'origin'],
      [body.initiatives[1]?.id, 'origin'],
    ]);
    const citations = (await app.json(`/api/initiatives/${tracked}/sources`)).items;
    expect(citations.map((c: Json) => [c.documentId, c.citation])).toEqual([
      ['senate-aktobe-maslikhat', 'origin'],
      [result.sourceId, 'evidence'],
    ]);
    expect(citations[1]).toMatchObject({
      quote: update.evidence.quote,
      start: update.evidence.start,
      publishedAt: null,
    });
    expect(citations[1].at).toEqual(expect.any(String));
    const article = Array.from((await app.json('/api/sources/senate-aktobe-maslikhat')).text as string);
    expect(article.slice(citations[0].start, citations[0].end).join('')).toBe(citations[0].quote);
    expect((await app.fetch('/api/initiatives/no-such-initiative/sources')).status).toBe(404);
    const listed = (await app.json('/api/sources')).items.find((s: Json) => s.id === result.sourceId);
    expect(listed).toMatchObject({ initiativeCount: 2, updateCount: 1, publishedAt: null });
    const stored = await app.fetch(`/api/imports/${draft.id}`, { headers: { cookie: official } });
    expect(await readJson(stored)).toMatchObject({ state: 'confirmed', sourceId: result.sourceId });
    const row = await app.store.db
      .selectFrom('source_documents')
      .select(['imported_by', 'sha256'])
      .where('id', '=', result.sourceId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ imported_by: officialName, sha256: draft.sha256 });
  });

  it('when the English title left for later is given, then the initiative is no longer flagged', async () => {
    const draft = await newDraft();
    const body = await reviewed(draft);
    expect((await confirm(draft.id, body)).status).toBe(201);
    const id = body.initiatives[1]?.id ?? '';
    const before = await app.json(`/api/initiatives/${id}`);
    expect(before).toMatchObject({ titleEnMissing: true, title: { en: before.title.ru } });
    const res = await app.fetch(`/api/initiatives/${id}/details`, {
      method: 'PATCH',
      headers: jsonHeaders(official),
      body: JSON.stringify({
        version: before.version,
        title: { ru: before.title.ru, en: 'Rules for selecting full-time deputies' },
        note: 'English title given.',
      }),
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await app.json(`/api/initiatives/${id}`)).toMatchObject({
      titleEnMissing: false,
      title: { en: 'Rules for selecting full-time deputies' },
    });
  });

  it('when an update was made on a version the official did not see, then 409 listing it and nothing is written', async () => {
    const draft = await newDraft();
    const seen = await readVersion(app, tracked);
    await updateInitiative(app, official, tracked, { version: seen, verifiedOnly: true, note: 'Проверено.' });
    const sources = await sourceCount();
    const body = await reviewed(draft, seen);
    const res = await confirm(draft.id, body);
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const problem = await readJson(res);
    expect(problem.type).toBe('/problems/version-conflict');
    expect(problem.stale).toEqual([{ initiativeId: tracked, version: seen + 1 }]);
    expect(await sourceCount()).toBe(sources);
    expect((await app.fetch(`/api/initiatives/${body.initiatives[0]?.id}`)).status).toBe(404);
    expect(await readVersion(app, tracked)).toBe(seen + 1);
    const stored = await app.fetch(`/api/imports/${draft.id}`, { headers: { cookie: official } });
    expect((await readJson(stored)).state).toBe('draft');
  });

  it('when two officials confirm the same draft at once, then one wins and the other gets 409', async () => {
    const draft = await newDraft();
    const body = { initiatives: [], updates: [] };
    const other = await login(app, ...(await credentials()));
    const results = await Promise.all([confirm(draft.id, body), confirm(draft.id, body, other)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const rows = await app.store.db
      .selectFrom('source_documents')
      .select('id')
      .where('sha256', '=', draft.sha256)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('when two confirms race to update the same initiative at the same version, then exactly one update lands', async () => {
    const [a, b] = [await newDraft(), await newDraft()];
    const seen = await readVersion(app, tracked);
    const results = await Promise.all([confirm(a.id, await reviewed(a, seen)), confirm(b.id, await reviewed(b, seen))]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await readVersion(app, tracked)).toBe(seen + 1);
  });

  it('when a quote is not in the text, then 400 naming it and nothing is written', async () => {
    const draft = await newDraft();
    const body = await reviewed(draft);
    const sources = await sourceCount();
    const first = body.initiatives[0];
    if (first) first.passage.quote = 'Этой фразы в тексте нет.';
    const res = await confirm(draft.id, body);
    expect(res.status).toBe(400);
    expect((await readJson(res)).errors.map((e: Json) => e.field)).toEqual(['initiatives.0.passage.quote']);
    expect(await sourceCount()).toBe(sources);
  });

  it.each(['0001-01-01', '9999-12-31'])(
    'when the publication date given at the confirm is %s, then 400 naming publishedAt and nothing is written',
    async (day) => {
      const draft = await newDraft();
      const body = await reviewed(draft);
      const sources = await sourceCount();
      const res = await confirm(draft.id, { ...body, publishedAt: day });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect((await readJson(res)).errors.map((e: Json) => e.field)).toEqual(['publishedAt']);
      expect(await sourceCount()).toBe(sources);
    },
  );

  it('when the English title is empty and not marked missing, then 400 naming title.en', async () => {
    const draft = await newDraft();
    const body = await reviewed(draft);
    const second = body.initiatives[1];
    if (second) delete (second as { englishTitleMissing?: boolean }).englishTitleMissing;
    const res = await confirm(draft.id, body);
    expect(res.status).toBe(400);
    expect((await readJson(res)).errors.map((e: Json) => e.field)).toEqual(['initiatives.1.title.en']);
  });

  it('when the owner is neither known nor in the gazetteer, then 400 naming it', async () => {
    const draft = await newDraft();
    const body = await reviewed(draft);
    const first = body.initiatives[0];
    if (first) first.ownerId = 'ministry-of-magic';
    const res = await confirm(draft.id, body);
    expect(res.status).toBe(400);
    expect((await readJson(res)).errors.map((e: Json) => e.field)).toEqual(['initiatives.0.ownerId']);
  });
});

async function credentials(): Promise<[string, string]> {
  const { username, password } = await createUser(app.store, { role: 'admin' });
  return [username, password];
}
