import type { LocalizedText } from '@civic/shared';
import { bodies, regionOfOwner } from './extraction/gazetteer.ts';

/**
 * The names of a responsible body the gazetteer proposes (extraction/gazetteer.ts): a national body
 * by its own entry, a regional one (`aktobe-maslikhat`) as its entry with the region in brackets, a
 * plural one (`maslikhats`) by its entry. Undefined for an id the gazetteer cannot propose.
 */
export function gazetteerOwnerName(ownerId: string): LocalizedText | undefined {
  const own = bodies.find((body) => body.id === ownerId || body.generic === ownerId);
  if (own) return { ru: own.name.ru, en: own.name.en };
  const region = regionOfOwner(ownerId);
  const body = region && bodies.find((b) => b.regional && ownerId === `${region.id}-${b.id}`);
  return body && { ru: `${body.name.ru} (${region.name.ru})`, en: `${body.name.en} (${region.name.en})` };
}
