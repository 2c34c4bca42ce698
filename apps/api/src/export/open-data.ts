import {
  type Assessment,
  assessmentSchema,
  type Initiative,
  initiativeSchema,
  type SourceDocumentWithPassages,
  type StatusChange,
  sourceDocumentWithPassagesSchema,
  statusChangeSchema,
} from '@civic/shared';
import { z } from 'zod';

// 1.1: independent assessments (every initiative's latest, and the whole record).
const openDataSchemaVersion = '1.1';

/** The open-data document's shape, as OpenAPI shows it. */
export const openDataSchema = z.object({
  schemaVersion: z.literal(openDataSchemaVersion),
  generatedAt: z.string(),
  sources: z.array(sourceDocumentWithPassagesSchema),
  initiatives: z.array(initiativeSchema),
  history: z.array(statusChangeSchema),
  /** Every independent assessment, oldest first, superseded ones included. */
  assessments: z.array(assessmentSchema),
});

export interface OpenDataParts {
  generatedAt: string;
  sources: SourceDocumentWithPassages[];
  initiatives: AsyncIterable<Initiative>;
  history: AsyncIterable<StatusChange>;
  assessments: AsyncIterable<Assessment>;
}

async function* jsonArray(items: AsyncIterable<unknown>): AsyncIterable<string> {
  let first = true;
  for await (const item of items) {
    yield `${first ? '' : ','}\n${JSON.stringify(item)}`;
    first = false;
  }
}

/** The open-data document as JSON text, written piece by piece so memory does not grow with the rows. */
export async function* openDataJson(parts: OpenDataParts): AsyncIterable<string> {
  const head = { schemaVersion: openDataSchemaVersion, generatedAt: parts.generatedAt };
  yield `${JSON.stringify(head).slice(0, -1)},\n"sources":${JSON.stringify(parts.sources)},\n"initiatives":[`;
  yield* jsonArray(parts.initiatives);
  yield '\n],\n"history":[';
  yield* jsonArray(parts.history);
  yield '\n],\n"assessments":[';
  yield* jsonArray(parts.assessments);
  yield '\n]}\n';
}
