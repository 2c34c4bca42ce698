import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../src/db/migrate.ts';
import type { NewStatusChangeRow } from '../src/db/schema.ts';
import { jsonHeaders, loginAs } from './auth-helpers.ts';
import { initiativeRow } from './export-fixtures.ts';
import { type Json, openTestStore, startTestApp, type TestApp, tempDir, updateInitiative } from './test-app.ts';

/** One history entry of a test initiative; progress null → to is the entry that created it. */
function entry(id: string, initiative: string, at: string, from: number | null, to: number, kind = 'status_change') {
  const row: NewStatusChangeRow = {
    id,
    initiative_id: initiative,
    from_status: from === null ? null : 'in_progress',
    to_status: 'in_progress',
    from_progress: from,
    to_progress: to,
    from_stage: null,
    to_stage: null,
    note: '',
    evidence_url: null,
    actor: '',
    at,
    kind: from === null ? 'created' : kind,
  };
  return row;
}

// Runs in both projects: the same history gives the same series on SQLite and on PostgreSQL.
describe(`mean progress over time is rebuilt from the history (${process.env.TEST_STORE ?? 'sqlite'})`, () => {
  let app: TestApp;
  beforeAll(async () => {
    const store = await openTestStore(tempDir());
    await migrateToLatest(store.db);
    await store.db
      .insertInto('owners')
      .values({ id: 'aktobe-maslikhat', name_ru: 'Маслихат', name_en: 'Maslikhat', name_kk: null })
      .execute();
    await store.db
      .insertInto('initiatives')
      .values([
        initiativeRow('test-a', { progress: 60, status: 'in_progress' }),
        initiativeRow('test-b', { progress: 50, status: 'in_progress' }),
        initiativeRow('test-parent', { progress: 35, status: 'in_progress' }),
      ])
      .execute();
    await store.db
      .insertInto('status_changes')
      .values([
        entry('h01', 'test-a', '2026-03-01T04:00:00.000Z', null, 0),
        entry('h02', 'test-b', '2026-03-03T18:30:00.000Z', null, 20),
        entry('h03', 'test-parent', '2026-03-01T04:00:00.000Z', null, 10),
        // 01:00 and 00:30 on 6 March in Almaty (UTC+5), though still 5 March in UTC.
        entry('h04', 'test-a', '2026-03-05T20:00:00.000Z', 0, 40),
        entry('h05', 'test-b', '2026-03-05T19:30:00.000Z', 20, 50),
        entry('h06', 'test-parent', '2026-03-05T20:00:00.000Z', 10, 30, 'rollup'),
        // A status change that leaves progress alone makes no point of the series.
        entry('h07', 'test-b', '2026-03-08T09:00:00.000Z', 50, 50),
        entry('h08', 'test-a', '2026-03-10T05:00:00.000Z', 40, 60),
        entry('h09', 'test-parent', '2026-03-10T05:00:00.000Z', 30, 35, 'rollup'),
      ])
      .execute();
    app = await startTestApp({ store });
  });
  afterAll(() => app.close());

  it('when the history is known, then each local day with a progress change gets the mean at its end, oldest first', async () => {
    const stats = await app.json('/api/stats');
    // Before their first entries: 0, 20 and 10 (sum 30). 6 March: +40 +30 +20 → 120 / 3. 10 March: +20 +5 → 145 / 3.
    // Each day keeps how many entries moved progress on it (h07 moved none) and the mean it started from.
    expect(stats.progressOverTime).toEqual([
      { date: '2026-03-06', meanProgress: 40, fromMeanProgress: 10, changes: 3 },
      { date: '2026-03-10', meanProgress: 48.3, fromMeanProgress: 40, changes: 2 },
    ]);
    expect(stats.meanProgress).toBe(48.3);
  });

  it('when an initiative has no history, then it counts with its current progress from the start', async () => {
    await app.store.db
      .insertInto('initiatives')
      .values(initiativeRow('test-quiet', { progress: 80 }))
      .execute();
    await bumpGeneration(app);
    const stats = await app.json('/api/stats');
    // (30 + 80) / 4 before; 6 March: 200 / 4; 10 March: 225 / 4.
    expect(stats.progressOverTime).toEqual([
      { date: '2026-03-06', meanProgress: 50, fromMeanProgress: 27.5, changes: 3 },
      { date: '2026-03-10', meanProgress: 56.3, fromMeanProgress: 50, changes: 2 },
    ]);
  });
});

/** Rows written behind the app's back: its cached answers must not outlive them. */
async function bumpGeneration(app: TestApp) {
  await app.store.db
    .updateTable('data_generation')
    .set((eb) => ({ value: eb('value', '+', 1) }))
    .where('id', '=', 1)
    .execute();
}

describe(`mean progress over time follows the writes (${process.env.TEST_STORE ?? 'sqlite'})`, () => {
  let app: TestApp;
  let cookie: string;
  beforeAll(async () => {
    app = await startTestApp({ now: () => new Date('2026-12-01T10:00:00.000Z') });
    cookie = await loginAs(app, 'official');
  });
  afterAll(() => app.close());

  it("when an official moves a child's progress, then the series gains today's point, equal to the current mean with the parents' roll-ups", async () => {
    const before: Json = await app.json('/api/stats');
    const res = await updateInitiative(app, cookie, 'social-media-outreach', {
      progress: 90,
      note: 'Checked against the minutes.',
    });
    expect(res.status).toBe(200);
    const after: Json = await app.json('/api/stats');
    expect(after.meanProgress).not.toBe(before.meanProgress);
    expect(after.progressOverTime.at(-1)).toMatchObject({ date: '2026-12-01', meanProgress: after.meanProgress });
    expect(after.progressOverTime.slice(0, -1)).toEqual(
      before.progressOverTime.filter((point: Json) => point.date < '2026-12-01'),
    );
  });

  it('when progress moves three times in one day, then that day counts all three changes, not only where it ended', async () => {
    const admin = await loginAs(app, 'admin');
    const created = await app.fetch('/api/initiatives', {
      method: 'POST',
      headers: jsonHeaders(admin),
      body: JSON.stringify({
        id: 'same-day-moves',
        kind: 'practice',
        title: { ru: 'Три изменения за день', en: 'Three changes in a day' },
        summary: { ru: 'Проверка', en: 'Check' },
        ownerId: 'senate',
        region: 'KZ',
        noSource: true,
      }),
    });
    expect(created.status).toBe(201);
    let { version } = (await created.json()) as Json;
    const before: Json = await app.json('/api/stats');
    for (const progress of [75, 70, 80]) {
      const res = await updateInitiative(app, cookie, 'same-day-moves', {
        version,
        progress,
        note: `Now ${progress} %.`,
      });
      expect(res.status).toBe(200);
      ({ version } = (await res.json()) as Json);
    }
    const after: Json = await app.json('/api/stats');
    const today = (stats: Json) => stats.progressOverTime.find((point: Json) => point.date === '2026-12-01');
    expect(today(after)).toEqual({
      date: '2026-12-01',
      meanProgress: after.meanProgress,
      fromMeanProgress: today(before)?.fromMeanProgress ?? before.meanProgress,
      changes: (today(before)?.changes ?? 0) + 3,
    });
  });
});
