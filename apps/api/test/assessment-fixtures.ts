import type { AssessmentInput } from '@civic/shared';
import { createUser, jsonHeaders, login, readJson } from './auth-helpers.ts';
import type { Json, TestApp } from './test-app.ts';

/** A valid assessment body; each test overrides what it is about. */
export const assessmentInput = (overrides: Partial<AssessmentInput> = {}): AssessmentInput => ({
  rating: 'limited',
  rationale: 'Minutes of two meetings are published; no decision has followed yet.',
  evidenceUrls: ['https://example.org/minutes'],
  asOf: '2027-03-01',
  ...overrides,
});

/** A monitor of the organisation, logged in over HTTP: the Cookie header. */
export async function loginMonitor(app: TestApp, organisation: string): Promise<string> {
  const { username, password } = await createUser(app.store, { role: 'monitor', organisation });
  return login(app, username, password);
}

/** POSTs an assessment as the cookie's holder, sending the initiative's current version unless one is given. */
export async function assess(app: TestApp, cookie: string, id: string, body: Json): Promise<Response> {
  const version = 'version' in body ? body.version : (await app.json(`/api/initiatives/${id}`)).version;
  return app.fetch(`/api/initiatives/${id}/assessments`, {
    method: 'POST',
    headers: jsonHeaders(cookie),
    body: JSON.stringify(version === undefined ? body : { ...body, version }),
  });
}

/** The fields a 400 names. */
export const fieldsOf = async (res: Response): Promise<string[]> =>
  ((await readJson(res)).errors ?? []).map((e: { field: string }) => e.field);
