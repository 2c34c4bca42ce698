import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { newInitiativeRows } from '../initiatives/initiative-create.ts';
import { recomputeParentProgress } from '../initiatives/progress-rollup.ts';
import { locateQuote, type Span } from './locate-quote.ts';
import { initiatives, owners, relations, type SeedInitiative, seedNote, sourceDocument } from './seed-data.ts';

export const sourceTextPath = path.join(import.meta.dirname, sourceDocument.file);

export function readSourceText(): string {
  return readFileSync(sourceTextPath, 'utf8');
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

async function insertInitiative(trx: Transaction<Database>, item: SeedInitiative, span: Span, at: string) {
  const owner = owners.find((o) => o.id === item.ownerId);
  if (!owner) throw new Error(`Seed initiative ${item.id} names an unknown owner ${item.ownerId}`);
  const input = { ...item, source: { documentId: sourceDocument.id, quote: item.quote } };
  const ownerRow = { id: owner.id, name_ru: owner.name.ru, name_en: owner.name.en, name_kk: owner.name.kk ?? null };
  const { row, history } = newInitiativeRows(input, ownerRow, span, 'system', at, seedNote);
  const result = await trx
    .insertInto('initiatives')
    .values(row)
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) return false;
  await trx.insertInto('status_changes').values(history).execute();
  return true;
}
