import type { AssessmentInput } from '@civic/shared/schemas';
import { isRating } from '@civic/shared/vocabulary';

/** The form's fields as the inputs hold them: evidence links one per line. */
export interface AssessmentFields {
  [field: string]: string;
  rating: string;
  rationale: string;
  evidenceUrls: string;
  asOf: string;
}

export const emptyAssessment = (today: string): AssessmentFields => ({
  rating: '',
  rationale: '',
  evidenceUrls: '',
  asOf: today,
});

/** What is sent: the lines of the evidence field as links, with the version of the initiative seen. */
export function toAssessmentInput(fields: AssessmentFields, version: number): Record<string, unknown> {
  const links = fields.evidenceUrls
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    version,
    rating: isRating(fields.rating) ? fields.rating : undefined,
    rationale: fields.rationale,
    evidenceUrls: links,
    asOf: fields.asOf,
  } satisfies Partial<Record<keyof AssessmentInput, unknown>>;
}
