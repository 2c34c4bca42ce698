import type { InitiativeDetail } from '@civic/shared/schemas';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import { StatusChangeForm } from './status-change-form.tsx';

function createDetail(overrides: Partial<InitiativeDetail> = {}): InitiativeDetail {
  return {
    id: 'local-government-law-amendments',
    kind: 'legislation',
    status: 'under_review',
    progress: 50,
    legislativeStage: 'public_discussion',
    targetDate: null,
    version: 2,
    milestones: [],
    ...overrides,
  } as InitiativeDetail;
}

function renderForm(detail = createDetail()) {
  const changed: InitiativeDetail[] = [];
  render(
    <QueryClientProvider client={new QueryClient()}>
      <StatusChangeForm initiative={detail} onChanged={(next) => changed.push(next)} />
    </QueryClientProvider>,
  );
  return { changed };
}

describe('StatusChangeForm', () => {
  beforeAll(async () => {
    await initI18n('?lang=en');
  });
  afterEach(cleanup);

  it('when it opens, then the fields hold the initiative as it stands, the stage included for legislation', () => {
    renderForm();
    expect(screen.getByLabelText('Status')).toHaveValue('under_review');
    expect(screen.getByLabelText('Progress, %')).toHaveValue(50);
    expect(screen.getByLabelText('Legislative stage')).toHaveValue('public_discussion');
    expect(screen.getByLabelText('Note')).toHaveValue('');
  });

  it('when a recommendation is edited, then there is no stage field', () => {
    renderForm(createDetail({ kind: 'recommendation', legislativeStage: null }));
    expect(screen.queryByLabelText('Legislative stage')).toBeNull();
  });

  it('when nothing is changed and no note is written, then both fields say what to fix and nothing is sent', async () => {
    const { changed } = renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Save change' }));
    const note = screen.getByLabelText('Note');
    expect(note).toHaveAttribute('aria-invalid', 'true');
    expect(note).toHaveAccessibleDescription(expect.stringContaining('Write a note'));
    expect(screen.getByLabelText('Status')).toHaveAccessibleDescription(
      'Change at least one field, or mark the initiative as verified.',
    );
    expect(screen.getByLabelText('Status')).toHaveFocus();
    expect(changed).toEqual([]);
  });

  it('when the evidence is not a web link, then only that field is marked', async () => {
    renderForm();
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'adopted');
    await userEvent.type(screen.getByLabelText('Note'), 'Adopted at the session.');
    await userEvent.type(screen.getByLabelText('Evidence link'), 'javascript:alert(1)');
    await userEvent.click(screen.getByRole('button', { name: 'Save change' }));
    expect(screen.getByLabelText('Evidence link')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Note')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Status')).not.toHaveAttribute('aria-invalid');
  });

  it('when "completed" is chosen with 40 %, then the progress field says why and nothing is sent', async () => {
    const { changed } = renderForm();
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'completed');
    await userEvent.clear(screen.getByLabelText('Progress, %'));
    await userEvent.type(screen.getByLabelText('Progress, %'), '40');
    await userEvent.type(screen.getByLabelText('Note'), 'Signed by the President.');
    await userEvent.click(screen.getByRole('button', { name: 'Save change' }));
    expect(screen.getByLabelText('Progress, %')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Progress, %')).toHaveAccessibleDescription(
      expect.stringContaining('only a completed initiative is at 100 %'),
    );
    expect(changed).toEqual([]);
  });
});
