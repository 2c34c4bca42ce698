// @civic/shared/schemas: the zod schemas of the API's input and output, and their types.

export * from '../assessment.ts';
export * from '../assessment-record.ts';
export * from '../auth.ts';
export * from '../csv.ts';
export * from '../history.ts';
export * from '../imports.ts';
export * from '../initiative.ts';
export * from '../initiative-detail.ts';
export * from '../initiative-input.ts';
export * from '../list-query.ts';
export * from '../milestone.ts';
export * from '../problem.ts';
export * from '../source-document.ts';
export * from '../spreadsheet-import.ts';
export * from '../stats.ts';
export * from '../vocabulary.ts';
