// @civic/shared/vocabulary: the project's words and rules without a validation library, for the browser.
// Nothing under this entry may import zod (checked by entries.test.ts).

export * from '../assessment-scale.ts';
export * from '../calendar.ts';
export * from '../csv-cell.ts';
export * from '../field-problem.ts';
export * from '../history-labels.ts';
export * from '../labels.ts';
export * from '../list-params.ts';
export * from '../regions.ts';
export * from '../rules.ts';
export * from '../status-labels.ts';
export * from '../terms.ts';
export * from '../web-pages.ts';
