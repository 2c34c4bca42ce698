/** The items of keyset pages one at a time, for readers that take a row at a time. */
export async function* flatten<T>(pages: AsyncIterable<T[]>): AsyncIterable<T> {
  for await (const page of pages) yield* page;
}
