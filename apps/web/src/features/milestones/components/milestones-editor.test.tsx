import type { Milestone } from '@civic/shared/schemas';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
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
  function renderEditor(milestone = createMilestone()) {
    const sent: { method: string; body: unknown }[] = [];
    const answer = { current: (): Response => Response.json(milestone) };
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      sent.push({ method: String(init.method), body: init.body ? JSON.parse(String(init.body)) : undefined });
      return answer.current();
    });
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MilestonesEditor initiativeId="off-site-public-sessions" milestones={[milestone]} onChanged={() => {}} />
      </QueryClientProvider>,
    );
    return { sent, answer, row: screen.getByRole('group', { name: milestone.title }) };
  }

  it('when a completion day is entered and "Save milestone" pressed, then the day is sent, not dropped', async () => {
    const { sent, row } = renderEditor();
    expect(within(row).getByLabelText('Completed on')).toHaveAccessibleDescription(
      expect.stringContaining('records this date too'),
    );
    fireEvent.change(within(row).getByLabelText('Completed on'), { target: { value: '2027-02-20' } });
    await userEvent.click(within(row).getByRole('button', { name: 'Save milestone' }));
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.body).toMatchObject({ version: 1, completedOn: '2027-02-20' });
  });

  it("when the API refuses a completion day after today, then 'Completed on' says so", async () => {
    const { answer, row } = renderEditor();
    answer.current = () =>
      Response.json(
        {
          type: '/problems/validation-error',
          title: 'Invalid request',
          status: 400,
          errors: [
            { field: 'completedOn', message: 'a day from the future', code: 'after_today', maximum: '2027-03-01' },
          ],
        },
        { status: 400, headers: { 'content-type': 'application/problem+json' } },
      );
    fireEvent.change(within(row).getByLabelText('Completed on'), { target: { value: '2030-01-01' } });
    await userEvent.click(within(row).getByRole('button', { name: 'Save milestone' }));
    await vi.waitFor(() =>
      expect(within(row).getByLabelText('Completed on')).toHaveAccessibleDescription(
        expect.stringContaining('The date must not be after today.'),
      ),
    );
  });

  it('when a due day before 2000-01-01 is entered, then the field names the bound and nothing is sent', async () => {
    const { sent, row } = renderEditor();
    fireEvent.change(within(row).getByLabelText('Milestone due date'), { target: { value: '1900-01-01' } });
    await userEvent.click(within(row).getByRole('button', { name: 'Save milestone' }));
    expect(within(row).getByLabelText('Milestone due date')).toHaveAccessibleDescription(
      'The date must not be before 2000-01-01.',
    );
    expect(sent).toHaveLength(0);
  });

  it('when "Remove milestone" is pressed, then it asks first: declined, nothing is sent; accepted, the removal is', async () => {
    const { sent, answer, row } = renderEditor();
    answer.current = () => new Response(null, { status: 204 });
    const confirm = vi.fn(() => false);
    vi.stubGlobal('confirm', confirm);
    await userEvent.click(within(row).getByRole('button', { name: 'Remove milestone' }));
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('Remove the milestone “Hearing”?'));
    expect(sent).toHaveLength(0);
    confirm.mockReturnValue(true);
    await userEvent.click(within(row).getByRole('button', { name: 'Remove milestone' }));
    await vi.waitFor(() => expect(sent).toEqual([{ method: 'DELETE', body: undefined }]));
  });
  it('when a title is typed, then the field shows its count against the 300-character limit, in each language', async () => {
    const { row } = renderEditor();
    const title = within(row).getByLabelText('Milestone title');
    expect(title).toHaveAccessibleDescription(expect.stringContaining('7 of 300 characters'));
    await userEvent.clear(title);
    await userEvent.paste('x'.repeat(600));
    expect(title).toHaveValue('x'.repeat(300));
    expect(title).toHaveAccessibleDescription(expect.stringContaining('300 of 300 characters'));
  });
});
