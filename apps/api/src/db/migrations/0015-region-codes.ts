import { legacyRegionCodes } from '@civic/shared';
import { type Kysely, sql } from 'kysely';

/** The numeric code that replaced a former letter code; any other value as it was. */
const renamed = (code: unknown) =>
  typeof code === 'string' && Object.hasOwn(legacyRegionCodes, code) ? legacyRegionCodes[code] : code;

interface Change {
  field: string;
  from: unknown;
  to: unknown;
}

/**
 * Regions in one scheme: ISO 3166-2:KZ now codes Kazakhstan's regions and cities by two digits
 * (@civic/shared regions.ts, which cites the source), and every code stored in the letter scheme it
 * replaced becomes its numeric one (KZ-AKT → KZ-15): the initiatives' region, the region a history
 * entry says moved (its `changes`, and nothing else of the entry), and the region an import draft's
 * extraction proposes for a candidate. Anything else (KZ, a code already numeric) stays as it is.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const store = db as Kysely<Record<string, Record<string, unknown>>>;
  for (const [old, code] of Object.entries(legacyRegionCodes)) {
    await store.updateTable('initiatives').set({ region: code }).where('region', '=', old).execute();
  }

  const entries = await store
    .selectFrom('status_changes')
    .select(['id', 'changes'])
    .where('changes', 'like', '%"region"%')
    .execute();
  for (const entry of entries) {
    const moved = JSON.parse(String(entry.changes)) as Change[];
    const next = moved.map((change) =>
      change.field === 'region' ? { ...change, from: renamed(change.from), to: renamed(change.to) } : change,
    );
    const changes = JSON.stringify(next);
    if (changes === entry.changes) continue;
    await store.updateTable('status_changes').set({ changes }).where('id', '=', entry.id).execute();
  }

  const drafts = await store.selectFrom('import_drafts').select(['id', 'extraction']).execute();
  for (const draft of drafts) {
    const extraction = JSON.parse(String(draft.extraction)) as { candidates?: Array<{ region?: unknown }> };
    if (!Array.isArray(extraction.candidates)) continue;
    const candidates = extraction.candidates.map((candidate) =>
      candidate.region === undefined ? candidate : { ...candidate, region: renamed(candidate.region) },
    );
    const text = JSON.stringify({ ...extraction, candidates });
    if (text === JSON.stringify(extraction)) continue;
    await store.updateTable('import_drafts').set({ extraction: text }).where('id', '=', draft.id).execute();
  }
  // History rows are not watched by the generation trigger (they are only ever inserted), so move it here.
  await sql`update data_generation set value = value + 1 where id = 1`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
