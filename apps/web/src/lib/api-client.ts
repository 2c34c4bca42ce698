import type { Problem } from '@civic/shared/schemas';

/** A problem document with the extra members some answers carry, e.g. `current` on a version conflict. */
export type ProblemWith<T> = Problem & Partial<T>;

/** A failed API call, carrying the problem+json body when the server sent one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;
  /** Seconds a 429 or 503 asks to wait (its Retry-After header); null when not given. */
  readonly retryAfter: number | null;

  constructor(status: number, problem: Problem | null, retryAfter: number | null = null) {
    super(problem?.title ?? `Request failed with status ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
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

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** The ETag (or version, quoted) the change was made from: sent as If-Match. */
  ifMatch?: string;
  params?: QueryParams;
  /** Sent as JSON, or as multipart when FormData (a file upload); the browser adds Origin, which the server checks on writes. */
  body?: unknown;
  signal?: AbortSignal | undefined;
}

async function readProblem(response: Response): Promise<Problem | null> {
  const type = response.headers.get('content-type') ?? '';
  return type.includes('json') ? ((await response.json().catch(() => null)) as Problem | null) : null;
}

/**
 * The one way the web calls the API: `/api${path}` with the params as a query string. Resolves to the
 * parsed JSON body (undefined for 204); rejects with ApiError carrying the problem+json document, if any.
 */
export async function request<T>(
  path: string,
  { method = 'GET', params, body, signal, ifMatch }: RequestOptions = {},
): Promise<T> {
  // The browser writes a multipart body's Content-Type itself, with its boundary.
  const multipart = body instanceof FormData;
  const response = await fetch(`/api${path}${toSearch(params)}`, {
    method,
    credentials: 'same-origin',
    headers: {
      Accept: 'application/json',
      ...(body === undefined || multipart ? {} : { 'Content-Type': 'application/json' }),
      ...(ifMatch === undefined ? {} : { 'If-Match': ifMatch }),
    },
    body: body === undefined ? undefined : multipart ? body : JSON.stringify(body),
    signal,
  });
  if (!response.ok) {
    const retryAfter = Number(response.headers.get('retry-after')) || null;
    throw new ApiError(response.status, await readProblem(response), retryAfter);
  }
  return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
}
