import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import { CreateInitiativeForm } from './create-initiative-form.tsx';

/** The choices the form reads: no owners, parents or sources yet; a write would be seen here. */
function serve() {
  // Every list the form reads (/api/owners, /api/initiatives, /api/sources) answers { items: [] }.
  const fetch = vi.fn(async (_url: string, _init?: RequestInit) => {
    return new Response(JSON.stringify({ items: [] }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('CreateInitiativeForm', () => {
  beforeAll(async () => {
    await initI18n('?lang=en');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('when it is sent empty, then each nested field (a title per language, the source passage) says what to fill and nothing is sent', async () => {
    const fetch = serve();
    render(
      <QueryClientProvider client={new QueryClient()}>
        <CreateInitiativeForm onCreated={() => undefined} />
      </QueryClientProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Add initiative' }));
    expect(screen.getByLabelText('Identifier')).toHaveFocus();
    expect(screen.getByLabelText('Title in Russian')).toHaveAccessibleDescription(
      '0 of 2000 characters Enter the title in Russian.',
    );
    expect(screen.getByLabelText('Title in English')).toHaveAccessibleDescription(
      '0 of 2000 characters Enter the title in English.',
    );
    expect(screen.getByLabelText('Source document')).toHaveAccessibleDescription('Choose a source document.');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(fetch.mock.calls.filter(([, init]) => init?.method === 'POST')).toEqual([]);
  });
});
