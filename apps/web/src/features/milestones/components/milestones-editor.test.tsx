import type { Milestone } from '@civic/shared/schemas';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import { MilestonesEditor } from './milestones-editor.tsx';

function createMilestone(overrides: Partial<Milestone> = {}): Milestone {
  return {
    id: '0190aaaa-0000-7000-8000-000000000001',
    initiativeId: 'off-site-public-sessions',
    title: 'Hearing',
    dueDate: '2027-04-01',
    completedAt: null,
    completedOn: null,
    overdue: false,
    createdAt: '2027-03-01T09:00:00.000Z',
    updatedAt: '2027-03-01T09:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

describe('MilestonesEditor', () => {
  beforeAll(async () => {
    await initI18n('?lang=en');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('when another official moved the due date first, then the notice names only that field, and the reload brings it in while the typed title stays', async () => {
    const sent: { body: unknown }[] = [];
    const current = createMilestone({ dueDate: '2027-06-30', version: 2 });
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      sent.push({ body: JSON.parse(String(init.body)) });
      return new Response(
        JSON.stringify({ type: '/problems/version-conflict', title: 'Version conflict', status: 409, current }),
        { status: 409, headers: { 'content-type': 'application/problem+json' } },
      );
    });
    const onChanged = vi.fn();
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MilestonesEditor
          initiativeId="off-site-public-sessions"
          milestones={[createMilestone()]}
          onChanged={onChanged}
        />
      </QueryClientProvider>,
    );
    const row = screen.getByRole('group', { name: 'Hearing' });
    const title = within(row).getByLabelText('Milestone title');
    const due = within(row).getByLabelText('Milestone due date');
    await userEvent.clear(title);
    await userEvent.type(title, 'Public hearing');
    await userEvent.click(within(row).getByRole('button', { name: 'Save milestone' }));

    const alert = await within(row).findByRole('alert');
    expect(alert).toHaveTextContent('Someone changed this milestone since you opened it.');
    expect(alert).toHaveTextContent('Now: Milestone due date: 2027-06-30');
    expect(alert).not.toHaveTextContent('Milestone title');
    expect(sent[0]?.body).toMatchObject({ version: 1, title: 'Public hearing' });
    expect(title).toHaveValue('Public hearing');
    expect(onChanged).not.toHaveBeenCalled();

    await userEvent.click(within(alert).getByRole('button', { name: 'Reload the current version' }));
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(title).toHaveValue('Public hearing');
    expect(due).toHaveValue('2027-06-30');
  });
});
