import {
  type Initiative,
  initiativeSchema,
  type SourceDocumentWithPassages,
  type StatusChange,
  sourceDocumentWithPassagesSchema,
  statusChangeSchema,
} from '@civic/shared';
import { z } from 'zod';

const openDataSchemaVersion = '1.0';

/** The open-data document's shape, as OpenAPI shows it. */
export const openDataSchema = z.object({
  schemaVersion: z.literal(openDataSchemaVersion),
  generatedAt: z.string(),
  sources: z.array(sourceDocumentWithPassagesSchema),
  initiatives: z.array(initiativeSchema),
  history: z.array(statusChangeSchema),
});

export interface OpenDataParts {
  generatedAt: string;
  sources: SourceDocumentWithPassages[];
  initiatives: AsyncIterable<Initiative>;
  history: AsyncIterable<StatusChange>;
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
  yield '\n]}\n';
}
