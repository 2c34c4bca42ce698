import type { Problem } from '@civic/shared';

/** A failed API call, carrying the problem+json body when the server sent one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;

  constructor(status: number, problem: Problem | null) {
    super(problem?.title ?? `Request failed with status ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

export type QueryParams = Record<string, string | number | boolean | readonly string[] | null | undefined>;

/** Builds "?a=1&b=x,y" from params, leaving out empty values and empty lists. */
export function toSearch(params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(key, value.join(','));
    } else {
      search.set(key, String(value));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export async function apiGet<T>(path: string, params?: QueryParams, signal?: AbortSignal): Promise<T> {
  const response = await fetch(`/api${path}${toSearch(params)}`, {
    headers: { Accept: 'application/json' },
    signal,
  });
  if (!response.ok) {
    const type = response.headers.get('content-type') ?? '';
    const problem = type.includes('json') ? ((await response.json().catch(() => null)) as Problem | null) : null;
    throw new ApiError(response.status, problem);
  }
  return (await response.json()) as T;
}
