import type { InitiativeDetail } from '@civic/shared/schemas';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { changeLanguage, initI18n } from '../../../lib/i18n.ts';
import { DetailsForm } from './details-form.tsx';

const seen = {
  id: 'council-two-way-link',
  kind: 'institution',
  status: 'in_progress',
  progress: 25,
  title: { ru: 'Двусторонняя связь с советами', kk: 'Кеңестермен байланыс', en: 'Two-way link' },
  titleEnMissing: false,
  summary: { ru: 'Описание', en: 'Summary' },
  owner: { id: 'senate', name: { ru: 'Сенат', kk: 'Сенат', en: 'Senate' } },
  region: 'KZ',
  parentId: null,
  parent: null,
  version: 4,
  children: [],
  milestones: [],
} as unknown as InitiativeDetail;

/** What another tab saved meanwhile: only the Kazakh title. */
const current = {
  ...seen,
  title: { ...seen.title, kk: 'Кеңестермен екі жақты байланыс' },
  version: 5,
} as InitiativeDetail;

function stubApi() {
  const sent: unknown[] = [];
  vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
    const json = (body: unknown, status = 200, type = 'application/json') =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
    if (init?.method === 'PATCH') {
      sent.push(JSON.parse(String(init.body)));
      return json(
        { type: 'about:blank', title: 'Conflict', status: 409, detail: 'stale version', current },
        409,
        'application/problem+json',
      );
    }
    if (input.includes('/owners')) {
      return json({
        items: [
          { owner: seen.owner, count: 1 },
          { owner: { id: 'government', name: { ru: 'Правительство', en: 'Government' } }, count: 1 },
        ],
      });
    }
    return json({ items: [] });
  });
  return sent;
}

function renderForm() {
  const changed: InitiativeDetail[] = [];
  render(
    <QueryClientProvider client={new QueryClient()}>
      <DetailsForm initiative={seen} onChanged={(next) => changed.push(next)} />
    </QueryClientProvider>,
  );
  return changed;
}

describe('DetailsForm on a stale version', () => {
  beforeAll(async () => {
    await initI18n('?lang=en');
  });
  afterEach(async () => {
    cleanup();
    vi.unstubAllGlobals();
    await changeLanguage('en');
  });

  it('when another tab changed the Kazakh title, then the notice names that field with its new value, and loading the current version keeps the edits to the other fields and the note', async () => {
    const sent = stubApi();
    renderForm();
    const english = screen.getByLabelText('Title in English');
    await userEvent.clear(english);
    await userEvent.type(english, 'Two-way link with councils');
    await userEvent.clear(screen.getByLabelText('Region code'));
    await userEvent.type(screen.getByLabelText('Region code'), 'KZ-15');
    await userEvent.type(screen.getByLabelText('Note'), 'Title and region corrected.');
    await userEvent.click(screen.getByRole('button', { name: 'Save details' }));

    const alert = await screen.findByRole('alert');
    expect(sent).toHaveLength(1);
    expect(within(alert).getByText('Title (Kazakh): Кеңестермен екі жақты байланыс')).toBeTruthy();
    // Fields the other change did not touch are not named, the Russian title least of all.
    expect(alert.textContent).not.toContain('Двусторонняя связь с советами');
    expect(alert.textContent).not.toContain('Region');

    await userEvent.click(within(alert).getByRole('button', { name: 'Reload the current version' }));
    expect(screen.getByLabelText('Title in Kazakh')).toHaveValue('Кеңестермен екі жақты байланыс');
    expect(screen.getByLabelText('Title in English')).toHaveValue('Two-way link with councils');
    expect(screen.getByLabelText('Region code')).toHaveValue('KZ-15');
    expect(screen.getByLabelText('Note')).toHaveValue('Title and region corrected.');

    // Sent again, it goes from the current version with the official's own edits only.
    await userEvent.click(screen.getByRole('button', { name: 'Save details' }));
    expect(sent[1]).toMatchObject({
      version: 5,
      title: { ru: seen.title.ru, kk: 'Кеңестермен екі жақты байланыс', en: 'Two-way link with councils' },
      region: 'KZ-15',
      note: 'Title and region corrected.',
    });
  }, 20_000);

  it.each([
    ['ru', 'Название (каз.): Кеңестермен екі жақты байланыс'],
    ['kk', 'Атауы (қазақша): Кеңестермен екі жақты байланыс'],
  ] as const)('when the notice is read in %s, then the field is named in that language', async (lang, line) => {
    await changeLanguage(lang);
    stubApi();
    renderForm();
    await userEvent.type(screen.getByLabelText(/^(Ағылшынша атауы|Название на английском)/), '!');
    await userEvent.type(screen.getByLabelText(/^(Ескертпе|Примечание)/), 'x');
    await userEvent.click(screen.getByRole('button', { name: /(Сохранить|сақтау)/i }));
    expect(within(await screen.findByRole('alert')).getByText(line)).toBeTruthy();
  });
});
