import { findRegions, type Region } from './regions.ts';
import type { Token } from './text.ts';

/** A fact found in the text, in UTF-16 offsets (the caller converts to code points). */
export interface FoundFact {
  value: string;
  start: number;
  end: number;
}

const months = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

const numericDate = /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/gu;
const wordDate = new RegExp(`(?<!\\d)(\\d{1,2})\\s+(${months.join('|')})\\s+(\\d{4})(?:\\s+(?:года|г\\.))?`, 'giu');

function isoDay(day: number, month: number, year: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real || year < 1991 || year > 2100) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Every full date the text writes ("31.03.2022", "31 марта 2022 года") as `YYYY-MM-DD`, in order.
 * A date without its year ("31 марта") is not a date the text states, so it is not proposed.
 */
export function findDates(text: string, from = 0, to = text.length): FoundFact[] {
  const part = text.slice(from, to);
  const found: FoundFact[] = [];
  for (const match of part.matchAll(numericDate)) {
    const value = isoDay(Number(match[1]), Number(match[2]), Number(match[3]));
    if (value)
      found.push({ value, start: from + (match.index ?? 0), end: from + (match.index ?? 0) + match[0].length });
  }
  for (const match of part.matchAll(wordDate)) {
    const month = months.indexOf((match[2] ?? '').toLocaleLowerCase('ru')) + 1;
    const value = isoDay(Number(match[1]), month, Number(match[3]));
    if (value)
      found.push({ value, start: from + (match.index ?? 0), end: from + (match.index ?? 0) + match[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Every region or city the tokens name ("в Актюбинской области"), as its name in the nominative. */
export function findPlaces(tokens: readonly Token[]): Array<FoundFact & { region: Region }> {
  return findRegions(tokens).map(({ region, name, first, last }) => ({
    value: name,
    region,
    start: tokens[first]?.start ?? 0,
    end: tokens[last]?.end ?? 0,
  }));
}
