import type { Initiative } from '@civic/shared/schemas';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import { initiativeFixture } from '../../../test/fixtures.ts';
import { InitiativeCards } from './initiative-cards.tsx';
import { InitiativesTable } from './initiatives-table.tsx';

const base: Initiative = initiativeFixture({
  id: 'given',
  title: { ru: 'Совет молодёжи', en: 'Youth council' },
  owner: { id: 'senate', name: { ru: 'Сенат', en: 'Senate' } },
});
// As the store keeps it: `en` holds the Russian title until the English one is given.
const later: Initiative = {
  ...base,
  id: 'later',
  title: { ru: 'Правила отбора депутатов', en: 'Правила отбора депутатов' },
  titleEnMissing: true,
};

describe('an initiative whose English title is not yet given', () => {
  afterEach(cleanup);

  it.each([
    ['cards', () => <InitiativeCards items={[base, later]} />],
    ['table', () => <InitiativesTable items={[base, later]} sort="source" onSort={() => undefined} />],
  ])('when English readers see it in the list (%s), then its Russian title is marked as Russian', async (_, list) => {
    await initI18n('?lang=en');
    render(<MemoryRouter>{list()}</MemoryRouter>);
    const russian = screen.getByRole('link', { name: /Правила отбора депутатов/ });
    expect(russian).toHaveTextContent('no translation yet, shown in Russian');
    expect(russian.querySelector('[lang="ru"]')).toHaveTextContent('Правила отбора депутатов');
    expect(screen.getByRole('link', { name: 'Youth council' })).not.toHaveTextContent('Russian');
  });

  it('when Russian readers see it, then nothing is marked', async () => {
    await initI18n('?lang=ru');
    render(
      <MemoryRouter>
        <InitiativeCards items={[later]} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: 'Правила отбора депутатов' })).toBeInTheDocument();
  });
});
