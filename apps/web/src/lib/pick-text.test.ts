import { describe, expect, it } from 'vitest';
import { pickText } from './pick-text.ts';

describe('pickText', () => {
  const owner = { ru: 'Сенат', en: 'Senate', kk: 'Сенат (kk)' };

  it('when the text exists in the asked language, then it is returned without a fallback mark', () => {
    expect(pickText(owner, 'en')).toEqual({ text: 'Senate', fallback: false });
    expect(pickText(owner, 'kk')).toEqual({ text: 'Сенат (kk)', fallback: false });
  });

  it('when Kazakh is missing or blank, then Russian stands in and is marked as a fallback', () => {
    expect(pickText({ ru: 'Сенат', en: 'Senate' }, 'kk')).toEqual({ text: 'Сенат', fallback: true });
    expect(pickText({ ru: 'Сенат', en: 'Senate', kk: null }, 'kk')).toEqual({ text: 'Сенат', fallback: true });
    expect(pickText({ ru: 'Сенат', en: 'Senate', kk: '  ' }, 'kk')).toEqual({ text: 'Сенат', fallback: true });
  });

  it('when Russian itself is asked for, then it is never a fallback', () => {
    expect(pickText({ ru: 'Сенат', en: 'Senate' }, 'ru')).toEqual({ text: 'Сенат', fallback: false });
  });
});
