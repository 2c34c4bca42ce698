import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from './auth-helpers.ts';
import { type Json, startTestApp, type TestApp, updateInitiative } from './test-app.ts';

const totalActivity = (stats: Json) =>
  stats.activityByMonth.reduce((sum: number, month: { changes: number }) => sum + month.changes, 0);

describe('stats follow the history as it is written', () => {
  let app: TestApp;
  let cookie: string;
  beforeAll(async () => {
    app = await startTestApp();
    cookie = await loginAs(app, 'official');
  });
  afterAll(() => app.close());

  async function patch(id: string, change: Record<string, unknown>): Promise<number> {
    const res = await updateInitiative(app, cookie, id, { ...change, note: 'Checked against the minutes.' });
    await res.arrayBuffer();
    return res.status;
  }

  async function update(id: string, change: Record<string, unknown>) {
    expect(await patch(id, change)).toBe(200);
  }

  const historyRows = async () =>
    Number(
      (
        await app.store.db
          .selectFrom('status_changes')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("when a status changes, then activity counts the change once (not its parents' roll-up entries) and status over time ends at the current counts", async () => {
    const before = await app.json('/api/stats');
    const rowsBefore = await historyRows();
    await update('social-media-outreach', { status: 'in_progress' });
    const after = await app.json('/api/stats');
    // The child's entry and a roll-up entry for each ancestor whose progress moved.
    expect((await historyRows()) - rowsBefore).toBeGreaterThanOrEqual(2);
    expect(totalActivity(after)).toBe(totalActivity(before) + 1);
    expect(after.byStatus.in_progress).toBe(before.byStatus.in_progress + 1);
    expect(after.statusOverTime.at(-1).counts).toEqual(after.byStatus);
  });

  it('when an initiative is only verified, then activity counts it and status over time does not move', async () => {
    const before = await app.json('/api/stats');
    await update('off-site-public-sessions', { verifiedOnly: true });
    const after = await app.json('/api/stats');
    expect(totalActivity(after)).toBe(totalActivity(before) + 1);
    expect(after.statusOverTime).toEqual(before.statusOverTime);
  });

  it('when a parent and its child move between the same two statuses at once, then no update fails', async () => {
    const statuses: number[] = [];
    for (let round = 0; round < 6; round++) {
      const [a, b] = round % 2 ? ['adopted', 'under_review'] : ['under_review', 'adopted'];
      statuses.push(
        ...(await Promise.all([
          patch('maslikhat-recommendations', { status: a }),
          patch('full-time-deputies', { status: b }),
          patch('maslikhat-secretary-status', { status: a }),
        ])),
      );
    }
    // A child's change bumps its parent's version, so the parent's own update may meet a conflict; never an error.
    expect(statuses.every((status) => status === 200 || status === 409)).toBe(true);
    const stats = await app.json('/api/stats');
    expect(stats.statusOverTime.at(-1).counts).toEqual(stats.byStatus);
  });
});
