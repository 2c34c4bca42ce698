import { importDraftSchema } from '@civic/shared';
import { Document, Packer, Paragraph } from 'docx';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, readJson } from './auth-helpers.ts';
import { draftCount, freshText, importFile, importJson, metadata, releaseText } from './import-helpers.ts';
import { startTestApp, type TestApp } from './test-app.ts';

let app: TestApp;
let official: string;

beforeAll(async () => {
  app = await startTestApp();
  official = await loginAs(app, 'official');
});
afterAll(() => app.close());

/** A refusal: problem+json with the status, the field named, and no draft stored. */
async function expectRefused(res: Response, status: number, before: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
  const body = await readJson(res);
  expect(body.errors.map((e: { field: string }) => e.field)).toContain('file');
  expect(await draftCount(app)).toBe(before);
  return body;
}

describe('POST /api/imports with pasted text', () => {
  it('when an official pastes a release, then 201 with the stored draft and candidates at their code points', async () => {
    const text = freshText();
    const res = await importJson(app, { ...metadata, text, publishedAt: '2022-05-18' }, official);
    expect(res.status).toBe(201);
    const draft = importDraftSchema.parse(await readJson(res));
    expect(res.headers.get('location')).toBe(`/api/imports/${draft.id}`);
    expect(draft).toMatchObject({ state: 'draft', text, publishedAt: '2022-05-18', origin: 'pasted', sourceId: null });
    expect(draft.createdBy).toMatch(/^Test official/);
    expect(draft.candidates.length).toBeGreaterThanOrEqual(2);
    const chars = Array.from(text);
    for (const candidate of draft.candidates) {
      expect(chars.slice(candidate.start, candidate.end).join('')).toBe(candidate.quote);
      expect(candidate.reasons.length).toBeGreaterThan(0);
    }
    expect(draft.candidates.some((c) => c.ownerId === 'government' && c.kind === 'call_to_action')).toBe(true);
    expect(draft.candidates.some((c) => c.matchId === 'local-government-law-amendments')).toBe(true);

    const again = await app.fetch(`/api/imports/${draft.id}`, { headers: { cookie: official } });
    expect(again.status).toBe(200);
    expect(await readJson(again)).toEqual(draft);
  });

  it('when the candidates name responsible bodies, then the draft names each as the gazetteer does, never by its id alone', async () => {
    const res = await importJson(app, { ...metadata, text: freshText() }, official);
    const draft = importDraftSchema.parse(await readJson(res));
    const proposed = new Set(draft.candidates.flatMap((c) => (c.ownerId ? [c.ownerId] : [])));
    expect(proposed.size).toBeGreaterThan(0);
    expect(new Set(draft.owners.map((o) => o.id))).toEqual(proposed);
    expect(draft.owners).toContainEqual({
      id: 'government',
      name: { ru: 'Правительство Республики Казахстан', en: 'Government' },
    });
    const again = await readJson(await app.fetch(`/api/imports/${draft.id}`, { headers: { cookie: official } }));
    expect(again.owners).toEqual(draft.owners);
  });

  it("when a release names only a city, then its bodies' proposals carry the region of that city", async () => {
    const text = `В городе Актобе прошла сессия маслихата. Депутаты маслихата создали молодёжный совет.\nИсточник ${Date.now()}.`;
    const res = await importJson(app, { ...metadata, text }, official);
    expect(res.status).toBe(201);
    const draft = importDraftSchema.parse(await readJson(res));
    expect(draft.facts.place).toMatchObject({ value: 'Актобе', quote: 'Актобе' });
    expect(draft.candidates.map((c) => [c.ownerId, c.region])).toEqual([['aktobe-maslikhat', 'KZ-15']]);
    expect(draft.owners).toContainEqual({
      id: 'aktobe-maslikhat',
      name: { ru: 'Маслихат (Актюбинская область)', en: 'Maslikhat (Aktobe Region)' },
    });
  });

  it('when the same text comes again, then 200 with the earlier draft and nothing new is stored', async () => {
    const text = freshText();
    const first = await readJson(await importJson(app, { ...metadata, text }, official));
    const before = await draftCount(app);
    const other = await loginAs(app, 'admin');
    const res = await importJson(app, { ...metadata, title: 'Другой заголовок', text }, other);
    expect(res.status).toBe(200);
    expect((await readJson(res)).id).toBe(first.id);
    expect(await draftCount(app)).toBe(before);
  });

  it('when the text is the seeded article, then 409 naming the source and nothing stored', async () => {
    const before = await draftCount(app);
    const res = await importJson(app, { ...metadata, text: releaseText('senate-aktobe-maslikhat') }, official);
    expect(res.status).toBe(409);
    expect(await readJson(res)).toMatchObject({
      type: '/problems/already-exists',
      sourceId: 'senate-aktobe-maslikhat',
    });
    expect(await draftCount(app)).toBe(before);
  });

  it('when a field is missing or the text is blank, then 400 naming it', async () => {
    const res = await importJson(app, { text: '  \n ', language: 'de' }, official);
    expect(res.status).toBe(400);
    const fields = (await readJson(res)).errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['text', 'title', 'publisher', 'language']));
  });

  it.each([
    ['0001-01-01', 'must not be before 2000-01-01'],
    ['1999-12-31', 'must not be before 2000-01-01'],
    ['9999-12-31', 'must not be after 2100-12-31'],
  ])(
    'when the publication date is %s, pasted or with a file, then 400 naming publishedAt and nothing stored',
    async (day, message) => {
      const before = await draftCount(app);
      const pasted = await importJson(app, { ...metadata, text: freshText(), publishedAt: day }, official);
      const file = importFile(app, 'release.txt', new TextEncoder().encode(freshText()), official, {
        ...metadata,
        publishedAt: day,
      });
      for (const res of [pasted, await file]) {
        expect(res.status).toBe(400);
        expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
        const errors = (await readJson(res)).errors;
        expect(errors).toEqual([expect.objectContaining({ field: 'publishedAt', message })]);
      }
      expect(await draftCount(app)).toBe(before);
    },
  );

  it('when a Kazakh text is imported, then it is stored with no candidates and the note that no rules exist', async () => {
    const text = `Сенат депутаттары мәслихаттармен өзара іс-қимыл жөніндегі кеңестің отырысын өткізді. ${Date.now()}`;
    const res = await importJson(app, { ...metadata, language: 'kk', text }, official);
    expect(res.status).toBe(201);
    const draft = await readJson(res);
    expect(draft.candidates).toEqual([]);
    expect(draft.rulesAvailable).toBe(false);
    expect(draft.notes.length).toBe(1);
  });
});

