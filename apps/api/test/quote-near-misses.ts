import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The seed article as stored: every quote below is checked against it. */
export const article = readFileSync(
  path.join(import.meta.dirname, '../src/seed/senate-aktobe-maslikhat.ru.txt'),
  'utf8',
);

/** A quote that differs from a verbatim passage of the article by one typographic detail. */
export interface NearMiss {
  /** What differs, for the test's name. */
  name: string;
  /** The passage exactly as the article has it (stands once). */
  verbatim: string;
  /** The same passage with the one difference: not verbatim, so every quote check must refuse it. */
  quote: string;
}

const deputies = 'по введению института освобождённых депутатов';
const law = 'Закону «О местном государственном управлении';
const remark = 'тесной и активной», - отметила';
const lineStart = 'Глава Сената поздравила депутатов с 25-летием';
const lineEnd = 'принять активное участие в обсуждении этого документа.';

/**
 * Quotes a person pasting from another copy of the article would plausibly send: other letter case,
 * other spaces, other quote marks, е for ё, other dashes, whitespace around. Each holds the same
 * words, so a check that folds case, spaces or typography would accept it; a verbatim check must not.
 */
export const nearMisses: NearMiss[] = [
  { name: 'a capital first letter', verbatim: deputies, quote: 'По введению института освобождённых депутатов' },
  { name: 'all capitals', verbatim: deputies, quote: deputies.toUpperCase() },
  { name: 'a lower-case proper noun', verbatim: lineStart, quote: 'глава сената поздравила депутатов с 25-летием' },
  { name: 'a double space', verbatim: deputies, quote: 'по введению  института освобождённых депутатов' },
  { name: 'a no-break space', verbatim: deputies, quote: 'по введению\u00a0института освобождённых депутатов' },
  { name: 'a line break for a space', verbatim: deputies, quote: 'по введению\nинститута освобождённых депутатов' },
  { name: 'a tab for a space', verbatim: deputies, quote: 'по введению\tинститута освобождённых депутатов' },
  { name: 'е for ё', verbatim: deputies, quote: 'по введению института освобожденных депутатов' },
  { name: 'straight double quotes for «»', verbatim: law, quote: 'Закону "О местном государственном управлении' },
  { name: 'German quotes „“ for «»', verbatim: law, quote: 'Закону „О местном государственном управлении' },
  { name: 'English quotes “” for «»', verbatim: law, quote: 'Закону “О местном государственном управлении' },
  { name: 'an en dash – for the hyphen', verbatim: remark, quote: 'тесной и активной», – отметила' },
  { name: 'an em dash — for the hyphen', verbatim: remark, quote: 'тесной и активной», — отметила' },
  {
    name: 'a non-breaking hyphen in a word',
    verbatim: lineStart,
    quote: 'Глава Сената поздравила депутатов с 25\u2011летием',
  },
  { name: 'a leading space', verbatim: lineStart, quote: ` ${lineStart}` },
  { name: 'a leading no-break space', verbatim: lineStart, quote: `\u00a0${lineStart}` },
  { name: 'a trailing space', verbatim: lineEnd, quote: `${lineEnd} ` },
  { name: 'a trailing line break and space', verbatim: lineEnd, quote: `${lineEnd}\n ` },
];
