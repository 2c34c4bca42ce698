import { legislativeStages, statuses } from '@civic/shared';
import fc from 'fast-check';
import type { Route } from '../src/http/route.ts';
import type { RawRequest } from './reliability-http.ts';

export type Identity = 'anonymous' | 'official';

export interface HostileRequest extends RawRequest {
  identity: Identity;
  route: string;
}

const tricky = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '\u0000',
  'a\u0000b',
  '\uFEFF',
  '\u202E',
  '\uD800',
  '𝕏🙂',
  'Ӑ̈́ѐ',
  "' OR 1=1 --",
  '"; drop table initiatives; --',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '=cmd|"/c calc"!A1',
  '-1',
  '0',
  '1e309',
  'NaN',
  'null',
  'true',
  '[]',
  '{}',
];

/** Percent sequences that decode to invalid UTF-8, NUL or nothing at all. */
const badEscapes = [
  '%FF',
  '%C3%28',
  '%ED%A0%80',
  '%E0%80%AF',
  '%00',
  '%',
  '%zz',
  '%2e%2e%2f',
  '%C0%AE',
  '%F4%90%80%80',
];

/** Percent-encodes as UTF-8; a lone surrogate goes out as U+FFFD, as a browser would send it. */
const encode = (s: string) => encodeURIComponent(Buffer.from(s, 'utf8').toString('utf8'));

export const hostileString = fc.oneof(
  fc.constantFrom(...tricky),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 1, max: 70_000 }).map((n) => 'ж'.repeat(n)),
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom(...tricky), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

/** A URL path segment: a real id, a hostile one encoded properly, or raw bytes and broken escapes. */
const segment = (realIds: string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...realIds) },
    { weight: 3, arbitrary: hostileString.map((s) => encode(s.slice(0, 300))) },
    { weight: 1, arbitrary: fc.integer({ min: 1000, max: 20_000 }).map((n) => 'a'.repeat(n)) },
    { weight: 2, arbitrary: fc.constantFrom(...badEscapes) },
    { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 12 }).map(latin1Path) },
  );

/** Raw bytes as a request-target: printable ASCII and 0x80–0xFF go out as they are, the rest escaped. */
function latin1Path(bytes: Uint8Array): string {
  return Array.from(bytes, (b) =>
    b > 0x20 && b < 0x7f && !'?#/%'.includes(String.fromCharCode(b))
      ? String.fromCharCode(b)
      : b >= 0x80
        ? String.fromCharCode(b)
        : `%${b.toString(16).padStart(2, '0')}`,
  ).join('');
}

const queryKeys = [
  'status',
  'kind',
  'owner',
  'q',
  'sort',
  'page',
  'pageSize',
  'lang',
  'sep',
  'overdue',
  'stale',
  'region',
  'tag',
  'parentId',
  'from',
  'to',
  'initiativeId',
];
const hostileKeys = [
  '__proto__',
  'constructor',
  'constructor[prototype][polluted]',
  '__proto__[polluted]',
  'a[b][c][d]',
  `deep${'[x]'.repeat(40)}`,
  'page[]',
  '',
];

const queryPair = fc.tuple(
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...queryKeys) }, fc.constantFrom(...hostileKeys), hostileString),
  fc.oneof(
    hostileString.map((s) => encode(s.slice(0, 300))),
    fc.constantFrom(...badEscapes),
    fc.constantFrom(...statuses, 'ru', 'en', 'kk', ';', ',', '-title', 'updatedAt', '1', '100', '101'),
  ),
);

