import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useOwners } from './owners.ts';

const senate = { id: 'senate', name: { ru: 'Сенат', en: 'Senate' } };
const unused = { id: 'zz-unused', name: { ru: 'Без инициатив', en: 'No initiatives' } };

describe('useOwners', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('when the forms and the filter both ask, then one request to /api/owners serves both, and only the filter leaves out a body that owns nothing', async () => {
    const urls: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      urls.push(String(url));
      const items = [
        { owner: senate, count: 3 },
        { owner: unused, count: 0 },
      ];
      return new Response(JSON.stringify({ items }), { headers: { 'content-type': 'application/json' } });
    });
    const client = new QueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const choices = renderHook(() => useOwners(), { wrapper });
    const filter = renderHook(() => useOwners({ withInitiatives: true }), { wrapper });
    await waitFor(() => expect(choices.result.current.data).toEqual([senate, unused]));
    await waitFor(() => expect(filter.result.current.data).toEqual([senate]));
    expect(urls).toEqual(['/api/owners']);
  });
});
