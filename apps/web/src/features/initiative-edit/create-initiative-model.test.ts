import { describe, expect, it } from 'vitest';
import { checkCreate, emptyCreateFields, toCreateInput } from './create-initiative-model.ts';

const filled = {
  ...emptyCreateFields,
  id: 'new-council',
  'title.ru': 'Совет',
  'title.en': 'Council',
  'summary.ru': 'Описание',
  'summary.en': 'Summary',
  ownerId: 'senate',
  'source.documentId': 'senate-aktobe-maslikhat',
  'source.quote': 'Первое предложение.',
};

describe('create initiative model', () => {
  it('when every field is filled, then the input carries the source passage and leaves out an empty Kazakh text and parent', () => {
    const checked = checkCreate(toCreateInput(filled));
    expect(checked.ok).toBe(true);
    if (checked.ok) {
      expect(checked.input).toMatchObject({
        title: { ru: 'Совет', en: 'Council' },
        source: { quote: 'Первое предложение.' },
      });
      expect(checked.input.title.kk).toBeUndefined();
      expect(checked.input.parentId).toBeUndefined();
    }
  });

  it('when no sentence is chosen and the id is not a slug, then both fields carry an error', () => {
    const checked = checkCreate(toCreateInput({ ...filled, id: 'Not A Slug', 'source.quote': '' }));
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(Object.keys(checked.errors).sort()).toEqual(['id', 'source.quote']);
  });
});
