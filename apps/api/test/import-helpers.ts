import fs from 'node:fs';
import path from 'node:path';
import type { TestApp } from './test-app.ts';

/** A release of the development corpus, as an official would paste it. */
export const releaseText = (name: string): string =>
  fs.readFileSync(path.join(import.meta.dirname, 'fixtures/extraction-corpus', `${name}.ru.txt`), 'utf8');

export const metadata = {
  title: 'Мажилис принял поправки о местном самоуправлении',
  publisher: 'Пресс-служба Мажилиса',
  language: 'ru',
};

let counter = 0;

/** A text no other import has: the release with a numbered line after it. */
export function freshText(name = 'mazhilis-law'): string {
  counter += 1;
  return `${releaseText(name)}\nИсточник ${process.pid}-${Date.now()}-${counter}.`;
}

/** POST /api/imports as JSON, as the holder of the cookie. */
export function importJson(app: TestApp, body: object, cookie?: string): Promise<Response> {
  return app.fetch('/api/imports', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
}

/** POST /api/imports as multipart/form-data with one file and the metadata fields. */
export function importFile(
  app: TestApp,
  name: string,
  bytes: Uint8Array,
  cookie: string,
  fields: Record<string, string> = metadata,
) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append('file', new Blob([bytes]), name);
  return app.fetch('/api/imports', { method: 'POST', headers: { cookie }, body: form });
}

export async function draftCount(app: TestApp): Promise<number> {
  const row = await app.store.db
    .selectFrom('import_drafts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
