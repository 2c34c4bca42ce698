import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonHeaders, loginAs, readJson } from './auth-helpers.ts';
import { startTestApp, type TestApp } from './test-app.ts';

describe('concurrent updates', () => {
  let app: TestApp;
  let cookie: string;
  beforeAll(async () => {
    app = await startTestApp();
    cookie = await loginAs(app, 'official');
  });
  afterAll(() => app.close());

  it('when 20 PATCHes carry the same version at once, then one wins, nineteen get 409 and one history row is added', async () => {
    const id = 'public-council-independence';
    const before = await app.json(`/api/initiatives/${id}`);
    const historyBefore = (await app.json(`/api/initiatives/${id}/history`)).items.length;
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        app.fetch(`/api/initiatives/${id}`, {
          method: 'PATCH',
          headers: jsonHeaders(cookie),
          body: JSON.stringify({ version: before.version, progress: 30 + i, note: `Parallel update ${i}` }),
        }),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);

    const winner = responses.find((r) => r.status === 200);
    const won = winner ? await readJson(winner) : undefined;
    expect(won.version).toBe(before.version + 1);
    const conflicts = await Promise.all(responses.filter((r) => r.status === 409).map((r) => readJson(r)));
    for (const problem of conflicts) {
      expect(problem.type).toBe('/problems/version-conflict');
      expect(problem.current.version).toBe(before.version + 1);
      expect(problem.current.progress).toBe(won.progress);
    }

    const history = (await app.json(`/api/initiatives/${id}/history`)).items;
    expect(history).toHaveLength(historyBefore + 1);
    expect(history[0].toProgress).toBe(won.progress);
  });
});
