import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPasswordChecks } from '../src/auth/password-checks.ts';
import { cheapCost, createUser, jsonHeaders } from './auth-helpers.ts';
import { startTestApp, type TestApp } from './test-app.ts';

const attempt = (app: TestApp, username: string, password: string, ip: string) =>
  app.fetch('/api/auth/login', {
    method: 'POST',
    headers: jsonHeaders(undefined, { 'x-forwarded-for': ip }),
    body: JSON.stringify({ username, password }),
  });

describe('cap on concurrent password checks', () => {
  const checks = createPasswordChecks({ concurrent: 1, queue: 0 });
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ passwordChecks: checks });
  });
  afterAll(() => app.close());

  it('when the instance already runs all the checks it allows, then a login gets 503 with Retry-After and is not counted', async () => {
    const { username, password } = await createUser(app.store, { role: 'official', cost: cheapCost });
    let release: () => void = () => undefined;
    // The test itself holds the only slot, as a long check of another login would.
    const held = checks.run(() => new Promise<void>((resolve) => (release = resolve)));
    try {
      for (let i = 0; i < 6; i += 1) {
        const busy = await attempt(app, username, password, '10.2.0.1');
        expect(busy.status).toBe(503);
        expect(busy.headers.get('content-type')).toMatch(/application\/problem\+json/);
        expect(busy.headers.get('retry-after')).toBe('1');
        expect(busy.headers.get('set-cookie')).toBeNull();
      }
    } finally {
      release();
      await held;
    }
    // Six refused attempts were never checked, so they do not use up the username's five free tries.
    expect((await attempt(app, username, password, '10.2.0.1')).status).toBe(200);
  });
});
