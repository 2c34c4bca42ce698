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

  it.each([
    ['ru', 'Регион', 'Актюбинская область'],
    ['kk', 'Өңір', 'Ақтөбе облысы'],
    ['en', 'Region', 'Aktobe Region'],
  ] as const)(
    'when it applies to a region, then its name shows in %s beside the owner and kind',
    async (lang, term, name) => {
      await initI18n(`?lang=${lang}`);
      render(
        <MemoryRouter>
          <InitiativeFacts initiative={initiativeDetailFixture({ region: 'KZ-15' })} />
        </MemoryRouter>,
      );
      const fact = screen.getByText(term, { selector: 'dt' }).parentElement;
      expect(fact?.querySelector('dd')).toHaveTextContent(name);
    },
  );

  it('when it applies to the whole country, then the region fact says so', async () => {
    await initI18n('?lang=en');
    render(
      <MemoryRouter>
        <InitiativeFacts initiative={initiativeDetailFixture({ region: 'KZ' })} />
      </MemoryRouter>,
    );
    expect(screen.getByText('Region', { selector: 'dt' }).parentElement?.querySelector('dd')).toHaveTextContent(
      'Whole country',
    );
  });

  it('when it has no region, then no region fact shows', async () => {
    await initI18n('?lang=en');
    render(
      <MemoryRouter>
        <InitiativeFacts initiative={initiativeDetailFixture({ region: '' })} />
      </MemoryRouter>,
    );
    expect(screen.queryByText('Region', { selector: 'dt' })).toBeNull();
    expect(screen.getByText('Kind', { selector: 'dt' })).toBeInTheDocument();
  });
});
