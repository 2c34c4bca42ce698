import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../src/db/connect.ts';
import { firstUserHint, warnWhenNoUsers } from '../src/users/first-user-hint.ts';
import { createUser } from './auth-helpers.ts';
import { createSeededStore } from './test-app.ts';

describe('a first start without accounts', () => {
  let store: Store;
  beforeAll(async () => {
    store = await createSeededStore();
  });
  afterAll(() => store.close());

  it('when no user exists, then the log says how to create one; once one exists, it says nothing', async () => {
    const warnings: string[] = [];
    const logger = { warn: (message: string) => void warnings.push(message) };
    expect(await warnWhenNoUsers(store.db, logger as never)).toBe(true);
    expect(warnings).toEqual([firstUserHint]);
    expect(firstUserHint).toContain('user:create');
    await createUser(store, { role: 'admin' });
    expect(await warnWhenNoUsers(store.db, logger as never)).toBe(false);
    expect(warnings).toHaveLength(1);
  });
});
