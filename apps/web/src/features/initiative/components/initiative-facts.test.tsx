import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import { initiativeDetailFixture } from '../../../test/fixtures.ts';
import { InitiativeFacts } from './initiative-facts.tsx';

// As the store keeps it: `en` holds the Russian title given at the import, which has been corrected since.
const parent = {
  id: 'umbrella',
  title: { ru: 'Рекомендации маслихатам области', en: 'Рекомендации маслихатам' },
  titleEnMissing: true,
};

describe("an initiative's facts", () => {
  afterEach(cleanup);

  it('when its parent has no English title yet, then English readers see the Russian title marked as Russian', async () => {
    await initI18n('?lang=en');
    render(
      <MemoryRouter>
        <InitiativeFacts initiative={initiativeDetailFixture({ parentId: parent.id, parent })} />
      </MemoryRouter>,
    );
    const link = screen.getByRole('link', { name: /Рекомендации маслихатам области/ });
    expect(link).toHaveAttribute('href', '/initiatives/umbrella');
    expect(link).toHaveTextContent('no translation yet, shown in Russian');
    expect(link.querySelector('[lang="ru"]')).toHaveTextContent('Рекомендации маслихатам области');
  });

  it('when its parent has its English title, then it shows plainly', async () => {
    await initI18n('?lang=en');
    const named = { ...parent, title: { ru: 'Рекомендации', en: 'Recommendations' }, titleEnMissing: false };
    render(
      <MemoryRouter>
        <InitiativeFacts initiative={initiativeDetailFixture({ parentId: named.id, parent: named })} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: 'Recommendations' })).not.toHaveTextContent('Russian');
  });
});
