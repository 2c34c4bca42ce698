import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../lib/i18n.ts';
import { LocalizedText } from './localized-text.tsx';

describe('LocalizedText', () => {
  beforeAll(async () => {
    await initI18n('?lang=kk');
  });

  it('when the Kazakh text is missing, then the Russian text shows with lang="ru" and a labelled "ru" tag', () => {
    render(
      <p data-testid="out">
        <LocalizedText value={{ ru: 'Рекомендации', en: 'Recommendations' }} />
      </p>,
    );
    const russian = screen.getByText('Рекомендации');
    expect(russian).toHaveAttribute('lang', 'ru');
    expect(screen.getByTestId('out')).toHaveTextContent('аудармасы жоқ, орыс тіліндегі мәтін көрсетілген');
  });

  it('when the Kazakh text exists, then it shows plainly with no tag', () => {
    render(
      <p data-testid="plain">
        <LocalizedText value={{ ru: 'Сенат', en: 'Senate', kk: 'Сенат жанындағы' }} />
      </p>,
    );
    expect(screen.getByTestId('plain').textContent).toBe('Сенат жанындағы');
  });
});
