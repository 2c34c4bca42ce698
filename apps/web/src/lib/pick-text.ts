import type { LocalizedText } from '@civic/shared/schemas';
import type { Language } from '@civic/shared/vocabulary';

export interface PickedText {
  text: string;
  /** True when the requested language was missing and the Russian text stands in. */
  fallback: boolean;
}

/** The text in the wanted language, or Russian marked as a fallback. */
export function pickText(localized: Partial<LocalizedText> | null | undefined, lang: Language): PickedText {
  const wanted = localized?.[lang];
  if (typeof wanted === 'string' && wanted.trim() !== '') return { text: wanted, fallback: false };
  return { text: localized?.ru ?? '', fallback: lang !== 'ru' };
}
