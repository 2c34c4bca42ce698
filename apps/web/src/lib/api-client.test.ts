import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, request } from './api-client.ts';

const problemJson = { 'Content-Type': 'application/problem+json' };

function answer(status: number, body?: unknown, headers: Record<string, string> = {}) {
  const fetchMock = vi.fn(
    async (_url: string, _init?: RequestInit) =>
      new Response(body === undefined ? null : JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json', ...headers },
      }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('request', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('when reading with params, then it asks /api with the query string and returns the JSON body', async () => {
    const fetchMock = answer(200, { items: [] });
    await expect(request('/initiatives', { params: { status: ['proposed', 'adopted'], q: '' } })).resolves.toEqual({
      items: [],
    });
    expect(fetchMock).toHaveBeenCalledWith('/api/initiatives?status=proposed%2Cadopted', expect.anything());
  });

  it('when writing, then the body is sent as JSON with its method and a 204 resolves to nothing', async () => {
    const fetchMock = answer(204);
    await expect(request('/auth/logout', { method: 'POST', body: { a: 1 } })).resolves.toBeUndefined();
    const init = fetchMock.mock.calls[0]?.[1] ?? {};
    expect(init).toMatchObject({ method: 'POST', body: '{"a":1}', credentials: 'same-origin' });
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json' });
  });

  it('when the body is a form with a file, then it goes as it is and the browser names its multipart type', async () => {
    const fetchMock = answer(201, { id: 'x' });
    const form = new FormData();
    form.append('file', new Blob(['id;version']), 'list.csv');
    await expect(request('/spreadsheet-imports', { method: 'POST', body: form })).resolves.toEqual({ id: 'x' });
    const init = fetchMock.mock.calls[0]?.[1] ?? {};
    expect(init.body).toBe(form);
    expect(Object.keys(init.headers ?? {})).not.toContain('Content-Type');
  });

  it.each(['GET', 'PATCH'] as const)(
    'when a %s is refused with problem+json, then the error carries the problem and its field errors',
    async (method) => {
      const problem = { type: '/problems/validation-error', title: 'Invalid', status: 400, errors: [] };
      answer(400, { ...problem, errors: [{ field: 'body.note', message: 'required' }] }, problemJson);
      const error = await rejection(request('/initiatives/x', { method, body: method === 'GET' ? undefined : {} }));
      expect(error.status).toBe(400);
      expect(error.message).toBe('Invalid');
      expect(error.problem?.errors).toEqual([{ field: 'body.note', message: 'required' }]);
    },
  );

  it('when a 429 says how long to wait, then the error carries the seconds', async () => {
    answer(429, { type: '/problems/too-many-requests', title: 'Too many', status: 429 }, { 'Retry-After': '120' });
    expect((await rejection(request('/auth/login', { method: 'POST', body: {} }))).retryAfter).toBe(120);
  });

  it('when a failure has no JSON body, then the error still has the status and no problem', async () => {
    vi.stubGlobal('fetch', async () => new Response('Bad gateway', { status: 502 }));
    const error = await rejection(request('/stats'));
    expect(error.status).toBe(502);
    expect(error.problem).toBeNull();
    expect(error.retryAfter).toBeNull();
  });
});
