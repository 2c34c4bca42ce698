import {
  type CreateInitiativeInput,
  type EvidencePassage,
  type ImportConfirmInput,
  type ImportConfirmResult,
  problemTypes,
  type StoredImportDraft,
  type User,
} from '@civic/shared';
import { newId } from '../db/ids.ts';
import { AppError, alreadyExists, type FieldError, notFound, validationError } from '../errors/app-error.ts';
import { decideChange } from '../initiatives/initiative-change.ts';
import { addInitiative } from '../initiatives/initiatives-write-service.ts';
import { locateQuote } from '../quotes/locate-quote.ts';
import type { ConfirmWrites, ImportsRepository } from './imports-repository.ts';
import { gazetteerOwnerName } from './owner-names.ts';

type NewInitiative = ImportConfirmInput['initiatives'][number];

const confirmNote = 'Initiative added from an imported source.';

/** Thrown inside the transaction so that nothing is written; turned into the 409 after the rollback. */
class StaleUpdates extends Error {
  constructor(readonly ids: string[]) {
    super('stale');
  }
}

/** The passage's place in the draft's text, or a 400 naming `field` when it is not there exactly once. */
function locate(text: string, quote: string, field: string) {
  try {
    return locateQuote(text, quote);
  } catch {
    throw validationError([
      { field, message: 'must stand verbatim exactly once in the imported text', code: 'not_verbatim' },
    ]);
  }
}

/** An AppError from a shared check, with its fields named where they stand in the confirm body. */
/** The create check names a quote it cannot place `source.quote`; the confirm's own field for it is `passage.quote`. */
const confirmField = (field: string) => (field === 'source.quote' ? 'passage.quote' : field);

function prefixed(error: unknown, prefix: string): unknown {
  if (!(error instanceof AppError) || !error.errors) return error;
  const errors: FieldError[] = error.errors.map((e) => ({ ...e, field: `${prefix}.${confirmField(e.field)}` }));
  return validationError(errors, error.detail);
}

function createInput(item: NewInitiative, index: number, ids: string[], documentId: string): CreateInitiativeInput {
  if (item.parentIndex != null && item.parentIndex >= index) {
    throw validationError([
      { field: `initiatives.${index}.parentIndex`, message: 'must name an earlier initiative', code: 'invalid' },
    ]);
  }
  const parentId = item.parentIndex != null ? ids[item.parentIndex] : item.parentId;
  // An English title left for later shows the Russian one, as a missing Kazakh text does, and is flagged.
  const en = item.title.en === '' ? item.title.ru : item.title.en;
  return {
    id: item.id,
    parentId: parentId ?? null,
    kind: item.kind,
    title: { ru: item.title.ru, en },
    summary: { ru: item.passage.quote, en },
    ownerId: item.ownerId,
    region: item.region,
    status: item.status,
    legislativeStage: item.legislativeStage ?? null,
    source: { documentId, quote: item.passage.quote },
  };
}

/**
 * Confirms a draft: in one transaction the source (with who imported it), the owners the gazetteer
 * proposes that are not yet known, the new initiatives (each quote located again in the text) and
 * the status changes on tracked initiatives, each with its evidence passage and under the version
 * the official saw. A stale one is a 409 listing `stale: [{ initiativeId, version }]` (the current
 * versions) and nothing is written; a confirmed draft is a 409 with its `sourceId`; a bad field is
 * a 400 naming it (`initiatives.2.passage.quote`, `updates.0.version`…).
 */
