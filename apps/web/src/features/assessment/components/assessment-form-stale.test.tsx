import type { InitiativeDetail } from '@civic/shared/schemas';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import { AssessmentForm } from './assessment-form.tsx';

const seen = {
  id: 'council-two-way-link',
  kind: 'institution',
  status: 'proposed',
  progress: 0,
  legislativeStage: null,
  targetDate: null,
  title: { ru: 'Двусторонняя связь с советами', en: 'Two-way link' },
  summary: { ru: 'Описание', en: 'Summary' },
  owner: { id: 'senate', name: { ru: 'Сенат', en: 'Senate' } },
  region: 'KZ',
  parentId: null,
  parent: null,
  version: 3,
  children: [],
  milestones: [],
} as unknown as InitiativeDetail;

describe('AssessmentForm on a stale version', () => {
  beforeAll(async () => {
    await initI18n('?lang=en');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('when the initiative moved meanwhile, then the notice names what moved with its new value, and the typed assessment stays', async () => {
    const current = { ...seen, status: 'in_progress', progress: 25, version: 4 };
    vi.stubGlobal(
      'fetch',
      async () =>
        new Response(JSON.stringify({ type: 'about:blank', title: 'Conflict', status: 409, current }), {
          status: 409,
          headers: { 'content-type': 'application/problem+json' },
        }),
    );
    const changed: unknown[] = [];
    render(
      <QueryClientProvider client={new QueryClient()}>
        <AssessmentForm initiative={seen} onChanged={(detail) => changed.push(detail)} />
      </QueryClientProvider>,
    );
    const rating = screen.getByLabelText('Rating');
    await userEvent.selectOptions(rating, (within(rating).getAllByRole('option')[1] as HTMLOptionElement).value);
    await userEvent.type(screen.getByLabelText('Rationale'), 'The council met twice; minutes are public.');
    await userEvent.type(screen.getByLabelText('Evidence links'), 'https://example.kz/minutes');
    await userEvent.click(screen.getByRole('button', { name: 'Record assessment' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Status: In progress')).toBeTruthy();
    expect(within(alert).getByText('Progress: 25%')).toBeTruthy();
    expect(alert.textContent).not.toContain('Title');
    await userEvent.click(within(alert).getByRole('button', { name: 'Reload the current version' }));
    expect(changed).toEqual([current]);
    expect(screen.getByLabelText('Rationale')).toHaveValue('The council met twice; minutes are public.');
  }, 20_000);
});
