import type { DetailsChangeInput, InitiativeDetail } from '@civic/shared/schemas';
import { type DescriptiveField, descriptiveFields } from '@civic/shared/vocabulary';
import { initiativeFields } from '../../components/initiative-changes.tsx';
import { detailsChangeInputSchema } from '../../lib/schemas.ts';
import { type Checked, checkWith, type ErrorsFrom, toFormErrors } from '../../lib/use-schema-form.ts';

/** The form's values; title and summary per language are named as the API names their problems. */
export type DetailsFields = Record<DescriptiveField, string> & { note: string };

export type DetailsField = keyof DetailsFields;

export const detailsFieldNames: readonly DetailsField[] = [...descriptiveFields, 'note'];

/** The initiative's descriptive fields as the form starts from them (as `initiativeFields` reads them), with an empty note. */
export function detailsFrom(initiative: InitiativeDetail, note = ''): DetailsFields {
  const fields = initiativeFields(initiative);
  const descriptive = Object.fromEntries(descriptiveFields.map((field) => [field, fields[field] ?? '']));
  return { ...(descriptive as Record<DescriptiveField, string>), note };
}

function textOf(fields: DetailsFields, name: 'title' | 'summary') {
  const kk = fields[`${name}.kk`].trim();
  return { ru: fields[`${name}.ru`], en: fields[`${name}.en`], kk: kk === '' ? null : kk };
}

/** Only what the official changed is sent (a text is sent whole when any of its languages changed). */
export function toDetailsChange(base: InitiativeDetail, fields: DetailsFields): Record<string, unknown> {
  const start = detailsFrom(base);
  const moved = (name: DetailsField) => fields[name].trim() !== start[name].trim();
  const input: Record<string, unknown> = { version: base.version, note: fields.note };
  for (const name of ['title', 'summary'] as const) {
    if (moved(`${name}.ru`) || moved(`${name}.kk`) || moved(`${name}.en`)) input[name] = textOf(fields, name);
  }
  if (moved('ownerId')) input.ownerId = fields.ownerId;
  if (moved('kind')) input.kind = fields.kind;
  if (moved('region')) input.region = fields.region.trim();
  if (moved('parentId')) input.parentId = fields.parentId || null;
  return input;
}

/** The form's message when nothing was changed: the schema and the API name the title for it. */
export const nothingChanged = 'nothing';

/** Problems by field ("title.en", or the API's "body.title.en"); "nothing to change" (on title as a whole) goes to the form. */
export const detailsErrors: ErrorsFrom<DetailsFields> = (problems) =>
  toFormErrors(
    detailsFieldNames,
    problems.map((problem) =>
      problem.field === 'title' || problem.field.endsWith('.title')
        ? { field: 'form', message: nothingChanged }
        : problem,
    ),
  );

/** Checks with the schema the API parses with; a problem lands on its field, else on the form. */
export function checkDetails(candidate: unknown): Checked<DetailsFields, DetailsChangeInput> {
  return checkWith(detailsChangeInputSchema, detailsFieldNames, candidate, detailsErrors);
}
