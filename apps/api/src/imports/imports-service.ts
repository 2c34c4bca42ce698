import { createHash } from 'node:crypto';
import {
  type ImportDraft,
  importMaxBytes,
  type Language,
  type Owner,
  problemTypes,
  type StoredImportDraft,
  type User,
} from '@civic/shared';
import { newId } from '../db/ids.ts';
import { AppError, alreadyExists, notFound } from '../errors/app-error.ts';
import type { SourcesRepository } from '../sources/sources-repository.ts';
import type { ExtractionPool } from './extraction-pool.ts';
import type { ImportsRepository } from './imports-repository.ts';
import { gazetteerOwnerName } from './owner-names.ts';

/** What an official sends to start an import: the text, already decoded, and what they say of its source. */
export interface ImportStart {
  text: string;
  title: string;
  publisher: string;
  language: Language;
  publishedAt?: string | null | undefined;
  url?: string | null | undefined;
  /** `pasted`, or the uploaded file's name. */
  origin: string;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The draft with the gazetteer's name of each responsible body its candidates name. */
function withOwners(draft: StoredImportDraft): ImportDraft {
  const owners: Owner[] = [];
  for (const id of new Set(draft.candidates.flatMap((c) => (c.ownerId ? [c.ownerId] : [])))) {
    const name = gazetteerOwnerName(id);
    if (name) owners.push({ id, name });
  }
  return { ...draft, owners };
}

export function createImportsService(
  repository: ImportsRepository,
  sources: SourcesRepository,
  extraction: ExtractionPool,
  now: () => Date,
) {
  /** The candidates and their matches, worked out on the extraction worker thread. */
  const propose = async (text: string, language: Language) =>
    extraction.propose({ text, language, known: await repository.knownInitiatives() });

  return {
    /**
     * Stores a draft of the text with its candidates; `created` false when the same text (by
     * SHA-256) was imported before, and the earlier draft is returned instead. 413 past 1 MB of
     * UTF-8; 409 (member sourceId) when the text is a stored source no draft made (the seeded article).
     */
    async start(input: ImportStart, user: User): Promise<{ draft: ImportDraft; created: boolean }> {
      const bytes = Buffer.byteLength(input.text, 'utf8');
      if (bytes > importMaxBytes) {
        throw new AppError(
          413,
          problemTypes.tooLarge,
          'Payload too large',
          `The text is ${bytes} bytes, more than 1 MB.`,
          [
            {
              field: 'text',
              message: `at most ${importMaxBytes} bytes`,
              code: 'too_big',
              origin: 'bytes',
              maximum: importMaxBytes,
            },
          ],
        );
      }
      const hash = sha256(input.text);
      const earlier = await repository.findByHash(hash);
      if (earlier) return { draft: withOwners(earlier), created: false };
      const sourceId = await sources.idByHash(hash);
      if (sourceId) {
        throw alreadyExists(`This text is source "${sourceId}".`, undefined, { sourceId });
      }
      const draft: StoredImportDraft = {
        id: newId(),
        state: 'draft',
        title: input.title,
        publisher: input.publisher,
        language: input.language,
        publishedAt: input.publishedAt ?? null,
        url: input.url ?? null,
        origin: input.origin,
        text: input.text,
        sha256: hash,
        ...(await propose(input.text, input.language)),
        createdBy: user.displayName,
        createdAt: now().toISOString(),
        sourceId: null,
      };
      if (await repository.insert(draft, user.id)) return { draft: withOwners(draft), created: true };
      const raced = await repository.findByHash(hash);
      if (!raced) throw new Error('a draft of this text was there a moment ago');
      return { draft: withOwners(raced), created: false };
    },

    async get(id: string): Promise<ImportDraft> {
      const draft = await repository.findById(id);
      if (!draft) throw notFound(`No import with id "${id}".`);
      return withOwners(draft);
    },
  };
}

export type ImportsService = ReturnType<typeof createImportsService>;
