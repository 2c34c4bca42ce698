// Everything: the zod schemas and the vocabulary. The browser imports the subpaths instead.
export * from './entries/schemas.ts';
export * from './entries/vocabulary.ts';
