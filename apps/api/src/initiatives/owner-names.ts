import type { LocalizedText } from '@civic/shared';
import type { DataGeneration } from '../db/data-generation.ts';

/** Every responsible body's name by its id, in every language. */
export type OwnerNames = () => Promise<ReadonlyMap<string, LocalizedText>>;

/**
 * The owners' names, read again only when the data generation has moved since they were last read
 * (a rename, a new or removed owner moves it, on any instance), as the cached answers are.
 */
export function keptOwnerNames(read: OwnerNames, generation: DataGeneration): OwnerNames {
  let kept: { generation: number; names: ReadonlyMap<string, LocalizedText> } | undefined;
  return async () => {
    // The generation is read before the names, so kept names are never older than the generation they are kept for.
    const current = await generation();
    if (kept && kept.generation === current) return kept.names;
    const names = await read();
    // A slower read begun at an older generation does not replace a newer one.
    if (!kept || kept.generation < current) kept = { generation: current, names };
    return names;
  };
}
