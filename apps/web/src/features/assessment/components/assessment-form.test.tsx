import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import { initiativeDetailFixture } from '../../../test/fixtures.ts';
import { AssessmentForm } from './assessment-form.tsx';

const sentence = 'The ministry published the draft and held two hearings.';

function renderForm() {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <AssessmentForm initiative={initiativeDetailFixture({ version: 3 })} onChanged={() => {}} />
    </QueryClientProvider>,
  );
  const set = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
  set('Rating', 'limited');
  set('Rationale', sentence);
  set('Evidence links', 'https://gov.kz/a');
  return { set, save: () => userEvent.click(screen.getByRole('button', { name: 'Record assessment' })) };
}

describe('AssessmentForm messages name what is wrong', () => {
  beforeAll(async () => {
    await initI18n('?lang=en');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('when 60 links are given (limit 10), then the field says the limit, not "give at least one link"', async () => {
    const { set, save } = renderForm();
    set('Evidence links', Array.from({ length: 60 }, (_, i) => `https://gov.kz/${i}`).join('\n'));
    await save();
    expect(screen.getByLabelText('Evidence links')).toHaveAccessibleDescription(
      expect.stringContaining('Too many: up to 10'),
    );
  });

  it('when one link has 5000 characters, then the field says which line is too long and its limit', async () => {
    const { set, save } = renderForm();
    set('Evidence links', `https://gov.kz/a\nhttps://gov.kz/${'a'.repeat(5000)}`);
    await save();
    expect(screen.getByLabelText('Evidence links')).toHaveAccessibleDescription(
      expect.stringContaining('Line 2 is too long: up to 2000 characters'),
    );
  });

  it('when the rationale is past 4000 characters, then it says the limit, not "at least a sentence"', async () => {
    const { set, save } = renderForm();
    set('Rationale', 'a'.repeat(4001));
    await save();
    const rationale = screen.getByLabelText('Rationale');
    expect(rationale).toHaveAccessibleDescription(expect.stringContaining('Too long: up to 4000 characters'));
    expect(rationale).not.toHaveAccessibleDescription(expect.stringContaining('at least a sentence'));
  });

  it('when the date is cleared, then it says the date is required', async () => {
    const { set, save } = renderForm();
    set('As of', '');
    await save();
    expect(screen.getByLabelText('As of')).toHaveAccessibleDescription(
      expect.stringContaining('Enter the day of the assessment: it is required.'),
    );
  });

  const refuse = (errors: object[]) =>
    vi.stubGlobal('fetch', async () =>
      Response.json(
        { type: '/problems/validation-error', title: 'Invalid request', status: 400, errors },
        { status: 400, headers: { 'content-type': 'application/problem+json' } },
      ),
    );

  it("when the API refuses a day after today, then the date field says so (the problem+json's field and code)", async () => {
    vi.stubGlobal('fetch', async () =>
      Response.json(
        {
          type: '/problems/validation-error',
          title: 'Invalid request',
          status: 400,
          errors: [
            {
              field: 'asOf',
              message: 'must not be after today (2027-03-01)',
              code: 'after_today',
              maximum: '2027-03-01',
            },
          ],
        },
        { status: 400, headers: { 'content-type': 'application/problem+json' } },
      ),
    );
    const { save } = renderForm();
    await save();
    expect(await screen.findByText('The date must not be after today.')).toBeVisible();
  });

  // The API's message is for people and may be worded anew: the form reads the code and its parameters.
  it('when the API answers too_big with a message in other words, then the field still names the limit', async () => {
    refuse([{ field: 'rationale', message: 'Zu lang!', code: 'too_big', origin: 'string', maximum: 3000 }]);
    const { save } = renderForm();
    await save();
    await vi.waitFor(() =>
      expect(screen.getByLabelText('Rationale')).toHaveAccessibleDescription(
        expect.stringContaining('Too long: up to 3000 characters'),
      ),
    );
  });

  it('when the API answers too_big for one entry of the links, then the field names the line and the limit', async () => {
    refuse([{ field: 'evidenceUrls.0', message: 'whatever', code: 'too_big', origin: 'string', maximum: 2000 }]);
    const { save } = renderForm();
    await save();
    await vi.waitFor(() =>
      expect(screen.getByLabelText('Evidence links')).toHaveAccessibleDescription(
        expect.stringContaining('Line 1 is too long: up to 2000 characters'),
      ),
    );
  });

  it('when the API answers in the old words but with no code the form knows, then the field says its own text', async () => {
    refuse([{ field: 'asOf', message: 'must not be after today (2027-03-01)', code: 'invalid' }]);
    const { save } = renderForm();
    await save();
    await vi.waitFor(() =>
      expect(screen.getByLabelText('As of')).toHaveAccessibleDescription(
        expect.stringContaining('Give a day not after today nor before your previous assessment.'),
      ),
    );
    expect(screen.queryByText('The date must not be after today.')).toBeNull();
  });

  it.each([
    ['0001-01-01', 'The date must not be before 2000-01-01.'],
    ['9999-12-31', 'The date must not be after 2100-12-31.'],
  ])('when the day typed is %s, then the date field says the bound and nothing is sent', async (day, message) => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const { set, save } = renderForm();
    set('As of', day);
    await save();
    expect(screen.getByLabelText('As of')).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(fetch).not.toHaveBeenCalled();
  });
});
