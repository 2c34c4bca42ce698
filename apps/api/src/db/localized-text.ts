import type { LocalizedText } from '@civic/shared';

/**
 * Text in the three languages is stored as three columns `<name>_ru`, `<name>_en` (both required) and
 * `<name>_kk` (null when there is no Kazakh text). These two functions are the only mapping between the
 * columns and `LocalizedText`.
 */
export const localized = (ru: string, en: string, kk: string | null): LocalizedText =>
  kk === null ? { ru, en } : { ru, en, kk };

/** `{ <name>_ru, <name>_en, <name>_kk }` for an insert or update. */
export function localizedColumns<N extends string>(
  name: N,
  text: LocalizedText,
): { [K in `${N}_ru` | `${N}_en`]: string } & { [K in `${N}_kk`]: string | null } {
  return {
    [`${name}_ru`]: text.ru,
    [`${name}_en`]: text.en,
    [`${name}_kk`]: text.kk ?? null,
  } as { [K in `${N}_ru` | `${N}_en`]: string } & { [K in `${N}_kk`]: string | null };
}
