import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * An installed package loaded on first use instead of at start-up: for the large libraries only some routes
 * need (document and spreadsheet readers, stemmers), which otherwise cost every server start time and memory.
 * @param name the package, CommonJS or with a CommonJS entry, as `require` resolves it from here
 * @returns a function that loads it once and returns its exports
 */
export function lazyModule<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= require(name) as T;
    return loaded;
  };
}
