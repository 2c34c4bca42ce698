import { normalizeForSearch } from '@civic/shared';

/** The folded text a list search matches against: every language's title and summary, the owner and the id. */
export function searchText(parts: readonly (string | null | undefined)[]): string {
  return normalizeForSearch(parts.filter(Boolean).join(' \n '));
}
