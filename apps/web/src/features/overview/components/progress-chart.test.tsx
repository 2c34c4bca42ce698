import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import { initiativeFixture } from '../../../test/fixtures.ts';
import { ProgressChart } from './progress-chart.tsx';

// As the store keeps it: `en` holds the Russian title given at the import, which has been corrected since.
const parent = initiativeFixture({
  id: 'umbrella',
  title: { ru: 'Рекомендации маслихатам области', en: 'Рекомендации маслихатам' },
  titleEnMissing: true,
});
const child = initiativeFixture({ id: 'child', parentId: 'umbrella', title: { ru: 'Совет', en: 'Council' } });

describe('the progress chart', () => {
  afterEach(cleanup);

  it('when a title has no English yet, then its row and its children’s parent column show it marked as Russian', async () => {
    await initI18n('?lang=en');
    render(
      <MemoryRouter>
        <ProgressChart initiatives={[parent, child]} />
      </MemoryRouter>,
    );
    const [, parentRow, childRow] = screen.getAllByRole('row');
    const own = within(parentRow as HTMLElement).getByRole('link');
    expect(own).toHaveTextContent('no translation yet, shown in Russian');
    expect(own.querySelector('[lang="ru"]')).toHaveTextContent('Рекомендации маслихатам области');
    const cells = within(childRow as HTMLElement).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('no translation yet, shown in Russian');
    expect(cells[0]?.querySelector('[lang="ru"]')).toHaveTextContent('Рекомендации маслихатам области');
    expect(within(childRow as HTMLElement).getByRole('rowheader')).toHaveTextContent(/^Council$/);
    // The chart's text alternative reads its labels as plain text: the Russian title with its "(ru)".
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('Рекомендации маслихатам области (ru): ');
  });
});
