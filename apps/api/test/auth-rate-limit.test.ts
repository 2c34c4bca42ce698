import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { listen } from '../src/server.ts';
import { cheapCost, createUser, jsonHeaders } from './auth-helpers.ts';
import { startTestApp, type TestApp } from './test-app.ts';

const minute = 60_000;

const attempt = (url: string, username: string, password: string, ip = '127.0.0.1') =>
  fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: jsonHeaders(undefined, { 'x-forwarded-for': ip }),
    body: JSON.stringify({ username, password }),
  });

const statuses = (responses: Response[]) => responses.map((r) => r.status);
const count = (list: number[], status: number) => list.filter((s) => s === status).length;

describe('login rate limit', () => {
  let app: TestApp;
  // The test moves the clock to step past a delay instead of waiting for it.
  let now = Date.parse('2026-03-01T09:00:00Z');
  beforeAll(async () => {
    app = await startTestApp({ now: () => new Date(now) });
  });
  afterAll(() => app.close());

  it('when 40 wrong guesses for one username arrive at once, then only 5 are checked and the rest get 429', async () => {
    // The real scrypt cost: the race this guards against lasts as long as a password check.
    const { username } = await createUser(app.store, { role: 'official' });
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => attempt(app.url, username, 'wrong-password-guess', '10.1.0.1')),
    );
    const seen = statuses(answers);
    // A 401 is an answer after the password check; a 429 comes before it.
    expect(count(seen, 401)).toBe(5);
    expect(count(seen, 429)).toBe(35);
    for (const refused of answers.filter((r) => r.status === 429)) {
      expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    }
  });

  it('when 100 wrong guesses across usernames arrive at once from one address, then only 30 are checked', async () => {
    const targets = await Promise.all(
      Array.from({ length: 100 }, () => createUser(app.store, { role: 'official', cost: cheapCost })),
    );
    const answers = await Promise.all(
      targets.map(({ username }) => attempt(app.url, username, 'wrong-password-guess', '10.1.1.1')),
    );
    const seen = statuses(answers);
    expect(count(seen, 401)).toBe(30);
    expect(count(seen, 429)).toBe(70);
    const { username, password } = await createUser(app.store, { role: 'official', cost: cheapCost });
    expect((await attempt(app.url, username, password, '10.1.1.1')).status).toBe(429);
    expect((await attempt(app.url, username, password, '10.1.1.2')).status).toBe(200);
  });

  it('when a username is hammered from one address, then its owner still logs in from another at once', async () => {
    const { username, password } = await createUser(app.store, { role: 'official', cost: cheapCost });
    const attack = await Promise.all(
      Array.from({ length: 20 }, () => attempt(app.url, username, 'wrong-password-guess', '10.1.2.1')),
    );
    expect(count(statuses(attack), 429)).toBe(15);
    const owner = await attempt(app.url, username, password, '10.1.2.2');
    expect(owner.status).toBe(200);
    expect(owner.headers.get('set-cookie')).toMatch(/civic_session=/);
    expect((await attempt(app.url, username, password, '10.1.2.1')).status).toBe(429);
  });

  it('when guesses go on past the free ones, then each waits twice as long as the last, up to 15 minutes', async () => {
    const { username, password } = await createUser(app.store, { role: 'official', cost: cheapCost });
    for (let i = 0; i < 5; i += 1) {
      expect((await attempt(app.url, username, 'wrong-password-guess', '10.1.3.1')).status).toBe(401);
    }
    const waits: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const refused = await attempt(app.url, username, password, '10.1.3.1');
      expect(refused.status).toBe(429);
      const wait = Number(refused.headers.get('retry-after'));
      waits.push(wait);
      now += wait * 1000 - 1000;
      expect((await attempt(app.url, username, 'wrong-password-guess', '10.1.3.1')).status).toBe(429);
      now += 1000;
      expect((await attempt(app.url, username, 'wrong-password-guess', '10.1.3.1')).status).toBe(401);
    }
    expect(waits).toEqual([60, 120, 240, 480, 900, 900]);
  });

  it('when a username has waited out its delay and stayed quiet, then it starts again with five free tries', async () => {
    const { username, password } = await createUser(app.store, { role: 'official', cost: cheapCost });
    for (let i = 0; i < 5; i += 1) await attempt(app.url, username, 'wrong-password-guess', '10.1.4.1');
    expect((await attempt(app.url, username, password, '10.1.4.1')).status).toBe(429);
    now += minute + 15 * minute;
    for (let i = 0; i < 5; i += 1) {
      expect((await attempt(app.url, username, 'wrong-password-guess', '10.1.4.1')).status).toBe(401);
    }
    expect((await attempt(app.url, username, password, '10.1.4.1')).status).toBe(429);
  });

  it('when the limit is reached, then another instance on the same database refuses too', async () => {
    const { username } = await createUser(app.store, { role: 'official', cost: cheapCost });
    for (let i = 0; i < 5; i += 1) await attempt(app.url, username, 'wrong-password-guess', '10.0.1.1');
    const other = await listen(
      createApp({ store: app.store, logger: pino({ level: 'silent' }), staleAfterDays: 30, now: () => new Date(now) }),
      0,
      '127.0.0.1',
    );
    try {
      expect((await attempt(other.url, username, 'wrong-password-guess', '10.0.1.1')).status).toBe(429);
    } finally {
      await other.close();
    }
  });

  it('when guesses for a username come from across one IPv6 /56, then they count as from one address', async () => {
    const { username } = await createUser(app.store, { role: 'official', cost: cheapCost });
    for (let i = 0; i < 5; i += 1) {
      const ip = `2001:db8:0:${(i * 16).toString(16)}::${i + 1}`;
      expect((await attempt(app.url, username, 'wrong-password-guess', ip)).status).toBe(401);
    }
    expect((await attempt(app.url, username, 'wrong-password-guess', '2001:db8:0:ff::9')).status).toBe(429);
    expect((await attempt(app.url, username, 'wrong-password-guess', '2001:db8:0:100::9')).status).toBe(401);
  });

  it('when a user logs in successfully, then their earlier failures are forgotten', async () => {
    const { username, password } = await createUser(app.store, { role: 'official', cost: cheapCost });
    for (let i = 0; i < 4; i += 1) await attempt(app.url, username, 'wrong-password-guess', '10.0.3.1');
    expect((await attempt(app.url, username, password, '10.0.3.1')).status).toBe(200);
    for (let i = 0; i < 4; i += 1) await attempt(app.url, username, 'wrong-password-guess', '10.0.3.1');
    expect((await attempt(app.url, username, password, '10.0.3.1')).status).toBe(200);
  });

  it('when thirty officials log in successfully from one office address, then none of them is refused', async () => {
    const officials = await Promise.all(
      Array.from({ length: 31 }, () => createUser(app.store, { role: 'official', cost: cheapCost })),
    );
    for (const { username, password } of officials) {
      expect((await attempt(app.url, username, password, '10.0.5.1')).status).toBe(200);
    }
  });
});
