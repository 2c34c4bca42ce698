import type { InitiativeDetail } from '@civic/shared/schemas';
import { describe, expect, it } from 'vitest';
import { checkDetails, detailsErrors, detailsFrom, nothingChanged, toDetailsChange } from './details-form-model.ts';

const base = {
  id: 'a-b',
  version: 4,
  title: { ru: 'Название', en: 'Title' },
  summary: { ru: 'Описание', en: 'Summary', kk: 'Сипаттама' },
  owner: { id: 'senate', name: { ru: 'Сенат', en: 'Senate' } },
  kind: 'practice',
  region: 'KZ',
  parentId: null,
} as unknown as InitiativeDetail;

describe('details form model', () => {
  it('when nothing but the note is typed, then only the version and note are sent and the schema refuses it on the form', () => {
    const candidate = toDetailsChange(base, { ...detailsFrom(base), note: 'Why' });
    expect(candidate).toEqual({ version: 4, note: 'Why' });
    const checked = checkDetails(candidate);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors.form).toBe(nothingChanged);
  });

  it('when one language of the title changes, then the whole title is sent, an empty Kazakh text as none', () => {
    const fields = { ...detailsFrom(base), 'title.en': 'New title', note: 'Typo' };
    expect(toDetailsChange(base, fields)).toEqual({
      version: 4,
      note: 'Typo',
      title: { ru: 'Название', en: 'New title', kk: null },
    });
  });

  it('when the parent is cleared and the region changed, then parentId is null and region is sent trimmed', () => {
    const withParent = { ...base, parentId: 'p-q' } as InitiativeDetail;
    const fields = { ...detailsFrom(withParent), parentId: '', region: ' KZ-15 ', note: 'Moved' };
    expect(toDetailsChange(withParent, fields)).toMatchObject({ parentId: null, region: 'KZ-15' });
  });

  it('when a language is emptied or the API names a field, then the error lands on that field', () => {
    const checked = checkDetails(toDetailsChange(base, { ...detailsFrom(base), 'title.en': '', note: 'x' }));
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(Object.keys(checked.errors)).toEqual(['title.en']);
    expect(
      detailsErrors([
        { field: 'body.parentId', message: 'would make the initiative its own ancestor', code: 'invalid' },
      ]),
    ).toEqual({ parentId: { message: 'would make the initiative its own ancestor', code: 'invalid' } });
  });
});
