/**
 * Calendar days in a configured IANA time zone: the one place the app turns an instant into a day.
 * Timestamps are stored in UTC; "today", the day of a timestamp and day filters follow the zone
 * (TIME_ZONE, default Asia/Almaty: UTC+5 for all of Kazakhstan since 1 March 2024, UTC+6 before).
 * Zone rules come from the runtime's Intl data (ICU in Node.js and in the browser). Days are
 * "YYYY-MM-DD" strings; instants are Date objects or canonical ISO 8601 UTC strings.
 */

/** The zone of the deployment when none is configured. */
export const defaultTimeZone = 'Asia/Almaty';

const dayMs = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      era: 'short',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The zone's wall-clock reading of an instant, as if it were a UTC time (milliseconds since the epoch). */
function wallClockMs(instant: number, timeZone: string): number {
  const parts: Record<string, string> = {};
  for (const part of wallClockFormat(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  const year = parts.era === 'BC' ? 1 - Number(parts.year) : Number(parts.year);
  const wall = new Date(0);
  wall.setUTCFullYear(year, Number(parts.month) - 1, Number(parts.day));
  wall.setUTCHours(Number(parts.hour), Number(parts.minute), Number(parts.second), 0);
  return wall.getTime();
}

const toMs = (instant: Date | string | number) =>
  typeof instant === 'number' ? instant : typeof instant === 'string' ? Date.parse(instant) : instant.getTime();

/** True when Intl knows the name as a time zone (e.g. "Asia/Almaty", "UTC"); offsets such as "+05:00" are not names. */
export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z]/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at an instant, in seconds (east positive): 18000 for Asia/Almaty since March 2024. */
export function utcOffsetSeconds(instant: Date | string | number, timeZone: string): number {
  const ms = toMs(instant);
  return Math.round((wallClockMs(ms, timeZone) - (ms - (((ms % 1000) + 1000) % 1000))) / 1000);
}

/** The calendar day ("YYYY-MM-DD") an instant falls on in the zone. */
export function localDay(instant: Date | string | number, timeZone: string): string {
  return new Date(wallClockMs(toMs(instant), timeZone)).toISOString().slice(0, 10);
}

/** The day n days after (or before, n < 0) a day; plain calendar arithmetic. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * dayMs).toISOString().slice(0, 10);
}

/** The first instant of a day in the zone: its local midnight, or the first second after a gap at midnight. */
export function startOfLocalDay(day: string, timeZone: string): Date {
  const midnightAsUtc = Date.parse(`${day}T00:00:00Z`);
  const guess = midnightAsUtc - utcOffsetSeconds(midnightAsUtc, timeZone) * 1000;
  const starts = (at: number) => localDay(at, timeZone) >= day && localDay(at - 1000, timeZone) < day;
  if (starts(guess)) return new Date(guess);
  // The offset changed near midnight: bisect a window that surely holds the start (offsets lie within ±14 h).
  let low = midnightAsUtc - dayMs;
  let high = midnightAsUtc + dayMs;
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000;
    if (localDay(middle, timeZone) < day) low = middle;
    else high = middle;
  }
  return new Date(high);
}

/** "UTC+5", "UTC+5:30", "UTC−3" or "UTC": an offset in seconds as people write it. */
export function formatUtcOffset(offsetSeconds: number): string {
  if (offsetSeconds === 0) return 'UTC';
  const minutes = Math.round(Math.abs(offsetSeconds) / 60);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `UTC${offsetSeconds > 0 ? '+' : '−'}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/** A stretch of time over which the zone keeps one offset; startsAt is a canonical ISO UTC instant. */
export interface OffsetPeriod {
  startsAt: string;
  offsetSeconds: number;
}

/** Start of the first period: before any stored timestamp, and sorting before every ISO instant as text. */
export const beginningOfTime = '0000-01-01T00:00:00.000Z';
const periodsCache = new Map<string, OffsetPeriod[]>();

/**
 * The zone's offsets from 1900 to 2100 as periods, oldest first; the first starts at beginningOfTime and
 * the last runs on. Found by sampling every 7 days and bisecting each change to the second, so an offset
 * that changes and changes back within a week is not seen (no zone has done that since 1900).
 * This is how SQL, which knows no zone rules, turns a timestamp into the zone's day (see calendar-store.ts).
 */
export function offsetPeriods(timeZone: string): OffsetPeriod[] {
  const cached = periodsCache.get(timeZone);
  if (cached) return cached;
  const step = 7 * dayMs;
  const end = Date.UTC(2100, 0, 1);
  let at = Date.UTC(1900, 0, 1);
  let offset = utcOffsetSeconds(at, timeZone);
  const periods: OffsetPeriod[] = [{ startsAt: beginningOfTime, offsetSeconds: offset }];
  while (at < end) {
    const next = at + step;
    const nextOffset = utcOffsetSeconds(next, timeZone);
    if (nextOffset !== offset) {
      let low = at;
      let high = next;
      while (high - low > 1000) {
        const middle = low + Math.floor((high - low) / 2000) * 1000;
        if (utcOffsetSeconds(middle, timeZone) === offset) low = middle;
        else high = middle;
      }
      periods.push({ startsAt: new Date(high).toISOString(), offsetSeconds: nextOffset });
      offset = nextOffset;
    }
    at = next;
  }
  periodsCache.set(timeZone, periods);
  return periods;
}
