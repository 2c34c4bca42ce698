import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assess, assessmentInput, fieldsOf, loginMonitor } from './assessment-fixtures.ts';
import { jsonHeaders, loginAs, readJson } from './auth-helpers.ts';
import { startTestApp, type TestApp } from './test-app.ts';

const id = 'maslikhat-recommendations';

describe('independent assessments: validation, supersession, versions', () => {
  let app: TestApp;
  let monitor: string;
  beforeAll(async () => {
    app = await startTestApp({ now: () => new Date('2027-03-01T09:00:00.000Z') });
    monitor = await loginMonitor(app, 'Transparency Watch');
  });
  afterAll(() => app.close());

  const record = async (initiative = id) => (await app.json(`/api/initiatives/${initiative}/assessments`)).items;

  it.each([
    ['rating missing', 'rating', { rating: undefined }],
    ['rating off the scale', 'rating', { rating: 'partial' }],
    ['rationale missing', 'rationale', { rationale: undefined }],
    ['rationale blank', 'rationale', { rationale: '     ' }],
    ['rationale shorter than a sentence', 'rationale', { rationale: 'Not done.' }],
    ['rationale one long word', 'rationale', { rationale: 'Notdoneatallsofarasweknow' }],
    ['no evidence for a level', 'evidenceUrls', { evidenceUrls: [] }],
    ['evidence absent for a level', 'evidenceUrls', { evidenceUrls: undefined }],
    ['evidence not http(s)', 'evidenceUrls.0', { evidenceUrls: ['javascript:alert(1)'] }],
    ['evidence not a link', 'evidenceUrls.1', { evidenceUrls: ['https://ok.example', 'minutes'] }],
    [
      'more than ten links',
      'evidenceUrls',
      { evidenceUrls: Array.from({ length: 11 }, (_, i) => `https://e.example/${i}`) },
    ],
    ['asOf missing', 'asOf', { asOf: undefined }],
    ['asOf not a day', 'asOf', { asOf: '01.03.2027' }],
    ['asOf after today', 'asOf', { asOf: '2027-03-02' }],
    ['asOf in the year 0001', 'asOf', { asOf: '0001-01-01' }],
    ['asOf before 2000', 'asOf', { asOf: '1999-12-31' }],
    ['asOf in the year 9999', 'asOf', { asOf: '9999-12-31' }],
    ['an unknown field', 'status', { status: 'completed' }],
  ])('when %s, then 400 naming %s and nothing is recorded', async (_case, field, overrides) => {
    const before = await app.json(`/api/initiatives/${id}`);
    expect(before.version).toBeGreaterThan(0);
    const res = await assess(app, monitor, id, { ...assessmentInput(), ...overrides });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await fieldsOf(res)).toContain(field);
    expect(await record()).toEqual([]);
    expect((await app.json(`/api/initiatives/${id}`)).version).toBe(before.version);
  });

  it('when the rating is cannot_assess, then evidence may be left out', async () => {
    const res = await assess(
      app,
      monitor,
      'social-media-outreach',
      assessmentInput({ rating: 'cannot_assess', evidenceUrls: [] }),
    );
    expect(res.status, await res.clone().text()).toBe(201);
    const detail = await app.json('/api/initiatives/social-media-outreach');
    expect(detail.latestAssessment).toMatchObject({ rating: 'cannot_assess', evidenceUrls: [] });
    expect(detail.agreement).toBe('not_assessed');
  });

  it('when no version is sent, then 428; when it is stale, then 409 with the initiative as it stands', async () => {
    const { version: _v, ...noVersion } = { version: undefined, ...assessmentInput() };
    const none = await app.fetch(`/api/initiatives/${id}/assessments`, {
      method: 'POST',
      headers: jsonHeaders(monitor),
      body: JSON.stringify(noVersion),
    });
    expect(none.status).toBe(428);
    const current = (await app.json(`/api/initiatives/${id}`)).version;
    const stale = await assess(app, monitor, id, { ...assessmentInput(), version: current - 1 });
    expect(stale.status).toBe(409);
    expect((await readJson(stale)).current).toMatchObject({ id, version: current });
    expect(await record()).toEqual([]);
  });

  it('when the initiative is unknown, then 404', async () => {
    const res = await assess(app, monitor, 'no-such-initiative', { ...assessmentInput(), version: 1 });
    expect(res.status).toBe(404);
  });

  it('when an organisation assesses again, then the new one supersedes the old, which stays in the record', async () => {
    const first = await assess(app, monitor, id, assessmentInput({ asOf: '2027-02-01' }));
    expect(first.status).toBe(201);
    const firstBody = await readJson(first);
    expect(firstBody).toMatchObject({
      initiativeId: id,
      rating: 'limited',
      organisation: 'Transparency Watch',
      supersededBy: null,
    });
    expect(first.headers.get('etag')).toBe(`"${(await app.json(`/api/initiatives/${id}`)).version}-20270301"`);

    const colleague = await loginMonitor(app, 'Transparency Watch');
    const second = await readJson(
      await assess(app, colleague, id, assessmentInput({ rating: 'substantial', asOf: '2027-02-20' })),
    );
    const other = await loginMonitor(app, 'Citizens Audit');
    const third = await readJson(await assess(app, other, id, assessmentInput({ rating: 'not_started' })));

    const items = await record();
    expect(items.map((a: { id: string }) => a.id)).toEqual([third.id, second.id, firstBody.id]);
    expect(items.map((a: { supersededBy: string | null }) => a.supersededBy)).toEqual([null, null, second.id]);
    const detail = await app.json(`/api/initiatives/${id}`);
    expect(detail.latestAssessment).toMatchObject({ id: third.id, organisation: 'Citizens Audit' });
    const listed = (await app.json('/api/initiatives?pageSize=100')).items.find((i: { id: string }) => i.id === id);
    expect(listed.latestAssessment).toEqual(detail.latestAssessment);
    expect(listed.agreement).toBe(detail.agreement);
  });

  it("when asOf lies before the organisation's previous assessment, then 400 naming asOf", async () => {
    const res = await assess(app, monitor, id, assessmentInput({ asOf: '2027-01-15' }));
    expect(res.status).toBe(400);
    expect(await fieldsOf(res)).toEqual(['asOf']);
  });

  it('when two monitors send an assessment on the same version at once, then one is recorded and the other gets 409', async () => {
    const target = 'full-time-deputies';
    const version = (await app.json(`/api/initiatives/${target}`)).version;
    const writers = await Promise.all(['Watch A', 'Watch B', 'Watch C'].map((org) => loginMonitor(app, org)));
    const answers = await Promise.all(
      writers.map((cookie) => assess(app, cookie, target, { ...assessmentInput(), version })),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(await record(target)).toHaveLength(1);
    expect((await app.json(`/api/initiatives/${target}`)).version).toBe(version + 1);
  });

  it('when an official or an assessment races a status change on the same version, then only one lands', async () => {
    const target = 'maslikhat-secretary-status';
    const official = await loginAs(app, 'official');
    const version = (await app.json(`/api/initiatives/${target}`)).version;
    const [assessed, changed] = await Promise.all([
      assess(app, monitor, target, { ...assessmentInput(), version }),
      app.fetch(`/api/initiatives/${target}`, {
        method: 'PATCH',
        headers: jsonHeaders(official),
        body: JSON.stringify({ version, status: 'adopted', note: 'Adopted by the Government.' }),
      }),
    ]);
    const landed = [assessed.status, changed.status].filter((status) => status === 200 || status === 201);
    expect(landed).toHaveLength(1);
    expect([assessed.status, changed.status]).toContain(409);
    const detail = await app.json(`/api/initiatives/${target}`);
    expect(detail.version).toBe(version + 1);
  });
});
