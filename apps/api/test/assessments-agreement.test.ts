import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assess, assessmentInput, loginMonitor } from './assessment-fixtures.ts';
import { loginAs } from './auth-helpers.ts';
import { type Json, startTestApp, type TestApp, updateInitiative } from './test-app.ts';

// Local days in Asia/Almaty (UTC+5): 09:00Z is 14:00 local, the same calendar day.
const at = (day: string) => new Date(`${day}T09:00:00.000Z`);

describe('agreement of official and independent ratings (STALE_AFTER_DAYS = 30)', () => {
  let app: TestApp;
  let now = at('2027-03-01');
  let monitor: string;
  let official: string;
  beforeAll(async () => {
    // Sessions outlast the moved clock: this test is about days, not logins.
    app = await startTestApp({ now: () => now, staleAfterDays: 30, sessionTtlMs: 3650 * 86_400_000 });
    monitor = await loginMonitor(app, 'Edge Watch');
    official = await loginAs(app, 'official');
  });
  afterAll(() => app.close());

  const detail = (id: string): Promise<Json> => app.json(`/api/initiatives/${id}`);
  const listIds = async (filter: string): Promise<string[]> =>
    (await app.json(`/api/initiatives?pageSize=100&assessment=${filter}`)).items.map((i: Json) => i.id);
  const rate = async (id: string, rating: string, asOf: string) => {
    const res = await assess(app, monitor, id, assessmentInput({ rating: rating as never, asOf }));
    expect(res.status, await res.clone().text()).toBe(201);
  };
  const setStatus = async (id: string, status: string) => {
    const res = await updateInitiative(app, official, id, { status, note: 'Recorded by the secretariat.' });
    expect(res.status).toBe(200);
  };

  it('when nothing is assessed, then every initiative is not_assessed and the filters say so', async () => {
    const all = (await app.json('/api/initiatives?pageSize=100')).items;
    expect(all.every((i: Json) => i.agreement === 'not_assessed' && i.latestAssessment === null)).toBe(true);
    expect(await listIds('assessed')).toEqual([]);
    expect(await listIds('not_assessed')).toHaveLength(all.length);
  });

  it('when the official says completed and the monitor limited (two steps), then disagree at once', async () => {
    expect((await detail('senate-council-local-bodies')).officialRating).toBe('complete');
    await rate('senate-council-local-bodies', 'limited', '2027-03-01');
    expect((await detail('senate-council-local-bodies')).agreement).toBe('disagree');
    expect(await listIds('disagree')).toEqual(['senate-council-local-bodies']);
    expect((await app.json('/api/stats')).disagreement).toBe(1);
  });

  it('when one step apart with the independent lower, then agree through the threshold and disagree the day after', async () => {
    const id = 'maslikhat-recommendations';
    expect((await detail(id)).officialRating).toBe('substantial');
    await rate(id, 'limited', '2027-03-01');
    expect((await detail(id)).agreement).toBe('agree');
    now = at('2027-03-31');
    expect((await detail(id)).agreement).toBe('agree');
    now = at('2027-04-01');
    expect((await detail(id)).agreement).toBe('disagree');
    expect(await listIds('disagree')).toContain(id);
  });

  it('when one step apart with the independent higher, then agree however long it stands', async () => {
    const id = 'council-two-way-link';
    expect((await detail(id)).officialRating).toBe('not_started');
    await rate(id, 'limited', '2027-04-01');
    now = at('2027-09-01');
    expect((await detail(id)).agreement).toBe('agree');
    expect(await listIds('disagree')).not.toContain(id);
  });

  it('when the officials move a status one step above an old assessment, then the threshold counts from their change', async () => {
    const id = 'public-council-independence';
    now = at('2027-09-01');
    await rate(id, 'not_started', '2027-09-01');
    now = at('2027-12-01');
    await setStatus(id, 'in_progress');
    expect((await detail(id)).officialRating).toBe('limited');
    expect((await detail(id)).agreement).toBe('agree');
    now = at('2027-12-31');
    expect((await detail(id)).agreement).toBe('agree');
    now = at('2028-01-01');
    expect((await detail(id)).agreement).toBe('disagree');
  });

  it('when the ratings are equal, then agree; when cannot_assess, then not_assessed but assessed', async () => {
    now = at('2028-01-01');
    await rate('off-site-public-sessions', 'not_started', '2028-01-01');
    expect((await detail('off-site-public-sessions')).agreement).toBe('agree');
    await rate('social-media-outreach', 'cannot_assess', '2028-01-01');
    expect((await detail('social-media-outreach')).agreement).toBe('not_assessed');
    expect(await listIds('assessed')).toContain('social-media-outreach');
    expect(await listIds('not_assessed')).not.toContain('social-media-outreach');
  });

  it('when the filter is not one of its words, then 400 naming it', async () => {
    const res = await app.fetch('/api/initiatives?assessment=maybe');
    expect(res.status).toBe(400);
    expect(((await res.json()) as Json).errors.map((e: Json) => e.field)).toEqual(['assessment']);
  });
});

describe("a monitor's worklist", () => {
  let app: TestApp;
  let now = at('2027-03-01');
  beforeAll(async () => {
    app = await startTestApp({ now: () => now });
  });
  afterAll(() => app.close());

  const worklist = async (cookie: string): Promise<Json[]> =>
    ((await app.fetch('/api/monitor/worklist', { headers: { cookie } }).then((r) => r.json())) as Json).items;

  it('when assessed, then it leaves the list; when the official status changes since, then it returns', async () => {
    const monitor = await loginMonitor(app, 'Worklist Watch');
    const colleague = await loginMonitor(app, 'Worklist Watch');
    const stranger = await loginMonitor(app, 'Other Watch');
    const all = (await app.json('/api/initiatives?pageSize=100')).total;
    expect(await worklist(monitor)).toHaveLength(all);
    expect((await worklist(monitor))[0]).toMatchObject({ reason: 'not_assessed', lastAssessedAt: null });

    expect((await assess(app, monitor, 'full-time-deputies', assessmentInput())).status).toBe(201);
    expect((await worklist(colleague)).map((i) => i.id)).not.toContain('full-time-deputies');
    expect((await worklist(stranger)).map((i) => i.id)).toContain('full-time-deputies');

    const official = await loginAs(app, 'official');
    now = new Date(now.getTime() + 60_000);
    await updateInitiative(app, official, 'full-time-deputies', { verifiedOnly: true, note: 'Checked, nothing new.' });
    expect((await worklist(monitor)).map((i) => i.id)).not.toContain('full-time-deputies');
    now = new Date(now.getTime() + 60_000);
    await updateInitiative(app, official, 'full-time-deputies', { status: 'adopted', note: 'Adopted.' });
    const back = (await worklist(monitor)).find((i) => i.id === 'full-time-deputies');
    expect(back).toMatchObject({ reason: 'status_changed', status: 'adopted' });
    expect(back.statusChangedAt).not.toBeNull();
  });

  it('when an initiative has no English title yet, then its item says so, as the list does', async () => {
    const monitor = await loginMonitor(app, 'Title Watch');
    await app.store.db
      .updateTable('initiatives')
      .set({ title_en_missing: 1 })
      .where('id', '=', 'maslikhat-secretary-status')
      .execute();
    const items = await worklist(monitor);
    expect(items.find((i) => i.id === 'maslikhat-secretary-status')?.titleEnMissing).toBe(true);
    expect(items.find((i) => i.id === 'senate-council-local-bodies')?.titleEnMissing).toBe(false);
  });
});
