import { afterEach, describe, expect, it, vi } from 'vitest';
import { removeMilestone } from './save-milestone.ts';

describe('removing a milestone', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('when a milestone is removed, then its version goes as a strong entity tag: the API refuses a weak one (412)', async () => {
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    await removeMilestone('full-time-deputies', 'm-1', 3);
    const headers = fetchMock.mock.calls[0]?.[1]?.headers as Record<string, string>;
    expect(headers['If-Match']).toBe('"3"');
  });
});
