import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import { ImportNewPage } from './import-new-page.tsx';

describe("ImportNewPage's publication date", () => {
  beforeAll(async () => {
    await initI18n('?lang=en');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it.each([
    ['0001-01-01', 'The date must not be before 2000-01-01.'],
    ['9999-12-31', 'The date must not be after 2100-12-31.'],
  ])('when the date typed is %s, then the date field says the bound and nothing is sent', async (day, message) => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <ImportNewPage />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    const set = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
    set('Text of the press release', 'Мажилис принял закон о местном самоуправлении.');
    set('Title', 'Мажилис принял закон');
    set('Publisher', 'Пресс-служба Мажилиса');
    set('Publication date', day);
    await userEvent.click(screen.getByRole('button', { name: 'Read and propose' }));
    expect(screen.getByLabelText('Publication date')).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(fetch).not.toHaveBeenCalled();
  });
});
