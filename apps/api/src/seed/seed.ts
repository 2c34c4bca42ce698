import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { normalizeForSearch, statusProgressPreset } from '@civic/shared';
import type { Kysely, Transaction } from 'kysely';
import { newId } from '../db/ids.ts';
import type { Database } from '../db/schema.ts';
import { recomputeParentProgress } from '../initiatives/progress-rollup.ts';
import { locateQuote } from './locate-quote.ts';
import { initiatives, owners, relations, type SeedInitiative, seedNote, sourceDocument } from './seed-data.ts';

export const sourceTextPath = path.join(import.meta.dirname, sourceDocument.file);

export function readSourceText(): string {
  return readFileSync(sourceTextPath, 'utf8');
}

export function searchText(parts: readonly (string | null | undefined)[]): string {
  return normalizeForSearch(parts.filter(Boolean).join(' \n '));
}

/**
 * Inserts what is missing and leaves every existing row alone: running it again changes nothing,
 * and edits made since the first run are kept.
 */
export async function seed(db: Kysely<Database>, now: Date): Promise<{ inserted: string[] }> {
  const text = readSourceText();
  const spans = new Map(initiatives.map((item) => [item.id, locateQuote(text, item.quote)]));
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('owners')
      .values(owners.map((o) => ({ id: o.id, name_ru: o.name.ru, name_en: o.name.en, name_kk: o.name.kk ?? null })))
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    await trx
      .insertInto('source_documents')
      .values({
        id: sourceDocument.id,
        title_ru: sourceDocument.title.ru,
        title_en: sourceDocument.title.en,
        title_kk: sourceDocument.title.kk,
        publisher_ru: sourceDocument.publisher.ru,
        publisher_en: sourceDocument.publisher.en,
        publisher_kk: sourceDocument.publisher.kk,
        language: sourceDocument.language,
        published_at: sourceDocument.publishedAt,
        url: sourceDocument.url,
        sha256: createHash('sha256').update(text).digest('hex'),
        text,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();

    const inserted: string[] = [];
    // Parents first, so that a child's reference always finds its parent.
    const ordered = [...initiatives].sort((a, b) => Number(a.parentId !== null) - Number(b.parentId !== null));
    for (const item of ordered) {
      const span = spans.get(item.id);
      if (!span) throw new Error(`no span for ${item.id}`);
      if (await insertInitiative(trx, item, span, at)) inserted.push(item.id);
    }
    await trx
      .insertInto('initiative_relations')
      .values(relations.map((r) => ({ from_id: r.fromId, to_id: r.toId, type: r.type })))
      .onConflict((oc) => oc.columns(['from_id', 'to_id', 'type']).doNothing())
      .execute();
    const parents = new Set(
      initiatives.filter((i) => inserted.includes(i.id) && i.parentId).map((i) => i.parentId as string),
    );
    for (const parentId of parents) await recomputeParentProgress(trx, parentId, at);
    return { inserted };
  });
}

async function insertInitiative(
  trx: Transaction<Database>,
  item: SeedInitiative,
  span: { start: number; end: number },
  at: string,
): Promise<boolean> {
  const owner = owners.find((o) => o.id === item.ownerId);
  const progress = statusProgressPreset[item.status] ?? 0;
  const result = await trx
    .insertInto('initiatives')
    .values({
      id: item.id,
      parent_id: item.parentId,
      kind: item.kind,
      title_ru: item.title.ru,
      title_en: item.title.en,
      title_kk: item.title.kk ?? null,
      summary_ru: item.summary.ru,
      summary_en: item.summary.en,
      summary_kk: item.summary.kk ?? null,
      owner_id: item.ownerId,
      region: item.region,
      tags: JSON.stringify(item.tags),
      status: item.status,
      progress,
      progress_source: 'status',
      legislative_stage: item.legislativeStage,
      target_date: null,
      last_verified_at: at,
      source_document_id: sourceDocument.id,
      source_quote: item.quote,
      source_start: span.start,
      source_end: span.end,
      sort_key: span.start,
      search_text: searchText([
        item.id,
        item.title.ru,
        item.title.en,
        item.title.kk,
        item.summary.ru,
        item.summary.en,
        item.summary.kk,
        owner?.name.ru,
        owner?.name.en,
        owner?.name.kk,
      ]),
      synthetic: 0,
      created_at: at,
      updated_at: at,
      version: 1,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) return false;
  await trx
    .insertInto('status_changes')
    .values({
      id: newId(),
      initiative_id: item.id,
      from_status: null,
      to_status: item.status,
      from_progress: null,
      to_progress: progress,
      from_stage: null,
      to_stage: item.legislativeStage,
      note: seedNote,
      evidence_url: null,
      actor: 'system',
      at,
    })
    .execute();
  return true;
}
