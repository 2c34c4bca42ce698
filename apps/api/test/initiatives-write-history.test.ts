import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonHeaders, loginAs } from './auth-helpers.ts';
import { startTestApp, type TestApp } from './test-app.ts';

const srcDir = path.resolve(import.meta.dirname, '../src');
// Login names out of public view: renames who is shown on old rows, never what changed (docs/reliability.md).
const actorRename = path.join(srcDir, 'db/migrations/0007-public-display-names.ts');

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
      if (file === actorRename) return false;
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

  it('when no route edits or deletes history, then PUT, PATCH and DELETE on it are not found', async () => {
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      const res = await app.fetch('/api/initiatives/full-time-deputies/history', {
        method,
        headers: jsonHeaders(cookie),
        body: '{}',
      });
      expect(res.status).toBe(404);
    }
  });

  it('when an initiative is updated twice, then the earlier history rows stay byte-identical', async () => {
    const id = 'maslikhat-recommendations';
    const read = () => app.store.db.selectFrom('status_changes').selectAll().orderBy('id').execute();
    const before = await read();
    for (const change of [{ status: 'adopted' }, { progress: 90 }]) {
      const version = (await app.json(`/api/initiatives/${id}`)).version;
      const res = await app.fetch(`/api/initiatives/${id}`, {
        method: 'PATCH',
        headers: jsonHeaders(cookie),
        body: JSON.stringify({ ...change, version, note: 'Recorded after the session.' }),
      });
      expect(res.status).toBe(200);
    }
    const after = await read();
    expect(after).toHaveLength(before.length + 2);
    const byId = new Map(after.map((row) => [row.id, row]));
    for (const row of before) expect(JSON.stringify(byId.get(row.id))).toBe(JSON.stringify(row));
  });
});