describe('POST /api/imports with a file', () => {
  it('when a .txt is in Windows-1251, then it is detected and stored as the same text', async () => {
    const text = freshText('senate-council-session');
    const res = await importFile(app, 'release.txt', iconv.encode(text, 'win1251'), official);
    expect(res.status).toBe(201);
    const draft = await readJson(res);
    expect(draft.text).toBe(text);
    expect(draft.origin).toBe('release.txt');
    expect(draft.candidates.length).toBeGreaterThan(0);
  });

  it('when a .txt is UTF-8 with a byte-order mark, then the mark is not part of the stored text', async () => {
    const text = freshText();
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    const draft = await readJson(await importFile(app, 'release.TXT', bytes, official));
    expect(draft.text).toBe(text);
  });

  it('when an .html page has navigation around the article, then only the article text is kept, by paragraph', async () => {
    const [headline, , ...paragraphs] = freshText().split('\n');
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>${headline}</title></head><body>
      <header><nav><ul><li><a href="/">Главная</a></li><li><a href="/news">Новости Мажилиса</a></li>
      <li><a href="/contacts">Контакты пресс-службы</a></li></ul></nav></header>
      <main><article><h1>${headline}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></main>
      <aside><h3>Читайте также</h3><ul><li><a href="/1">Сенат одобрил бюджет</a></li></ul></aside>
      <footer><p>© Пресс-служба Мажилиса. Все права защищены.</p></footer></body></html>`;
    const res = await importFile(app, 'page.html', Buffer.from(html, 'utf8'), official);
    expect(res.status).toBe(201);
    const draft = await readJson(res);
    for (const paragraph of paragraphs.slice(0, 4)) expect(draft.text).toContain(paragraph);
    expect(draft.text).toContain(`${paragraphs[0]}\n\n${paragraphs[1]}`);
    for (const chrome of ['Главная', 'Контакты пресс-службы', 'Все права защищены', 'Читайте также']) {
      expect(draft.text).not.toContain(chrome);
    }
    expect(draft.candidates.length).toBeGreaterThan(0);
  });

  it('when a .docx is sent, then its paragraphs are read as raw text', async () => {
    const paragraphs = freshText()
      .split('\n')
      .filter((p) => p !== '');
    const document = new Document({
      sections: [{ children: paragraphs.map((p) => new Paragraph({ text: p })) }],
    });
    const bytes = await Packer.toBuffer(document);
    const res = await importFile(app, 'release.docx', bytes, official);
    expect(res.status).toBe(201);
    const draft = await readJson(res);
    expect(draft.text).toBe(paragraphs.join('\n\n'));
    expect(draft.candidates.length).toBeGreaterThan(0);
  });

  it('when a .docx declares an absurd unpacked size, then 413 and it is never unpacked', async () => {
    const document = new Document({ sections: [{ children: [new Paragraph({ text: freshText() })] }] });
    const bytes = Buffer.from(await Packer.toBuffer(document));
    const entry = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(0x7fff_ffff, entry + 24);
    await expectRefused(await importFile(app, 'bomb.docx', bytes, official), 413, await draftCount(app));
  });

  it('when the file is empty, then 400 naming the file', async () => {
    await expectRefused(await importFile(app, 'empty.txt', new Uint8Array(), official), 400, await draftCount(app));
  });

  it('when a binary file is renamed .txt, then 415 saying it is not text', async () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    const body = await expectRefused(await importFile(app, 'photo.txt', bytes, official), 415, await draftCount(app));
    expect(body.detail).toMatch(/not a text file/);
  });

  it('when the file is 2 MB, then 413', async () => {
    const bytes = Buffer.alloc(2 * 1024 * 1024, 'а');
    await expectRefused(await importFile(app, 'big.txt', bytes, official), 413, await draftCount(app));
  });

  it('when a long text is being read, then the server answers other requests meanwhile', async () => {
    // About 120 000 characters: seconds of extraction, which would hold every other request if run on the event loop.
    const text = Array.from({ length: 40 }, () => freshText()).join('\n\n');
    let settled = false;
    const importing = importJson(app, { ...metadata, text }, official).finally(() => {
      settled = true;
    });
    let answered = 0;
    while (!settled) {
      const res = await app.fetch('/api/initiatives?pageSize=1');
      expect(res.status).toBe(200);
      await res.arrayBuffer();
      if (!settled) answered += 1;
    }
    expect((await importing).status).toBe(201);
    expect(answered).toBeGreaterThanOrEqual(5);
  });

  it('when pasted text is past 1 MB, then 413 naming the text', async () => {
    const before = await draftCount(app);
    const res = await importJson(app, { ...metadata, text: 'я'.repeat(600_000) }, official);
    expect(res.status).toBe(413);
    expect(await draftCount(app)).toBe(before);
  });

  it('when the file is of another kind, then 415 naming the extensions read', async () => {
    const body = await expectRefused(
      await importFile(app, 'release.pdf', Buffer.from('%PDF-1.7'), official),
      415,
      await draftCount(app),
    );
    expect(body.detail).toMatch(/\.txt, \.html or \.docx/);
  });
});

describe('who may import', () => {
  it('when anonymous, then 401 on every import route and nothing stored', async () => {
    const before = await draftCount(app);
    expect((await importJson(app, { ...metadata, text: freshText() })).status).toBe(401);
    expect((await app.fetch('/api/imports/0190a1b2-0000-7000-8000-000000000000')).status).toBe(401);
    expect(await draftCount(app)).toBe(before);
  });

  it('when a monitor tries, then 403 on every import route and nothing stored', async () => {
    const monitor = await loginAs(app, 'monitor');
    const before = await draftCount(app);
    expect((await importJson(app, { ...metadata, text: freshText() }, monitor)).status).toBe(403);
    const draft = await readJson(await importJson(app, { ...metadata, text: freshText() }, official));
    expect((await app.fetch(`/api/imports/${draft.id}`, { headers: { cookie: monitor } })).status).toBe(403);
    expect(await draftCount(app)).toBe(before + 1);
  });

  it('when an admin imports, then 201', async () => {
    expect((await importJson(app, { ...metadata, text: freshText() }, await loginAs(app, 'admin'))).status).toBe(201);
  });
});
