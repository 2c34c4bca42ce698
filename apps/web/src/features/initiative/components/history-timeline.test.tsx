import type { HistoryPage, StatusChange } from '@civic/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatDate } from '../../../lib/format.ts';
import { changeLanguage, initI18n } from '../../../lib/i18n.ts';
import { serveHistory, serveJson } from '../../../test/fixtures.ts';
import { HistoryTimeline } from './history-timeline.tsx';

function createChange(n: number): StatusChange {
  return {
    id: `change-${n}`,
    initiativeId: 'full-time-deputies',
    kind: 'status_change',
    changes: [
      { field: 'status', from: 'proposed', to: 'in_progress' },
      { field: 'progress', from: 0, to: 25 },
    ],
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

/** The timeline's entries, without the lists of changed fields inside them. */
const entriesIn = (region: HTMLElement) =>
  within(region)
    .getAllByRole('listitem')
    .filter((item) => item.classList.contains('timeline-item'));

/**
 * Renders the timeline of one initiative against a stubbed API: `items` as its one page of history,
 * or `answer` giving the body for each URL. Returns the URLs the timeline asked for, in order.
 */
function renderTimeline(items: StatusChange[] | ((url: string) => unknown)): string[] {
  const requested = typeof items === 'function' ? serveJson(items) : serveHistory(items);
  render(
    <QueryClientProvider client={new QueryClient()}>
      <HistoryTimeline initiativeId="full-time-deputies" />
    </QueryClientProvider>,
  );
  return requested;
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
    const requested = renderTimeline(
      (url) => pages[new URL(url, 'http://localhost').searchParams.get('cursor') ?? 'first'],
    );
    const region = await screen.findByRole('region', { name: 'History' });
    await within(region).findByText('Note 1');
    expect(entriesIn(region)).toHaveLength(2);
    // The colon stays on the kind's label (the row is a flex line; its gap would set a lone colon apart).
    expect(entriesIn(region)[0]?.querySelector('.timeline-kind')?.textContent).toBe('Status change:');

    await userEvent.click(within(region).getByRole('button', { name: 'Show older changes' }));
    await within(region).findByText('Note 3');
    const notes = entriesIn(region).map((item) => item.querySelector('.timeline-note')?.textContent);
    expect(notes).toEqual(['Note 1', 'Note 2', 'Note 3']);
    expect(within(region).queryByRole('button', { name: 'Show older changes' })).toBeNull();
    expect(requested).toEqual([
      '/api/initiatives/full-time-deputies/history',
      '/api/initiatives/full-time-deputies/history?cursor=older',
    ]);
  });

  const targetDateMoved: StatusChange = {
    ...createChange(4),
    kind: 'field_change',
    changes: [{ field: 'targetDate', from: '2027-06-30', to: '2027-12-31' }],
    fromStatus: 'proposed',
    toStatus: 'proposed',
    fromProgress: 0,
    toProgress: 0,
    note: 'Deadline moved by decree.',
  };
  const milestoneDone: StatusChange = {
    ...createChange(5),
    kind: 'milestone_completed',
    changes: [{ field: 'milestone.completedOn', from: null, to: '2027-02-27' }],
    fromStatus: 'proposed',
    toStatus: 'proposed',
    fromProgress: 0,
    toProgress: 0,
    note: 'Hearing',
  };

  it.each([
    [
      'en',
      'Progress update',
      'Target date: 2027-06-30 → 2027-12-31',
      'Milestone completed',
      'Milestone completed on: — → 2027-02-27',
    ],
    [
      'ru',
      'Обновление хода работы',
      'Целевой срок: 2027-06-30 → 2027-12-31',
      'Этап выполнен',
      'Дата выполнения этапа: — → 2027-02-27',
    ],
    [
      'kk',
      'Жұмыс барысы жаңартылды',
      'Мақсатты мерзім: 2027-06-30 → 2027-12-31',
      'Кезең орындалды',
      'Кезеңнің орындалған күні: — → 2027-02-27',
    ],
  ] as const)(
    'when a target date moves and a milestone is completed (%s), then the timeline names each field from → to, not a status change',
    async (lang, kind, change, milestoneKind, milestoneChange) => {
      await changeLanguage(lang);
      renderTimeline([targetDateMoved, milestoneDone]);
      const region = await screen.findByRole('region');
      await within(region).findByText('Deadline moved by decree.');
      const [first, second] = entriesIn(region);
      // Days print as the page prints dates, not as ISO days.
      const localised = (text: string) => text.replace(/\d{4}-\d{2}-\d{2}/g, (day) => formatDate(day, lang));
      expect(first?.querySelector('.timeline-kind')?.textContent).toBe(kind);
      expect(within(first as HTMLElement).getByText(localised(change))).toBeTruthy();
      expect(first?.textContent).not.toContain('→ 0');
      expect(first?.querySelector('.timeline-changes')?.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(second?.querySelector('.timeline-kind')?.textContent).toBe(milestoneKind);
      expect(within(second as HTMLElement).getByText(localised(milestoneChange))).toBeTruthy();
      expect(within(second as HTMLElement).getByText('Hearing')).toBeTruthy();
      await changeLanguage('en');
    },
  );

  it('when "Update status" moved only the progress, then the timeline calls it a progress update, not the description edit beside it', async () => {
    await changeLanguage('ru');
    const progressOnly: StatusChange = {
      ...createChange(7),
      kind: 'field_change',
      changes: [{ field: 'progress', from: 50, to: 75 }],
      fromStatus: 'in_progress',
      toStatus: 'in_progress',
      fromProgress: 50,
      toProgress: 75,
      note: 'Half the regions joined.',
    };
    const titleEdited: StatusChange = {
      ...createChange(8),
      kind: 'details_change',
      changes: [{ field: 'title.ru', from: 'Совет', to: 'Совет по взаимодействию' }],
      fromStatus: 'in_progress',
      toStatus: 'in_progress',
      fromProgress: 75,
      toProgress: 75,
      note: 'Title corrected.',
    };
    renderTimeline([progressOnly, titleEdited]);
    const region = await screen.findByRole('region');
    await within(region).findByText('Half the regions joined.');
    const kinds = entriesIn(region).map((item) => item.querySelector('.timeline-kind')?.textContent);
    expect(kinds).toEqual(['Обновление хода работы', 'Изменение описания']);
    expect(within(entriesIn(region)[0] as HTMLElement).getByText(/Прогресс: 50/)).toBeTruthy();
    await changeLanguage('en');
  });

  it.each([
    ['en', 'After a change to “Two-way link with councils”'],
    ['ru', 'После изменения в инициативе «Двусторонняя связь с советами»'],
    ['kk', '«Кеңестермен екі жақты байланыс» бастамасындағы өзгерістен кейін'],
  ] as const)(
    'when the roll-up moved a parent (%s), then its entry names the child it came from, linked',
    async (lang, text) => {
      await changeLanguage(lang);
      const rollup: StatusChange = {
        ...createChange(9),
        kind: 'rollup',
        changes: [{ field: 'progress', from: 40, to: 20 }],
        fromStatus: 'in_progress',
        toStatus: 'in_progress',
        fromProgress: 40,
        toProgress: 20,
        note: '',
        cause: {
          id: 'council-two-way-link',
          title: {
            ru: 'Двусторонняя связь с советами',
            kk: 'Кеңестермен екі жақты байланыс',
            en: 'Two-way link with councils',
          },
        },
      };
      vi.stubGlobal(
        'fetch',
        async () =>
          new Response(JSON.stringify({ items: [rollup], nextCursor: null }), {
            headers: { 'content-type': 'application/json' },
          }),
      );
      render(
        <MemoryRouter>
          <QueryClientProvider client={new QueryClient()}>
            <HistoryTimeline initiativeId="senate-council-local-bodies" />
          </QueryClientProvider>
        </MemoryRouter>,
      );
      const region = await screen.findByRole('region');
      const link = await within(region).findByRole('link', { name: text });
      expect(link.getAttribute('href')).toBe('/initiatives/council-two-way-link');
      await changeLanguage('en');
    },
  );

  it("when an entry moved the owner, then the timeline names both bodies in the reader's language, read from /api/owners", async () => {
    await changeLanguage('en');
    const ownerMoved: StatusChange = {
      ...createChange(6),
      kind: 'details_change',
      changes: [{ field: 'ownerId', from: 'senate', to: 'aktobe-maslikhat' }],
      fromStatus: 'proposed',
      toStatus: 'proposed',
      fromProgress: 0,
      toProgress: 0,
      note: 'Owner corrected.',
    };
    const owners = {
      items: [
        { owner: { id: 'senate', name: { ru: 'Сенат', en: 'Senate' } }, count: 3 },
        { owner: { id: 'aktobe-maslikhat', name: { ru: 'Маслихат', en: 'Aktobe Regional Maslikhat' } }, count: 1 },
      ],
    };
    renderTimeline((url) => (url.startsWith('/api/owners') ? owners : { items: [ownerMoved], nextCursor: null }));
    const region = await screen.findByRole('region');
    await within(region).findByText('Owner: Senate → Aktobe Regional Maslikhat');
    expect(within(region).queryByText(/senate → aktobe-maslikhat/)).toBeNull();
  });
});
