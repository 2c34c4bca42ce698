import { validationError } from '../errors/app-error.ts';

/** The last change a page of history held: its time (ISO UTC) and id. */
export interface HistoryPosition {
  at: string;
  id: string;
}

/**
 * The opaque `cursor` of a history page: base64url of JSON `[at, id]`, the last change the previous
 * page held. Clients pass back what `nextCursor` gave them and never build one.
 */
export const encodeHistoryCursor = (position: HistoryPosition) =>
  Buffer.from(JSON.stringify([position.at, position.id]), 'utf8').toString('base64url');

/** The position a cursor names; a 400 naming `cursor` when it is not one this API wrote. */
export function decodeHistoryCursor(cursor: string): HistoryPosition {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2) {
      const [at, id] = value as unknown[];
      if (typeof at === 'string' && typeof id === 'string') return { at, id };
    }
  } catch {
    // Not base64url JSON: answered below like any other foreign cursor.
  }
  throw validationError([{ field: 'cursor', message: 'is not a cursor from a previous page', code: 'invalid' }]);
}
