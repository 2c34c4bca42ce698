import type { InitiativeDetail } from '@civic/shared/schemas';
import { describe, expect, it } from 'vitest';
import {
  checkStatusChange,
  fieldsFrom,
  rebaseFields,
  toFieldErrors,
  toStatusChange,
} from './status-change-form-model.ts';

function createDetail(overrides: Partial<InitiativeDetail> = {}): InitiativeDetail {
  return {
    id: 'full-time-deputies',
    kind: 'recommendation',
    status: 'under_review',
    progress: 50,
    legislativeStage: null,
    targetDate: null,
    version: 3,
    ...overrides,
  } as InitiativeDetail;
}

describe('status change form', () => {
  it('when only the status changes, then only the status, note and version are sent', () => {
    const base = createDetail();
    const fields = { ...fieldsFrom(base), status: 'adopted', note: 'Принято' };
    expect(toStatusChange(base, fields, false)).toEqual({ version: 3, status: 'adopted', note: 'Принято' });
  });

  it('when progress, date and evidence are set, then they are sent as typed values', () => {
    const base = createDetail();
    const fields = {
      ...fieldsFrom(base),
      progress: '60',
      targetDate: '2027-01-31',
      note: 'n',
      evidenceUrl: ' https://x.kz/a ',
    };
    const checked = checkStatusChange(toStatusChange(base, fields, false));
    expect(checked).toEqual({
      ok: true,
      input: { version: 3, progress: 60, targetDate: '2027-01-31', note: 'n', evidenceUrl: 'https://x.kz/a' },
    });
  });

  it('when nothing changed and no note is written, then the note and status fields carry the errors', () => {
    const base = createDetail();
    const checked = checkStatusChange(toStatusChange(base, fieldsFrom(base), false));
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(Object.keys(checked.errors).sort()).toEqual(['note', 'status']);
  });

  it('when evidence is not an http link or progress is out of range, then those fields are refused', () => {
    const base = createDetail();
    const fields = { ...fieldsFrom(base), progress: '140', note: 'n', evidenceUrl: 'javascript:alert(1)' };
    const checked = checkStatusChange(toStatusChange(base, fields, false));
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(Object.keys(checked.errors).sort()).toEqual(['evidenceUrl', 'progress']);
  });

  it('when marking verified, then only the note, evidence and verifiedOnly are sent', () => {
    const base = createDetail();
    const fields = { ...fieldsFrom(base), status: 'adopted', note: 'checked' };
    expect(toStatusChange(base, fields, true)).toEqual({ version: 3, note: 'checked', verifiedOnly: true });
  });

  it('when the server names fields, then each lands on its own field and the rest on the form', () => {
    expect(
      toFieldErrors([
        { field: 'note', message: 'too long', code: 'too_big', origin: 'string', maximum: 2000 },
        { field: 'body.evidenceUrl', message: 'bad', code: 'invalid_format', format: 'url' },
        { field: 'version', message: 'required', code: 'required' },
      ]),
    ).toEqual({
      note: { message: 'too long', code: 'too_big', origin: 'string', maximum: 2000 },
      evidenceUrl: { message: 'bad', code: 'invalid_format', format: 'url' },
      form: 'required',
    });
  });

  it('when the page loads a newer version, then untouched fields follow it and edited ones stay', () => {
    const base = createDetail();
    const next = createDetail({ version: 4, progress: 60, targetDate: '2027-06-30' });
    const fields = { ...fieldsFrom(base), status: 'adopted', note: 'typed' };
    expect(rebaseFields(base, next, fields)).toEqual({
      status: 'adopted',
      progress: '60',
      legislativeStage: '',
      targetDate: '2027-06-30',
      note: 'typed',
      evidenceUrl: '',
    });
  });
});
