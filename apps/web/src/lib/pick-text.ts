import type { LocalizedText } from '@civic/shared/schemas';
import type { Language } from '@civic/shared/vocabulary';

export interface PickedText {
  text: string;
  /** True when the requested language was missing and the Russian text stands in. */
  fallback: boolean;
}

const cyrillic = /\p{Script=Cyrillic}/u;

/**
 * An "English" text that is the Russian one, letter for letter and in Cyrillic: a title or publisher typed
 * once at an import and stored in both languages, not a translation. Kazakh is left alone: it shares the
 * script and may rightly spell a name as Russian does.
 */
const isRussianCopy = (localized: Partial<LocalizedText>, lang: Language, text: string) =>
  lang === 'en' && text === localized.ru && cyrillic.test(text);

/** The text in the wanted language, or Russian marked as a fallback (also when the English one is the Russian copied). */
export function pickText(localized: Partial<LocalizedText> | null | undefined, lang: Language): PickedText {
  const wanted = localized?.[lang];
  if (typeof wanted === 'string' && wanted.trim() !== '' && !isRussianCopy(localized ?? {}, lang, wanted))
    return { text: wanted, fallback: false };
  return { text: localized?.ru ?? '', fallback: lang !== 'ru' };
}

/**
 * The text where only a string fits (a chart's axis label, a table cell's plain text): in the wanted
 * language, or the Russian text followed by "(ru)", as `LocalizedText` tags it, when Russian stands in.
 */
export function markedText(localized: Partial<LocalizedText> | null | undefined, lang: Language): string {
  const picked = pickText(localized, lang);
  return picked.fallback ? `${picked.text} (ru)` : picked.text;
}

/** A text without its English version, so that `pickText` shows English readers the Russian one, marked. */
function withoutEnglish(text: LocalizedText): Partial<LocalizedText> {
  const { en: _russian, ...known } = text;
  return known;
}

/**
 * An initiative's title as it is shown: while its English title is not yet given (`titleEnMissing`,
 * when `en` holds the Russian one), without it, so English readers see the Russian title marked as such.
 */
export function initiativeTitle(item: {
  title: LocalizedText;
  titleEnMissing?: boolean | undefined;
}): Partial<LocalizedText> {
  return item.titleEnMissing ? withoutEnglish(item.title) : item.title;
}

/**
 * An initiative's summary as it is shown. An initiative accepted from an import without an English title
 * (`titleEnMissing`) was stored with that same Russian title as its English summary
 * (apps/api/src/imports/import-confirm.ts), so while the flag stands English readers see the Russian
 * summary, the quoted passage, marked as Russian.
 */
export function initiativeSummary(item: {
  summary: LocalizedText;
  titleEnMissing?: boolean | undefined;
}): Partial<LocalizedText> {
  return item.titleEnMissing ? withoutEnglish(item.summary) : item.summary;
}
