import { renderHook } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-client.ts';
import { initI18n } from './i18n.ts';
import { useWriteFailure, type WriteFailureOptions } from './use-write-failure.ts';

const problem = (status: number, extra: Record<string, unknown> = {}) =>
  new ApiError(status, { type: 'about:blank', title: 'refused', status, ...extra });

function failureOf(options?: WriteFailureOptions<unknown>) {
  const form = { setErrors: vi.fn(), showProblems: vi.fn() };
  const { result } = renderHook(() => useWriteFailure(form, options));
  return { form, show: result.current };
}

describe('useWriteFailure', () => {
  beforeAll(async () => {
    await initI18n('?lang=en');
  });

  it('when a versioned write is refused with the record as it stands, then the form gets that record', () => {
    const onConflict = vi.fn();
    const { form, show } = failureOf({ onConflict });
    show(problem(409, { current: { version: 4 } }));
    expect(onConflict).toHaveBeenCalledWith({ version: 4 });
    expect(form.setErrors).not.toHaveBeenCalled();
  });

  it('when a 409 hands the state over under another name, then conflictKey finds it', () => {
    const onConflict = vi.fn();
    const { show } = failureOf({ onConflict, conflictKey: 'stale' });
    show(problem(409, { stale: [{ initiativeId: 'a', version: 3 }] }));
    expect(onConflict).toHaveBeenCalledWith([{ initiativeId: 'a', version: 3 }]);
  });

  it('when a create is refused because the thing exists, then onTaken says so, not the conflict', () => {
    const onConflict = vi.fn();
    const onTaken = vi.fn();
    const { form, show } = failureOf({ onConflict, onTaken });
    show(problem(409));
    expect(onTaken).toHaveBeenCalledOnce();
    expect(onConflict).not.toHaveBeenCalled();
    expect(form.setErrors).not.toHaveBeenCalled();
  });

  it('when a 409 means nothing particular to the form, then it is a failed save', () => {
    const { form, show } = failureOf();
    show(problem(409));
    expect(form.setErrors).toHaveBeenCalledWith({ form: 'Could not save. Try again.' });
  });

  it('when the server names bad fields, then each goes to the form to place', () => {
    const { form, show } = failureOf();
    const errors = [{ field: 'body.note', message: 'Required' }];
    show(problem(400, { errors }));
    expect(form.showProblems).toHaveBeenCalledWith(errors);
  });

  it('when the session ended, or the network failed, then the form says which', () => {
    const session = failureOf();
    session.show(problem(401));
    expect(session.form.setErrors).toHaveBeenCalledWith({ form: 'Your session has ended. Log in again and repeat.' });
    const network = failureOf();
    network.show(new TypeError('Failed to fetch'));
    expect(network.form.setErrors).toHaveBeenCalledWith({ form: 'Could not save. Try again.' });
  });
});