export function createImportConfirm(repository: ImportsRepository, now: () => Date) {
  async function checkOwners(items: readonly NewInitiative[]) {
    const unknown: { id: string; name: NonNullable<ReturnType<typeof gazetteerOwnerName>> }[] = [];
    for (const [index, item] of items.entries()) {
      if (await repository.ownerExists(item.ownerId)) continue;
      const name = gazetteerOwnerName(item.ownerId);
      if (!name)
        throw validationError([{ field: `initiatives.${index}.ownerId`, message: 'no such owner', code: 'not_found' }]);
      unknown.push({ id: item.ownerId, name });
    }
    return unknown;
  }

  async function write(
    draft: StoredImportDraft,
    input: ImportConfirmInput,
    user: User,
    owners: Awaited<ReturnType<typeof checkOwners>>,
    writes: ConfirmWrites,
  ) {
    const at = now().toISOString();
    const actor = user.displayName;
    const sourceId = newId();
    if (!(await writes.markConfirmed(draft.id, at))) throw alreadyConfirmed(draft);
    const title = { ru: draft.title, en: draft.title };
    await writes.sources.addDocument(
      {
        id: sourceId,
        title,
        publisher: { ru: draft.publisher, en: draft.publisher },
        language: draft.language,
        publishedAt: input.publishedAt === undefined ? draft.publishedAt : input.publishedAt,
        url: draft.url,
        sha256: draft.sha256,
        text: draft.text,
      },
      { importedBy: actor, importedAt: at },
    );
    await writes.linkSource(draft.id, sourceId);
    await writes.initiatives.addOwners(owners);
    const created: ImportConfirmResult['initiatives'] = [];
    const ids = input.initiatives.map((item) => item.id);
    for (const [index, item] of input.initiatives.entries()) {
      let added: boolean;
      try {
        added = await addInitiative(writes.initiatives, createInput(item, index, ids, sourceId), {
          kind: 'created',
          actor,
          at,
          note: confirmNote,
        });
      } catch (error) {
        throw prefixed(error, `initiatives.${index}`);
      }
      if (!added) throw validationError([{ field: `initiatives.${index}.id`, message: 'is taken', code: 'taken' }]);
      if (item.englishTitleMissing) await writes.markEnglishTitleMissing(item.id);
      created.push({ id: item.id, englishTitleMissing: item.englishTitleMissing === true });
    }
    const updates: ImportConfirmResult['updates'] = [];
    const stale: string[] = [];
    for (const [index, update] of input.updates.entries()) {
      const span = locate(draft.text, update.evidence.quote, `updates.${index}.evidence.quote`);
      const evidence: EvidencePassage = { documentId: sourceId, ...span, quote: update.evidence.quote };
      const { initiativeId, version, evidence: _evidence, ...change } = update;
      let outcome: Awaited<ReturnType<ConfirmWrites['initiatives']['applyChange']>>;
      try {
        outcome = await writes.initiatives.applyChange(initiativeId, version, at, (current) => {
          const planned = decideChange(initiativeId, current, change, actor, at);
          // The cited passage is written with the entry itself: history is never updated afterwards.
          return { ...planned, history: { ...planned.history, evidence } };
        });
      } catch (error) {
        throw prefixed(error, `updates.${index}`);
      }
      if (outcome === 'missing') {
        throw validationError([
          { field: `updates.${index}.initiativeId`, message: 'no such initiative', code: 'not_found' },
        ]);
      }
      if (outcome === 'stale') stale.push(initiativeId);
      else {
        updates.push({ initiativeId, version: version + 1, evidence });
      }
    }
    if (stale.length > 0) throw new StaleUpdates(stale);
    return { sourceId, initiatives: created, updates };
  }

  return async function confirm(id: string, input: ImportConfirmInput, user: User): Promise<ImportConfirmResult> {
    const draft = await repository.findById(id);
    if (!draft) throw notFound(`No import with id "${id}".`);
    if (draft.state === 'confirmed') throw alreadyConfirmed(draft);
    const owners = await checkOwners(input.initiatives);
    try {
      return await repository.inTransaction((writes) => write(draft, input, user, owners, writes));
    } catch (error) {
      if (!(error instanceof StaleUpdates)) throw error;
      const versions = await repository.versions(error.ids);
      const stale = error.ids.map((initiativeId) => ({ initiativeId, version: versions.get(initiativeId) ?? null }));
      throw new AppError(
        409,
        problemTypes.conflict,
        'Version conflict',
        `Changed since you saw them: ${error.ids.join(', ')}. Nothing was written; reload them and confirm again.`,
        undefined,
        { stale },
      );
    }
  };
}

function alreadyConfirmed(draft: StoredImportDraft) {
  return alreadyExists(`Import "${draft.id}" is confirmed.`, undefined, { sourceId: draft.sourceId });
}

export type ImportConfirm = ReturnType<typeof createImportConfirm>;
