import type { Initiative } from '@civic/shared/schemas';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageStarts } from '../../../app/page-starts.ts';
import { initI18n } from '../../../lib/i18n.ts';
import en from '../../../lib/locales/en.json';
import { initiativeFixture } from '../../../test/fixtures.ts';
import InitiativesPage from './initiatives-page.tsx';

const initiative: Initiative = initiativeFixture({
  id: 'full-time-deputies',
  title: { ru: 'Депутаты на постоянной основе', en: 'Full-time deputies' },
});

/** A window whose width the test sets: `(min-width: N px)` queries match it and hear when it changes. */
function fakeWindowWidth(initial: number) {
  let width = initial;
  const lists: { min: number; listeners: Set<() => void> }[] = [];
  vi.stubGlobal('matchMedia', (query: string) => {
    const min = Number(/\(min-width:\s*(\d+)px\)/.exec(query)?.[1] ?? Number.NaN);
    const entry = { min, listeners: new Set<() => void>() };
    lists.push(entry);
    return {
      media: query,
      get matches() {
        return width >= entry.min;
      },
      addEventListener: (_type: 'change', listener: () => void) => entry.listeners.add(listener),
      removeEventListener: (_type: 'change', listener: () => void) => entry.listeners.delete(listener),
    };
  });
  return (next: number) => {
    const changed = lists.filter((entry) => width >= entry.min !== next >= entry.min);
    width = next;
    for (const entry of changed) for (const listener of entry.listeners) listener();
  };
}

function renderPage(entry = '/initiatives?lang=en') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[entry]}>
        <InitiativesPage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('InitiativesPage', () => {
  beforeAll(async () => {
    await initI18n('?lang=en');
  });
  beforeEach(() => {
    vi.stubGlobal('fetch', async () =>
      Response.json({ items: [initiative], total: 1, page: 1, pageSize: 20 }, { status: 200 }),
    );
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('when a shared link filters by a former letter region code, then the list asks for the numeric code and shows its region chosen', async () => {
    fakeWindowWidth(1280);
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(String(url));
      return Response.json({ items: [initiative], total: 1, page: 1, pageSize: 20 }, { status: 200 });
    });
    renderPage('/initiatives?lang=en&region=KZ-AKT');
    expect(await screen.findByRole('table', { name: 'Initiatives' }, { timeout: 5000 })).toBeInTheDocument();
    const listRequests = asked.filter((url) => url.startsWith('/api/initiatives?'));
    expect(listRequests.length).toBeGreaterThan(0);
    for (const url of listRequests) expect(new URL(url, 'http://x').searchParams.get('region')).toBe('KZ-15');
    const region = screen.getByRole('combobox', { name: 'Region' }) as HTMLSelectElement;
    expect(region.value).toBe('KZ-15');
    expect(region.selectedOptions[0]?.textContent).toBe('Aktobe Region');
  });

  it('when the page renders, then its start is the markup the server paints before the scripts (page-starts.ts)', async () => {
    fakeWindowWidth(390);
    renderPage();
    await screen.findByRole('list', { name: 'Initiatives' }, { timeout: 5000 });
    const painted = document.createElement('template');
    painted.innerHTML = pageStarts(en)['/initiatives'] ?? '';
    const page = document.querySelector('.initiatives-page');
    const paintedPage = painted.content.querySelector('main > div');
    expect(page?.className).toBe(paintedPage?.className);
    expect(page?.querySelector('.page-header')?.outerHTML).toBe(paintedPage?.querySelector('.page-header')?.outerHTML);
  });

  it('when the window is narrow, then the list is cards from the first render and no table is built', async () => {
    fakeWindowWidth(390);
    renderPage();
    expect(await screen.findByRole('list', { name: 'Initiatives' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Full-time deputies' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('when the window is wide, then the list is a table and no cards are built', async () => {
    fakeWindowWidth(1280);
    renderPage();
    expect(await screen.findByRole('table', { name: 'Initiatives' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Initiatives' })).toBeNull();
  });

  it('when the window is resized across the table width, then the list switches between table and cards', async () => {
    const resize = fakeWindowWidth(1280);
    renderPage();
    await screen.findByRole('table', { name: 'Initiatives' }, { timeout: 5000 });
    act(() => resize(800));
    expect(screen.getByRole('list', { name: 'Initiatives' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    act(() => resize(1200));
    expect(screen.getByRole('table', { name: 'Initiatives' })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Initiatives' })).toBeNull();
  });
});
