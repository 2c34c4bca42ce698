import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import { importCandidateFixture, importDraftFixture } from '../../../test/fixtures.ts';
import { type InitiativeFields, initialReviews } from '../review-model.ts';
import { InitiativeCard } from './initiative-card.tsx';

const candidate = importCandidateFixture({
  quote: 'Общественный совет Актюбинской области создан.',
  end: 46,
  ownerId: 'aktobe-public-council',
});
const senate = { id: 'senate', name: { ru: 'Сенат', en: 'Senate' } };
const proposed = {
  id: 'aktobe-public-council',
  name: { ru: 'Общественный совет (Актюбинская область)', en: 'Public Council (Aktobe Region)' },
};

const longOwner = {
  id: 'aktobe-maslikhat',
  name: { ru: 'Актюбинский областной маслихат', en: 'Aktobe Regional Maslikhat of the fourth convocation' },
};

function renderCard(proposedOwners: (typeof proposed)[], owners = [senate]) {
  const draft = importDraftFixture([candidate]);
  const fields = initialReviews(draft)[0]?.fields as InitiativeFields;
  return render(
    <InitiativeCard
      index={0}
      candidate={candidate}
      decision="pending"
      fields={fields}
      problems={[]}
      onDecide={() => undefined}
      onShow={() => undefined}
      owners={owners}
      proposedOwners={proposedOwners}
    />,
  );
}

describe('InitiativeCard', () => {
  beforeAll(async () => {
    await initI18n('?lang=en');
  });
  afterEach(cleanup);

  it('when the proposal names a body the store does not know yet, then it shows that body by its name as new, never by its id', async () => {
    const { container } = renderCard([proposed]);
    const facts = container.querySelector('.candidate-facts') as HTMLElement;
    expect(within(facts).getByText('Public Council (Aktobe Region) (new body)')).toBeInTheDocument();
    expect(container.textContent).not.toContain('aktobe-public-council');
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    expect(screen.getByLabelText('Responsible body')).toHaveDisplayValue('Public Council (Aktobe Region) (new body)');
    expect(container.textContent).not.toContain('aktobe-public-council');
  });

  it('when no name for a new body was given, then it says so rather than print the id', () => {
    const { container } = renderCard([]);
    expect(container.textContent).toContain('New body (name not given)');
    expect(container.textContent).not.toContain('aktobe-public-council');
  });

  it('when the chosen body has a long name, then the line under the select writes it in full, as the details form does', async () => {
    renderCard([proposed], [senate, longOwner]);
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const select = screen.getByLabelText('Responsible body');
    expect(select).toHaveAccessibleDescription('Public Council (Aktobe Region) (new body)');
    await userEvent.selectOptions(select, 'aktobe-maslikhat');
    expect(select).toHaveAccessibleDescription('Aktobe Regional Maslikhat of the fourth convocation');
    await userEvent.selectOptions(select, 'senate');
    expect(select).not.toHaveAccessibleDescription();
  });
});
