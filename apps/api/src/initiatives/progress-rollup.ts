import { rollUpProgress } from '@civic/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/**
 * Sets a parent's progress to its children's mean unless an official set it explicitly,
 * then walks up to the grandparent. Runs inside the caller's transaction.
 */
export async function recomputeParentProgress(trx: Kysely<Database>, parentId: string, at: string): Promise<void> {
  let currentId: string | null = parentId;
  const seen = new Set<string>();
  while (currentId && !seen.has(currentId)) {
    seen.add(currentId);
    const parent = await trx
      .selectFrom('initiatives')
      .select(['id', 'parent_id', 'progress', 'progress_source'])
      .where('id', '=', currentId)
      .executeTakeFirst();
    if (!parent || parent.progress_source === 'explicit') return;
    const children = await trx
      .selectFrom('initiatives')
      .select('progress')
      .where('parent_id', '=', currentId)
      .execute();
    const mean = rollUpProgress(children.map((c) => Number(c.progress)));
    if (mean === null) return;
    if (mean !== Number(parent.progress) || parent.progress_source !== 'children') {
      await trx
        .updateTable('initiatives')
        .set({ progress: mean, progress_source: 'children', updated_at: at })
        .where('id', '=', currentId)
        .execute();
    }
    currentId = parent.parent_id;
  }
}
