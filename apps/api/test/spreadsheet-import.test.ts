import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, readJson } from './auth-helpers.ts';
import { apply, cellOf, dryRun, exportedWorkbook, uploadSheet, xlsxBytes } from './spreadsheet-helpers.ts';
import { type Json, readVersion, startTestApp, type TestApp, updateInitiative } from './test-app.ts';

const historyOf = async (app: TestApp, id: string) => (await app.json(`/api/initiatives/${id}/history`)).items;

describe('spreadsheet round trip: export .xlsx, edit, dry run, apply', () => {
  let app: TestApp;
  let official: string;
  beforeAll(async () => {
    app = await startTestApp();
    official = await loginAs(app, 'official');
  });
  afterAll(() => app.close());

  /** How many spreadsheet imports (dry runs) are stored. */
  const importCount = async () =>
    Number(
      (
        await app.store.db
          .selectFrom('spreadsheet_imports')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('when three cells are changed in the exported workbook, then the dry run shows exactly those three and apply records them', async () => {
    const workbook = await exportedWorkbook(app);
    cellOf(workbook, 'public-council-independence', 'status').value = 'В работе';
    cellOf(workbook, 'public-council-independence', 'note').value = 'Совет утвердил план';
    cellOf(workbook, 'council-two-way-link', 'progress').value = 15;
    cellOf(workbook, 'council-two-way-link', 'note').value = 'Первые встречи проведены';
    cellOf(workbook, 'council-two-way-link', 'evidence_url').value = 'https://example.org/meetings';
    cellOf(workbook, 'local-government-law-amendments', 'legislative_stage').value = 'Мажилис';
    cellOf(workbook, 'local-government-law-amendments', 'note').value = 'Внесён в Мажилис';
    const historyBefore = await historyOf(app, 'council-two-way-link');

    const report = await dryRun(app, official, await xlsxBytes(workbook), 'обновление.xlsx');
    expect(report.counts).toMatchObject({ changed: 3, error: 0, conflict: 0 });
    const changed = report.rows.filter((r: { outcome: string }) => r.outcome === 'changed');
    expect(changed.map((r: { id: string; changes: unknown }) => [r.id, r.changes])).toEqual(
      expect.arrayContaining([
        ['public-council-independence', [{ field: 'status', from: 'proposed', to: 'in_progress' }]],
        ['council-two-way-link', [{ field: 'progress', from: 0, to: 15 }]],
        ['local-government-law-amendments', [{ field: 'legislativeStage', from: 'public_discussion', to: 'mazhilis' }]],
      ]),
    );
    expect(report.rows.slice(0, 3).every((r: { outcome: string }) => r.outcome === 'changed')).toBe(true);
    expect(await historyOf(app, 'council-two-way-link')).toHaveLength(historyBefore.length);

    const res = await apply(app, official, report.id);
    expect(res.status).toBe(200);
    expect(await readJson(res)).toEqual({ id: report.id, applied: 3 });
    const [latest] = await historyOf(app, 'council-two-way-link');
    expect(latest).toMatchObject({
      toProgress: 15,
      note: 'Первые встречи проведены',
      evidenceUrl: 'https://example.org/meetings',
    });
    expect((await historyOf(app, 'public-council-independence'))[0]).toMatchObject({ toStatus: 'in_progress' });
    expect((await historyOf(app, 'local-government-law-amendments'))[0]).toMatchObject({
      toStage: 'mazhilis',
      sourceFile: 'обновление.xlsx',
    });
    expect(latest.sourceFile).toBe('обновление.xlsx');
    const files = await app.store.db
      .selectFrom('status_changes')
      .select('source_file')
      .where('source_file', 'is not', null)
      .execute();
    expect(files.map((f) => f.source_file)).toEqual(['обновление.xlsx', 'обновление.xlsx', 'обновление.xlsx']);

    const again = await apply(app, official, report.id);
    expect(again.status).toBe(409);
    expect((await readJson(again)).type).toBe('/problems/already-exists');
  });

  it('when the workbook is sent back untouched, then every row is unchanged and nothing is ignored', async () => {
    const workbook = await exportedWorkbook(app, '?lang=kk');
    const report = await dryRun(app, official, await xlsxBytes(workbook), 'same.xlsx');
    expect(report.counts.unchanged).toBe(report.rows.length);
    expect(report.counts.unchanged).toBeGreaterThan(5);
    expect(report.ignoredColumns).toEqual([]);
  });

  it('when a dry run names its rows, then each known initiative comes with its title in every language, an unknown id with none', async () => {
    const workbook = await exportedWorkbook(app);
    cellOf(workbook, 'council-two-way-link', 'id').value = 'no-such-initiative';
    const report = await dryRun(app, official, await xlsxBytes(workbook), 'titles.xlsx');
    const initiative: Json = await app.json('/api/initiatives/public-council-independence');
    const row = report.rows.find((r: Json) => r.id === 'public-council-independence');
    expect(row.title).toEqual(initiative.title);
    expect(row.title.en).toBeTruthy();
    expect(report.rows.find((r: Json) => r.id === 'no-such-initiative')).toMatchObject({
      outcome: 'error',
      title: null,
    });
    for (const r of report.rows) if (r.outcome !== 'error') expect(r.title?.ru, r.id).toBeTruthy();
  });

  it('when a row was exported before someone else changed the initiative, then it is a conflict and apply refuses', async () => {
    const workbook = await exportedWorkbook(app);
    expect(
      (await updateInitiative(app, official, 'full-time-deputies', { progress: 35, note: 'Через форму' })).status,
    ).toBe(200);
    cellOf(workbook, 'full-time-deputies', 'progress').value = 40;
    cellOf(workbook, 'full-time-deputies', 'note').value = 'Из таблицы';
    const report = await dryRun(app, official, await xlsxBytes(workbook), 'stale.xlsx');
    const conflicts = report.rows.filter((r: { outcome: string }) => r.outcome === 'conflict');
    // The parent lists its children, so a child's change is a new version of the parent too.
    expect(conflicts.map((r: { id: string }) => r.id).sort()).toEqual([
      'full-time-deputies',
      'maslikhat-recommendations',
    ]);
    const first = conflicts.find((r: { id: string }) => r.id === 'full-time-deputies');
    expect(first.conflict.current.progress).toBe(35);
    expect(first.conflict.version).toBe(first.conflict.fileVersion + 1);
    expect((await apply(app, official, report.id)).status).toBe(409);
  });

  it('when an initiative changes between the dry run and apply, then apply writes nothing and returns the new conflict', async () => {
    const workbook = await exportedWorkbook(app);
    cellOf(workbook, 'off-site-public-sessions', 'progress').value = 20;
    cellOf(workbook, 'off-site-public-sessions', 'note').value = 'Проведена первая выездная сессия';
    cellOf(workbook, 'maslikhat-secretary-status', 'progress').value = 25;
    cellOf(workbook, 'maslikhat-secretary-status', 'note').value = 'Поправки подготовлены';
    const report = await dryRun(app, official, await xlsxBytes(workbook), 'race.xlsx');
    expect(report.counts.changed).toBe(2);
    const untouchedBefore = await app.json('/api/initiatives/off-site-public-sessions');

    expect(
      (await updateInitiative(app, official, 'maslikhat-secretary-status', { progress: 30, note: 'Через форму' }))
        .status,
    ).toBe(200);
    const res = await apply(app, official, report.id);
    expect(res.status).toBe(409);
    const problem = await readJson(res);
    expect(problem.conflicts).toEqual([
      expect.objectContaining({ id: 'maslikhat-secretary-status', current: expect.objectContaining({ progress: 30 }) }),
    ]);
    const untouchedAfter = await app.json('/api/initiatives/off-site-public-sessions');
    expect(untouchedAfter.version).toBe(untouchedBefore.version);
    expect(untouchedAfter.progress).toBe(untouchedBefore.progress);
    const stored = await app.store.db
      .selectFrom('spreadsheet_imports')
      .select('applied_at')
      .where('id', '=', report.id)
      .executeTakeFirstOrThrow();
    expect(stored.applied_at).toBeNull();
  });

  it('when a row moves between dry run and apply to a state its change would contradict, then apply is the 409 of a moved row, not a 400', async () => {
    const workbook = await exportedWorkbook(app);
    cellOf(workbook, 'social-media-outreach', 'progress').value = 40;
    cellOf(workbook, 'social-media-outreach', 'note').value = 'Запущены страницы';
    const report = await dryRun(app, official, await xlsxBytes(workbook), 'moved.xlsx');
    expect(report.counts).toMatchObject({ changed: 1, error: 0, conflict: 0 });
    // Completed means 100 %: the file's 40 % would now break the status–progress rule, but the row is stale first.
    expect(
      (await updateInitiative(app, official, 'social-media-outreach', { status: 'completed', note: 'Готово' })).status,
    ).toBe(200);
    const res = await apply(app, official, report.id);
    expect(res.status).toBe(409);
    expect((await readJson(res)).conflicts).toEqual([
      expect.objectContaining({
        id: 'social-media-outreach',
        current: expect.objectContaining({ status: 'completed', progress: 100 }),
      }),
    ]);
  });

  it('when another official applies a dry run, then 403 and nothing is written; an admin may apply it', async () => {
    const workbook = await exportedWorkbook(app);
    cellOf(workbook, 'new-engagement-formats', 'progress').value = 10;
    cellOf(workbook, 'new-engagement-formats', 'note').value = 'Начато обсуждение';
    const report = await dryRun(app, official, await xlsxBytes(workbook), 'mine.xlsx');
    const before = await app.json('/api/initiatives/new-engagement-formats');
    const other = await loginAs(app, 'official');
    const refused = await apply(app, other, report.id);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((await app.json('/api/initiatives/new-engagement-formats')).version).toBe(before.version);
    const admin = await loginAs(app, 'admin');
    expect((await apply(app, admin, report.id)).status).toBe(200);
    expect((await historyOf(app, 'new-engagement-formats'))[0]).toMatchObject({
      toProgress: 10,
      sourceFile: 'mine.xlsx',
    });
  });

  it('when a monitor sends a file or applies a dry run, then 403 and nothing is stored', async () => {
    const monitor = await loginAs(app, 'monitor');
    const before = await importCount();
    const res = await uploadSheet(app, monitor, 'id,version\r\nfull-time-deputies,1\r\n', 'a.csv');
    expect(res.status).toBe(403);
    expect(await importCount()).toBe(before);
    const report = await dryRun(app, official, 'id,version\r\n', 'empty.csv');
    expect((await apply(app, monitor, report.id)).status).toBe(403);
  });

  it('when a PATCH and the apply race for the same initiative, then exactly one of them wins', async () => {
    const workbook = await exportedWorkbook(app);
    cellOf(workbook, 'senate-council-local-bodies', 'note').value = 'Повторная проверка';
    cellOf(workbook, 'senate-council-local-bodies', 'target_date').value = new Date('2027-03-01T00:00:00Z');
    const report = await dryRun(app, official, await xlsxBytes(workbook), 'race2.xlsx');
    expect(report.rows[0]).toMatchObject({ outcome: 'changed', changes: [{ field: 'targetDate', to: '2027-03-01' }] });
    const version = await readVersion(app, 'senate-council-local-bodies');
    const [applied, patched] = await Promise.all([
      apply(app, official, report.id),
      updateInitiative(app, official, 'senate-council-local-bodies', {
        version,
        targetDate: '2027-06-01',
        note: 'Форма',
      }),
    ]);
    expect([applied.status, patched.status].sort()).toEqual([200, 409]);
    const after = await app.json('/api/initiatives/senate-council-local-bodies');
    expect(after.version).toBe(version + 1);
    expect(after.targetDate).toBe(applied.status === 200 ? '2027-03-01' : '2027-06-01');
  });

  it('when two applies of one dry run race, then one applies and the other gets 409', async () => {
    const workbook = await exportedWorkbook(app);
    cellOf(workbook, 'council-two-way-link', 'progress').value = 45;
    cellOf(workbook, 'council-two-way-link', 'note').value = 'Дважды';
    const report = await dryRun(app, official, await xlsxBytes(workbook), 'twice.xlsx');
    const before = (await historyOf(app, 'council-two-way-link')).length;
    const statuses = (await Promise.all([apply(app, official, report.id), apply(app, official, report.id)]))
      .map((r) => r.status)
      .sort();
    expect(statuses).toEqual([200, 409]);
    expect(await historyOf(app, 'council-two-way-link')).toHaveLength(before + 1);
  });

  it('when the caller is anonymous, then the dry run and apply are 401 and nothing is stored', async () => {
    const before = await importCount();
    const res = await uploadSheet(app, undefined, 'id,version\r\nfull-time-deputies,1\r\n', 'a.csv');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await importCount()).toBe(before);
    const report = await dryRun(app, official, 'id,version\r\n', 'empty.csv');
    const anonymousApply = await app.fetch(`/api/spreadsheet-imports/${report.id}/apply`, { method: 'POST' });
    expect(anonymousApply.status).toBe(401);
  });
});
