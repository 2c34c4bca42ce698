import type { HistoryPage, StatusChange } from '@civic/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import { HistoryTimeline } from './history-timeline.tsx';

function createChange(n: number): StatusChange {
  return {
    id: `change-${n}`,
    initiativeId: 'full-time-deputies',
    fromStatus: 'proposed',
    toStatus: 'in_progress',
    fromProgress: 0,
    toProgress: 25,
    fromStage: null,
    toStage: null,
    note: `Note ${n}`,
    evidenceUrl: null,
    actor: 'Official',
    at: new Date(Date.UTC(2026, 1, 1, 0, 0, 0) - n * 60_000).toISOString(),
  };
}

/** The API's pages, newest first: the first ends with a cursor, the second is the last. */
const pages: Record<string, HistoryPage> = {
  first: { items: [createChange(1), createChange(2)], nextCursor: 'older' },
  older: { items: [createChange(3)], nextCursor: null },
};

describe('HistoryTimeline', () => {
  beforeAll(async () => {
    await initI18n('?lang=en');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('when the history has more than one page, then older changes come after the newest on request, until none is left', async () => {
    const requested: string[] = [];
    vi.stubGlobal('fetch', async (input: string) => {
      requested.push(input);
      const cursor = new URL(input, 'http://localhost').searchParams.get('cursor') ?? 'first';
      return new Response(JSON.stringify(pages[cursor]), { headers: { 'content-type': 'application/json' } });
    });
    render(
      <QueryClientProvider client={new QueryClient()}>
        <HistoryTimeline initiativeId="full-time-deputies" />
      </QueryClientProvider>,
    );
    const region = await screen.findByRole('region', { name: 'History' });
    await within(region).findByText('Note 1');
    expect(within(region).getAllByRole('listitem')).toHaveLength(2);

    await userEvent.click(within(region).getByRole('button', { name: 'Show older changes' }));
    await within(region).findByText('Note 3');
    const notes = within(region)
      .getAllByRole('listitem')
      .map((item) => item.querySelector('.timeline-note')?.textContent);
    expect(notes).toEqual(['Note 1', 'Note 2', 'Note 3']);
    expect(within(region).queryByRole('button', { name: 'Show older changes' })).toBeNull();
    expect(requested).toEqual([
      '/api/initiatives/full-time-deputies/history',
      '/api/initiatives/full-time-deputies/history?cursor=older',
    ]);
  });
});
