import { describe, expect, it } from 'vitest';
import { detectLanguage } from './i18n.ts';

describe('detectLanguage', () => {
  it('when the address names a language, then it wins over the stored choice', () => {
    expect(detectLanguage('?lang=en', 'kk')).toBe('en');
  });

  it('when the address names none or an unknown one, then the stored choice applies, else Russian', () => {
    expect(detectLanguage('?lang=de', 'kk')).toBe('kk');
    expect(detectLanguage('', null)).toBe('ru');
    expect(detectLanguage('', 'fr')).toBe('ru');
  });
});
