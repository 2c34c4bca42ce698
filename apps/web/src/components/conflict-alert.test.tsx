import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../lib/i18n.ts';
import { ConflictAlert } from './conflict-alert.tsx';

describe('ConflictAlert', () => {
  beforeAll(async () => {
    await initI18n('?lang=en');
  });

  it('when a stale save is refused, then the alert takes the focus, so the official reads it wherever the form scrolled', () => {
    render(
      <form>
        <input aria-label="Note" />
        <ConflictAlert message="Someone changed it." current="completed" onReload={() => undefined} />
      </form>,
    );
    expect(screen.getByRole('alert')).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Someone changed it.');
  });
});
