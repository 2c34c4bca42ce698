import type { User } from '@civic/shared/schemas';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import { AccountsPanel } from './accounts-panel.tsx';

const me = { id: 'u1', username: 'admin', displayName: 'Admin Person', role: 'admin', disabled: false } as User;

/** The server: the account list, and the answer to the create. */
function serve(create: { status: number; body: unknown }) {
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' },
    });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init?: RequestInit) =>
      init?.method === 'POST' ? json(create.status, create.body) : json(200, { items: [me] }),
    ),
  );
}

async function fillAndCreate() {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <AccountsPanel me={me} />
    </QueryClientProvider>,
  );
  await userEvent.type(screen.getByLabelText('Username'), 'secretary');
  await userEvent.type(screen.getByLabelText('Name shown in public'), 'Aigerim Sadykova');
  await userEvent.type(screen.getByLabelText('Initial password'), 'correct horse battery');
  await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
}

describe('AccountsPanel', () => {
  beforeAll(async () => {
    await initI18n('?lang=en');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('when the username is taken, then the username field says so and takes the focus', async () => {
    serve({ status: 409, body: { type: 'about:blank', title: 'Conflict', status: 409 } });
    await fillAndCreate();
    const username = screen.getByLabelText('Username');
    await vi.waitFor(() =>
      expect(username).toHaveAccessibleDescription(expect.stringContaining('This username is taken.')),
    );
    expect(username).toHaveFocus();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('when the session has ended, then the form says so beside its button and keeps what was typed', async () => {
    serve({ status: 401, body: { type: 'about:blank', title: 'Unauthorized', status: 401 } });
    await fillAndCreate();
    expect(await screen.findByRole('alert')).toHaveTextContent('Your session has ended. Log in again and repeat.');
    expect(screen.getByLabelText('Username')).toHaveValue('secretary');
  });

  it('when the account is created, then the form says for whom and empties', async () => {
    serve({ status: 201, body: { ...me, id: 'u2', username: 'secretary', displayName: 'Aigerim Sadykova' } });
    await fillAndCreate();
    expect(await screen.findByRole('status')).toHaveTextContent('Account created for Aigerim Sadykova.');
    expect(screen.getByLabelText('Username')).toHaveValue('');
  });
});
