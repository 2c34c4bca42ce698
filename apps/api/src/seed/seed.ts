import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInitiativeInputSchema } from '@civic/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { createInitiativesWriteRepository } from '../initiatives/initiatives-write-repository.ts';
import { addInitiative } from '../initiatives/initiatives-write-service.ts';
import { seedTextDir } from '../paths.ts';
import { createSourcesRepository } from '../sources/sources-repository.ts';
import { initiatives, owners, relations, sourceDocument } from './seed-data.ts';

const sourceText = () => readFileSync(path.join(seedTextDir, sourceDocument.file), 'utf8');

/**
 * Adds what is missing, in one transaction, through the same repository and checks as an admin's
 * create (owner, parent, verbatim quote); existing rows are left alone, so running it again
 * changes nothing and edits made since the first run are kept. Throws when the seed data fails a check.
 */
export async function seed(db: Kysely<Database>, now: Date): Promise<{ inserted: string[] }> {
  const text = sourceText();
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const writes = createInitiativesWriteRepository(trx);
    await writes.addOwners(owners);
    const { file: _file, ...document } = sourceDocument;
    await createSourcesRepository(trx).addDocument({
      ...document,
      sha256: createHash('sha256').update(text).digest('hex'),
      text,
    });
    const inserted: string[] = [];
    // Parents first, so that a child's parent is always there to check and roll up.
    const ordered = [...initiatives].sort((a, b) => Number(a.parentId !== null) - Number(b.parentId !== null));
    for (const { quote, ...item } of ordered) {
      // A start on an existing database finds every seeded initiative there; it skips their checks.
      if (await writes.exists(item.id)) continue;
      const input = createInitiativeInputSchema.parse({ ...item, source: { documentId: sourceDocument.id, quote } });
      if (await addInitiative(writes, input, { kind: 'from_source', actor: '', at })) inserted.push(item.id);
    }
    await writes.addRelations(relations);
    return { inserted };
  });
}
