import type { InitiativeDetail, StatusChangeInput } from '@civic/shared/schemas';
import { statusChangeInputSchema } from '../../lib/schemas.ts';
import {
  type Checked,
  checkWith,
  type FieldProblem,
  type FormErrors,
  toFormErrors,
} from '../../lib/use-schema-form.ts';

export type StatusFields = {
  status: string;
  progress: string;
  legislativeStage: string;
  targetDate: string;
  note: string;
  evidenceUrl: string;
};

export type StatusField = keyof StatusFields;
export type FieldErrors = FormErrors<StatusFields>;

export const statusFieldNames: readonly StatusField[] = [
  'status',
  'progress',
  'legislativeStage',
  'targetDate',
  'note',
  'evidenceUrl',
];

/** The form's starting values: the initiative as it stands, with an empty note and evidence. */
export function fieldsFrom(
  initiative: InitiativeDetail,
  keep?: Pick<StatusFields, 'note' | 'evidenceUrl'>,
): StatusFields {
  return {
    status: initiative.status,
    progress: String(initiative.progress),
    legislativeStage: initiative.legislativeStage ?? '',
    targetDate: initiative.targetDate ?? '',
    note: keep?.note ?? '',
    evidenceUrl: keep?.evidenceUrl ?? '',
  };
}

/** Moves the form onto a newer version the page has loaded, keeping whatever the official already edited. */
export function rebaseFields(oldBase: InitiativeDetail, next: InitiativeDetail, fields: StatusFields): StatusFields {
  const before = fieldsFrom(oldBase);
  const after = fieldsFrom(next, fields);
  const keep = (key: StatusField) => (fields[key] === before[key] ? after[key] : fields[key]);
  return {
    ...after,
    status: keep('status'),
    progress: keep('progress'),
    legislativeStage: keep('legislativeStage'),
    targetDate: keep('targetDate'),
  };
}

/** Only what the official changed is sent, so an untouched progress lets the new status set its own. */
export function toStatusChange(base: InitiativeDetail, fields: StatusFields, verifiedOnly: boolean): unknown {
  const input: Record<string, unknown> = { version: base.version, note: fields.note };
  const evidenceUrl = fields.evidenceUrl.trim();
  if (evidenceUrl) input.evidenceUrl = evidenceUrl;
  if (verifiedOnly) return { ...input, verifiedOnly: true };
  if (fields.status !== base.status) input.status = fields.status;
  const progress = fields.progress.trim();
  if (progress !== '' && Number(progress) !== base.progress) input.progress = Number(progress);
  if (base.kind === 'legislation' && (fields.legislativeStage || null) !== base.legislativeStage) {
    input.legislativeStage = fields.legislativeStage || null;
  }
  if ((fields.targetDate || null) !== base.targetDate) input.targetDate = fields.targetDate || null;
  return input;
}

/** Checks with the same schema the API uses; each problem lands on its field. */
export function checkStatusChange(candidate: unknown): Checked<StatusFields, StatusChangeInput> {
  return checkWith(statusChangeInputSchema, statusFieldNames, candidate);
}

/** Server or client problems as one message per field; anything not on a field goes to the form. */
export function toFieldErrors(errors: readonly FieldProblem[]): FieldErrors {
  return toFormErrors(statusFieldNames, errors);
}
