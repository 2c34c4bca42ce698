import { describe, expect, it } from 'vitest';
import { initiativeSummary, pickText } from './pick-text.ts';

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

  it('when the English text is the Russian one copied (a title typed once at an import), then it is marked as Russian', () => {
    const typedOnce = { ru: 'Маслихат Мангистауской области', en: 'Маслихат Мангистауской области' };
    expect(pickText(typedOnce, 'en')).toEqual({ text: 'Маслихат Мангистауской области', fallback: true });
    // Kazakh may rightly spell a name as Russian does; an English name in Latin letters is English.
    expect(pickText({ ...typedOnce, kk: typedOnce.ru }, 'kk')).toEqual({ text: typedOnce.ru, fallback: false });
    expect(pickText({ ru: 'Nur Otan', en: 'Nur Otan' }, 'en')).toEqual({ text: 'Nur Otan', fallback: false });
  });

  it('when Russian itself is asked for, then it is never a fallback', () => {
    expect(pickText({ ru: 'Сенат', en: 'Senate' }, 'ru')).toEqual({ text: 'Сенат', fallback: false });
  });
});

describe('initiativeSummary', () => {
  const imported = {
    title: { ru: 'Постоянные комиссии отчитываются', en: 'Постоянные комиссии отчитываются' },
    summary: {
      ru: 'Председатель маслихата поручил постоянным комиссиям отчитываться.',
      en: 'Постоянные комиссии отчитываются',
    },
  };

  it('when the English title is not yet given, then English readers get the Russian summary marked as Russian', () => {
    expect(pickText(initiativeSummary({ ...imported, titleEnMissing: true }), 'en')).toEqual({
      text: 'Председатель маслихата поручил постоянным комиссиям отчитываться.',
      fallback: true,
    });
  });

  it('when the English text is given, then the summary is shown as stored', () => {
    const given = { ...imported, summary: { ru: 'Комиссии', en: 'Commissions' }, titleEnMissing: false };
    expect(pickText(initiativeSummary(given), 'en')).toEqual({ text: 'Commissions', fallback: false });
  });
});