/** A query string with duplicated, nested and prototype-named parameters. */
const queryString = fc
  .array(queryPair, { maxLength: 6 })
  .chain((pairs) => fc.boolean().map((duplicate) => (duplicate && pairs[0] ? [...pairs, pairs[0], pairs[0]] : pairs)))
  .map((pairs) => (pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => `${encode(k)}=${v}`).join('&')}`));

/** Bodies that are almost right, so validation is probed field by field rather than at the door. */
const nearValidUpdate = fc.record(
  {
    version: fc.oneof(fc.integer({ min: -2, max: 5 }), hostileValue),
    status: fc.oneof(fc.constantFrom(...statuses), hostileValue),
    progress: fc.oneof(fc.integer({ min: -5, max: 105 }), hostileValue),
    legislativeStage: fc.oneof(fc.constantFrom(...legislativeStages), hostileValue),
    targetDate: fc.oneof(fc.constantFrom('2030-02-30', '2030-01-01T00:00:00Z', '99999-01-01'), hostileValue),
    verifiedOnly: hostileValue,
    note: hostileValue,
    evidenceUrl: fc.constantFrom(
      'javascript:alert(1)',
      'data:text/html,x',
      'ftp://x',
      'http://',
      'https://ok.example/\u0000',
    ),
    title: hostileValue,
    dueDate: hostileValue,
    username: hostileValue,
    password: hostileValue,
  },
  { requiredKeys: [] },
);

const deepJson = fc
  .tuple(fc.integer({ min: 1, max: 30_000 }), fc.constantFrom(['[', ']'], ['{"a":', '}']))
  .map(([depth, [open, close]]) => `${(open as string).repeat(depth)}1${(close as string).repeat(depth)}`);

const protoJson = fc.constantFrom(
  '{"__proto__":{"polluted":true},"note":"x","status":"adopted"}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"note":"a","note":"b","version":1,"version":"1"}',
);

const jsonBody = fc.oneof(
  nearValidUpdate.map((value) => JSON.stringify(value)),
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
  deepJson,
  protoJson,
  fc.constantFrom('', 'null', '"x"', '{', '{"a":1}}', '\uFEFF{}', '[1,2,'),
);

const body: fc.Arbitrary<Buffer | undefined> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 6, arbitrary: jsonBody.map((text) => Buffer.from(text, 'utf8')) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 60_000, max: 200_000 }).map((n) => Buffer.from(`{"note":"${'x'.repeat(n)}"}`)),
  },
);

const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/merge-patch+json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset="utf-8"; boundary=',
  undefined,
);

const extraHeaders = fc.record(
  {
    'if-match': fc.constantFrom('"1"', '*', 'W/"2"', '"99999999999999999999"', 'garbage', '"-1"'),
    origin: fc.constantFrom('https://evil.example', 'null', 'http://127.0.0.1'),
    'sec-fetch-site': fc.constantFrom('cross-site', 'same-origin', 'none'),
    'content-encoding': fc.constantFrom('gzip', 'br', 'identity'),
    accept: fc.constantFrom('application/json', 'text/html', '*/*', 'application/problem+json'),
  },
  { requiredKeys: [] },
);

const otherMethods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** Any request at a route the app mounts, or beside it, as the given identities. */
export function hostileRequest(
  routes: readonly Pick<Route<never>, 'method' | 'path'>[],
  realIds: string[],
  cookies: Record<Identity, string | undefined>,
): fc.Arbitrary<HostileRequest> {
  const identities = Object.keys(cookies) as Identity[];
  return fc
    .record({
      route: fc.constantFrom(...routes),
      method: fc.option(fc.constantFrom(...otherMethods), { freq: 8 }),
      segments: fc.array(segment(realIds), { minLength: 2, maxLength: 2 }),
      query: queryString,
      body,
      contentType,
      headers: fc.oneof({ weight: 3, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: extraHeaders }),
      identity: fc.constantFrom(...identities),
    })
    .map((r) => {
      const method = r.method ?? r.route.method.toUpperCase();
      let index = 0;
      const full = r.route.path.replace(/:[A-Za-z]+/g, () => r.segments[index++ % 2] as string) + r.query;
      // Past the parser's 16 kB header limit a HEAD cannot be told from a GET; its answer would carry a body.
      const path = method === 'HEAD' ? full.slice(0, 8000) : full;
      const cookie = cookies[r.identity];
      const sendsBody = method !== 'GET' && method !== 'HEAD' && r.body !== undefined;
      const headers: Record<string, string> = { ...r.headers };
      if (cookie) headers.cookie = cookie;
      if (sendsBody && r.contentType) headers['content-type'] = r.contentType;
      return {
        identity: r.identity,
        route: `${r.route.method.toUpperCase()} ${r.route.path}`,
        method,
        path,
        headers,
        ...(sendsBody ? { body: r.body } : {}),
      };
    });
}
