import type { CreateInitiativeInput } from '@civic/shared/schemas';
import { type DescriptiveField, descriptiveFields } from '@civic/shared/vocabulary';
import { createInitiativeInputSchema } from '../../lib/schemas.ts';
import { type Checked, checkWith, type ErrorsFrom, toFormErrors } from '../../lib/use-schema-form.ts';

export type CreateFields = { id: string } & Record<DescriptiveField, string> & {
    'source.documentId': string;
    'source.quote': string;
  };

export const createFieldNames = [
  'id',
  ...descriptiveFields,
  'source.documentId',
  'source.quote',
] as const satisfies readonly (keyof CreateFields)[];

export const emptyCreateFields: CreateFields = {
  id: '',
  'title.ru': '',
  'title.kk': '',
  'title.en': '',
  'summary.ru': '',
  'summary.kk': '',
  'summary.en': '',
  ownerId: '',
  kind: 'recommendation',
  region: 'KZ',
  parentId: '',
  'source.documentId': '',
  'source.quote': '',
};

const text = (fields: CreateFields, name: 'title' | 'summary') => {
  const kk = fields[`${name}.kk`].trim();
  return { ru: fields[`${name}.ru`], en: fields[`${name}.en`], ...(kk === '' ? {} : { kk }) };
};

/** The new initiative as the API takes it: always with a source passage, quoted as the source has it. */
export function toCreateInput(fields: CreateFields): Record<string, unknown> {
  return {
    id: fields.id.trim(),
    kind: fields.kind,
    title: text(fields, 'title'),
    summary: text(fields, 'summary'),
    ownerId: fields.ownerId,
    region: fields.region.trim(),
    ...(fields.parentId ? { parentId: fields.parentId } : {}),
    source: { documentId: fields['source.documentId'], quote: fields['source.quote'] },
  };
}

/** Problems by field ("title.en", or the API's "body.source.quote"); anything else on the form. */
export const createErrors: ErrorsFrom<CreateFields> = (problems) => toFormErrors(createFieldNames, problems);

/** Checks with the schema the API parses with; a problem lands on its field ("title.en"), else on the form. */
export function checkCreate(candidate: unknown): Checked<CreateFields, CreateInitiativeInput> {
  return checkWith(createInitiativeInputSchema, createFieldNames, candidate, createErrors);
}
