import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../src/db/migrate.ts';
import { jsonHeaders, loginAs } from './auth-helpers.ts';
import { openTestStore, startTestApp, type TestApp, updateInitiative } from './test-app.ts';

const srcDir = path.resolve(import.meta.dirname, '../src');
// Login names out of public view: renames who is shown on old rows, never what changed (docs/reliability.md).
const actorRename = path.join(srcDir, 'db/migrations/0007-public-display-names.ts');
// History says what changed: gives old rows their kind and changes, the two columns it adds.
const kindBackfill = path.join(srcDir, 'db/migrations/0009-history-changes.ts');
const seedRelabel = path.join(srcDir, 'db/migrations/0011-from-source.ts');
// Regions in one scheme: the region codes a history entry names become the numeric ISO 3166-2:KZ ones.
const regionRecode = path.join(srcDir, 'db/migrations/0015-region-codes.ts');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('the history is append-only', () => {
  let app: TestApp;
  let cookie: string;
  beforeAll(async () => {
    app = await startTestApp();
    cookie = await loginAs(app, 'admin');
  });
  afterAll(() => app.close());

  it('when the source is searched, then no code updates or deletes status_changes', () => {
    const files = sourceFiles(srcDir);
    expect(files.length).toBeGreaterThan(20);
    const offending = files.filter((file) => {
      if ([actorRename, kindBackfill, seedRelabel, regionRecode].includes(file)) return false;
      const text = fs.readFileSync(file, 'utf8');
      return (
        /(updateTable|deleteFrom)\(\s*['"`]status_changes/.test(text) ||
        /\b(update|delete\s+from)\s+["`]?status_changes\b/i.test(text) ||
        /\btruncate\b[^;\n]*status_changes/i.test(text)
      );
    });
    expect(offending).toEqual([]);
  });

  it('when the one migration that touches history runs, then it sets the actor name and nothing else', () => {
    const text = fs.readFileSync(actorRename, 'utf8');
    const writes = text.match(/(updateTable|deleteFrom)\(\s*['"`]status_changes['"`]\)[^;]*/g) ?? [];
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatch(
      /^updateTable\('status_changes'\)\s*\.set\(\{ actor: shown \}\)\s*\.where\('actor', '=', user\.username\)/,
    );
    expect(text).not.toMatch(/\b(update|delete\s+from)\s+["`]?status_changes\b/i);
  });

  it('when the migration that adds kind and changes runs, then it writes those two columns and nothing else', () => {
    const text = fs.readFileSync(kindBackfill, 'utf8');
    const writes = text.match(/(updateTable|deleteFrom)\(\s*['"`]status_changes['"`]\)[^;]*/g) ?? [];
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatch(
      /^updateTable\('status_changes'\)\s*\.set\(\{ kind, changes \}\)\s*\.where\('id', '=', row\.id\)/,
    );
    expect(text).not.toMatch(/\b(update|delete\s+from)\s+["`]?status_changes\b/i);
  });

  it("when the migration that relabels the seed runs, then it touches only the seed's own entries", () => {
    const text = fs.readFileSync(seedRelabel, 'utf8');
    const writes = text.match(/(updateTable|deleteFrom)\(\s*['"`]status_changes['"`]\)[^;]*/g) ?? [];
    expect(writes).toHaveLength(1);
    expect(writes[0]?.replace(/\s+/g, ' ')).toBe(
      "updateTable('status_changes') .set({ kind: 'from_source', actor: '', note: '' }) .where('kind', '=', 'created') .where('actor', '=', 'system') .execute()",
    );
    expect(text).not.toMatch(/\b(update|delete\s+from)\s+["`]?status_changes\b/i);
  });

  it('when the migration that recodes regions runs, then it rewrites only the changes of entries that name a region', () => {
    const text = fs.readFileSync(regionRecode, 'utf8');
    const writes = text.match(/(updateTable|deleteFrom)\(\s*['"`]status_changes['"`]\)[^;]*/g) ?? [];
    expect(writes).toHaveLength(1);
    expect(writes[0]?.replace(/\s+/g, ' ')).toBe(
      "updateTable('status_changes').set({ changes }).where('id', '=', entry.id).execute()",
    );
    expect(text).toMatch(/\.where\('changes', 'like', '%"region"%'\)/);
    expect(text).not.toMatch(/\b(update|delete\s+from)\s+["`]?status_changes\b/i);
  });

  it('when no route edits or deletes history, then PUT, PATCH and DELETE on it are not allowed: only GET', async () => {
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      const res = await app.fetch('/api/initiatives/full-time-deputies/history', {
        method,
        headers: jsonHeaders(cookie),
        body: '{}',
      });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    }
  });

  it('when an initiative is updated twice, then the earlier history rows stay byte-identical', async () => {
    const id = 'maslikhat-recommendations';
    const read = () => app.store.db.selectFrom('status_changes').selectAll().orderBy('id').execute();
    const before = await read();
    for (const change of [{ status: 'adopted' }, { progress: 90 }]) {
      const res = await updateInitiative(app, cookie, id, { ...change, note: 'Recorded after the session.' });
      expect(res.status).toBe(200);
    }
    const after = await read();
    expect(after).toHaveLength(before.length + 2);
    const byId = new Map(after.map((row) => [row.id, row]));
    for (const row of before) expect(JSON.stringify(byId.get(row.id))).toBe(JSON.stringify(row));
  });
});

describe('history kinds of rows written before they existed', () => {
  it('when the store is upgraded, then old rows get created, status_change, field_change or verified, with the fields that moved', async () => {
    const store = await openTestStore();
    try {
      await migrateTo(store.db, '0008-milestone-versions');
      const at = (day: number) => `2026-11-0${day}T00:00:00.000Z`;
      await store.db
        .insertInto('owners')
        .values({ id: 'senate', name_ru: 'Сенат', name_en: 'Senate', name_kk: null })
        .execute();
      await store.db
        .insertInto('initiatives')
        .values({
          id: 'youth-social-lifts',
          parent_id: null,
          kind: 'practice',
          title_ru: 'Лифты',
          title_en: 'Lifts',
          title_kk: null,
          summary_ru: 'Лифты',
          summary_en: 'Lifts',
          summary_kk: null,
          owner_id: 'senate',
          region: 'KZ',
          tags: '[]',
          status: 'in_progress',
          progress: 40,
          progress_source: 'explicit',
          legislative_stage: null,
          target_date: null,
          last_verified_at: at(5),
          source_document_id: null,
          source_quote: null,
          source_start: null,
          source_end: null,
          sort_key: 1,
          search_text: 'lifts',
          synthetic: 0,
          created_at: at(1),
          updated_at: at(5),
          version: 4,
        })
        .execute();
      const base = { initiative_id: 'youth-social-lifts', note: 'Before kinds.', evidence_url: null, actor: 'system' };
      const moves = [
        [null, 'proposed', null, 0],
        ['proposed', 'in_progress', 0, 25],
        ['in_progress', 'in_progress', 25, 40],
        ['in_progress', 'in_progress', 40, 40],
      ] as const;
      // As the code before kinds wrote them: no kind, no changes.
      await store.db
        .insertInto('status_changes')
        .values(
          moves.map(([fromStatus, toStatus, fromProgress, toProgress], n) => ({
            ...base,
            id: `old-${n}`,
            from_status: fromStatus,
            to_status: toStatus,
            from_progress: fromProgress,
            to_progress: toProgress,
            from_stage: null,
            to_stage: null,
            at: at(n + 1),
          })),
        )
        .execute();
      await migrateToLatest(store.db);
      const rows = await store.db
        .selectFrom('status_changes')
        .select(['id', 'kind', 'changes'])
        .where('initiative_id', '=', base.initiative_id)
        .orderBy('at')
        .execute();
      // 0009 names the first row created; 0011 then relabels the seed's own (actor "system") from_source.
      expect(rows.map((r) => [r.kind, JSON.parse(r.changes)])).toEqual([
        ['from_source', []],
        [
          'status_change',
          [
            { field: 'status', from: 'proposed', to: 'in_progress' },
            { field: 'progress', from: 0, to: 25 },
          ],
        ],
        ['field_change', [{ field: 'progress', from: 25, to: 40 }]],
        ['verified', []],
      ]);
    } finally {
      await store.close();
    }
  });
});
