import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import { monitorKeys } from '../api/monitor-keys.ts';
import { MonitorPage } from './monitor-page.tsx';

// As the store keeps it: `en` holds the Russian title given at the import, which has been corrected since.
const later = {
  id: 'later',
  title: { ru: 'Правила отбора депутатов маслихата', en: 'Правила отбора депутатов' },
  titleEnMissing: true,
  status: 'proposed' as const,
  reason: 'not_assessed' as const,
  lastAssessedAt: null,
  statusChangedAt: null,
};
const given = { ...later, id: 'given', title: { ru: 'Совет молодёжи', en: 'Youth council' }, titleEnMissing: false };

function renderWorklist() {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } },
  });
  client.setQueryData(monitorKeys.worklist, { items: [given, later] });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <MonitorPage isMonitor loginLink={null} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe("the monitor's worklist", () => {
  afterEach(cleanup);

  it('when an initiative has no English title yet, then English readers see its Russian title marked as Russian', async () => {
    await initI18n('?lang=en');
    renderWorklist();
    const russian = screen.getByRole('link', { name: /Правила отбора депутатов маслихата/ });
    expect(russian).toHaveTextContent('no translation yet, shown in Russian');
    expect(russian.querySelector('[lang="ru"]')).toHaveTextContent('Правила отбора депутатов маслихата');
    expect(screen.getByRole('link', { name: 'Youth council' })).not.toHaveTextContent('Russian');
  });
});
