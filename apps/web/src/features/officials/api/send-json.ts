import type { Problem } from '@civic/shared';
import { ApiError } from '../../../lib/api-client.ts';

/** A problem document with the extra members some answers carry, e.g. `current` on a version conflict. */
export type ProblemWith<T> = Problem & Partial<T>;

/** A JSON write to the API; the browser adds Origin, which the server checks for same-origin writes. */
export async function sendJson<T>(method: 'POST' | 'PATCH', path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/api${path}`, {
    method,
    credentials: 'same-origin',
    headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    const type = response.headers.get('content-type') ?? '';
    const problem = type.includes('json') ? ((await response.json().catch(() => null)) as Problem | null) : null;
    const error = new ApiError(response.status, problem);
    throw Object.assign(error, { retryAfter: Number(response.headers.get('retry-after')) || null });
  }
  return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
}

/** The seconds a 429 asks to wait (its Retry-After header), when given. */
export function retryAfterSeconds(error: unknown): number | null {
  const value = error instanceof ApiError ? (error as ApiError & { retryAfter?: unknown }).retryAfter : null;
  return typeof value === 'number' && value > 0 ? value : null;
}
