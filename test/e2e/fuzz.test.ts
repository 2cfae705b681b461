// Thousands of random and malformed requests against the built server: documents (random text
// and mutations of real operations), variables, bodies, content types, methods and headers. The
// server must never answer 5xx, never crash or log an error, and every error must carry a code.
// Seeded: a failure prints the seed and the shrunk request; FUZZ_SEED=<seed> replays it.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { assertBuilt, root, startServer, stopServer, userEnv, type ServerProcess } from '../support/server-process';

const SEED = Number(process.env.FUZZ_SEED ?? 20_190_213); // the alliance's launch day
const RUNS = Number(process.env.FUZZ_RUNS ?? 2_000);
/** Requests each run sends at once: the server sees them concurrently. */
const PARALLEL = 2;
const MAX_BODY_BYTES = 16_384;

const operations = fs.readdirSync(path.join(root, 'schema/operations')).map((file) => fs.readFileSync(path.join(root, 'schema/operations', file), 'utf8'));
const documents = [
  ...operations,
  '{ organizations(first: 5) { totalCount edges { cursor node { id nameKo capabilities { level } } } pageInfo { hasNextPage endCursor } } }',
  '{ node(id: "T3JnYW5pemF0aW9uOjE") { id ... on Organization { nameEn } } }',
  '{ projects(first: 3) { edges { node { id slots { role domain { slug } } } } } }',
  'query Deep($id: ID!) { organization(id: $id) { capabilities { organization { capabilities { organization { nameKo } } } } } }',
  '{ __schema { types { name fields { name } } } }',
  'mutation { __typename }',
  '{ __typename }',
];

/** Bits of GraphQL syntax that mutations splice in. */
const token = fc.constantFrom(
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '$',
  '!',
  '@',
  '...',
  '"',
  '"""',
  '#',
  ',',
  '=',
  '|',
  '&',
  'query',
  'mutation',
  'subscription',
  'fragment',
  'on',
  '__typename',
  '__schema',
  'organizations',
  'first',
  'last',
  '-1',
  '0',
  '101',
  '1e309',
  '2147483648',
  'null',
  'true',
  '\\u0000',
  '💥',
  '세종',
  '\n',
);

const mutatedDocument = fc
  .tuple(fc.constantFrom(...documents), fc.array(fc.tuple(fc.nat(), fc.nat(12), fc.oneof(token, fc.string({ maxLength: 6 }))), { maxLength: 4 }))
  .map(([document, edits]) =>
    edits.reduce((doc, [at, remove, insert]) => {
      const i = at % (doc.length + 1);
      return doc.slice(0, i) + insert + doc.slice(i + remove);
    }, document),
  );

const query = fc.oneof(
  { weight: 5, arbitrary: mutatedDocument },
  { weight: 2, arbitrary: fc.constantFrom(...documents) },
  { weight: 2, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.array(token, { maxLength: 40 }).map((tokens) => tokens.join(' ')) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

/** Text PostgreSQL cannot store (NUL) or that is not Unicode (lone surrogates), between ordinary characters. */
const hostileText = fc
  .tuple(fc.string({ maxLength: 4 }), fc.constantFrom('\u0000', '\ud800', '\udfff', '\u0000\ud83d'), fc.string({ maxLength: 4 }))
  .map(([before, bad, after]) => before + bad + after);

const variables = fc.oneof(
  fc.constant(undefined),
  // Where the real operations take text: the search, slug lists, ids, cursors.
  fc.record(
    { filter: fc.record({ query: hostileText, domains: fc.array(hostileText, { maxLength: 2 }) }, { requiredKeys: [] }), id: hostileText, after: hostileText },
    { requiredKeys: [] },
  ),
  fc.dictionary(
    fc.constantFrom('id', 'first', 'after', 'filter', 'organizationId', 'projectId', 'target', 'options', 'lang', 'x'),
    fc.jsonValue({ maxDepth: 3 }),
  ),
  fc.record({ first: fc.oneof(fc.integer(), fc.double(), fc.string()), id: fc.string(), after: fc.base64String() }, { requiredKeys: [] }),
  fc.jsonValue({ maxDepth: 2 }),
);

const extensions = fc.oneof(
  fc.constant(undefined),
  fc.record({
    persistedQuery: fc.record({
      version: fc.oneof(fc.constant(1), fc.integer()),
      sha256Hash: fc.oneof(fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 }), fc.string()),
    }),
  }),
  fc.jsonValue({ maxDepth: 2 }),
);

const graphQLRequest = fc.record(
  {
    query,
    variables,
    operationName: fc.oneof(fc.constantFrom('Organizations', 'Taxonomy', 'Nope'), fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 1 })),
    extensions,
  },
  { requiredKeys: ['query'] },
);

/** The real operations (and an inline literal) with hostile text where they take text, so it reaches the resolvers. */
const hostileRequest = fc.record({
  query: fc.constantFrom(...operations, '{ organizations(filter: { query: "a\\u0000" }) { totalCount } }'),
  variables: fc.record(
    {
      filter: fc.record({ query: hostileText, pilotCities: fc.array(hostileText, { minLength: 1, maxLength: 2 }) }, { requiredKeys: [] }),
      id: hostileText,
      after: hostileText,
      projectId: hostileText,
      organizationId: hostileText,
    },
    { requiredKeys: [] },
  ),
});

/** A raw body: a GraphQL request as JSON, or anything else a client might send. */
const body = fc.oneof(
  { weight: 8, arbitrary: graphQLRequest.map((request) => JSON.stringify(request)) },
  { weight: 1, arbitrary: hostileRequest.map((request) => JSON.stringify(request)) },
  { weight: 1, arbitrary: fc.array(graphQLRequest, { maxLength: 3 }).map((batch) => JSON.stringify(batch)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 1, arbitrary: graphQLRequest.map((request) => JSON.stringify(request).slice(0, -3)) },
  { weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value) ?? 'null') },
  {
    weight: 1,
    arbitrary: fc.integer({ min: MAX_BODY_BYTES - 50, max: MAX_BODY_BYTES * 2 }).map((size) => JSON.stringify({ query: `{ __typename }${' '.repeat(size)}` })),
  },
);

const headerValue = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 40 });

/** Mostly what a real client sends, so most requests get past HTTP into parsing, validation and execution. */
const often = <T, U>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<U>) => fc.oneof({ weight: 6, arbitrary: usual }, { weight: 1, arbitrary: odd });

const request = fc.record({
  method: often(fc.constantFrom('POST', 'POST', 'GET'), fc.constantFrom('PUT', 'DELETE', 'PATCH', 'OPTIONS')),
  contentType: often(
    fc.constantFrom('application/json', 'application/json; charset=utf-8'),
    fc.oneof(
      fc.constantFrom('application/json; charset=latin1', 'text/plain', 'application/x-www-form-urlencoded', 'application/graphql', undefined),
      headerValue,
    ),
  ),
  accept: often(
    fc.constantFrom(undefined, 'application/json', 'application/graphql-response+json', '*/*'),
    fc.oneof(fc.constantFrom('text/html', 'application/xml', 'multipart/mixed'), headerValue),
  ),
  preflight: often(fc.constant(true), fc.constant(false)),
  authorization: often(
    fc.constant(undefined),
    fc.oneof(
      headerValue,
      headerValue.map((value) => `Bearer ${value}`),
    ),
  ),
  requestId: fc.oneof(fc.constant(undefined), headerValue),
  body,
});

type FuzzRequest = typeof request extends fc.Arbitrary<infer T> ? T : never;

let server: ServerProcess;
const seen = { requests: 0, statuses: new Map<number, number>(), codes: new Map<string, number>() };

beforeAll(async () => {
  assertBuilt();
  server = await startServer(
    userEnv('.data-unused', {
      DATABASE_URL: process.env.DATABASE_URL!,
      DB_POOL_SIZE: '4',
      LOG_LEVEL: 'info',
      MAX_BODY_BYTES: String(MAX_BODY_BYTES),
      // Far above what the fuzzer spends: the limiter runs on every request without refusing them all.
      RATE_LIMIT_COST: '100000000',
    }),
  );
}, 120_000);
afterAll(async () => {
  // Stopped here, not asserted: the shutdown test checks the exit code.
  if (server) await stopServer(server.child);
});

async function send(r: FuzzRequest): Promise<void> {
  const headers: Record<string, string> = {};
  if (r.contentType !== undefined) headers['content-type'] = r.contentType;
  if (r.accept !== undefined) headers.accept = r.accept;
  if (r.preflight) headers['apollo-require-preflight'] = 'true';
  if (r.authorization !== undefined) headers.authorization = r.authorization;
  if (r.requestId !== undefined) headers['x-request-id'] = r.requestId;
  let url = server.url;
  let init: RequestInit = { method: r.method, headers };
  if (r.method === 'GET') {
    // A GET carries the request in the query string, as its parameters when the body is a JSON object.
    let params: Record<string, unknown> = { query: r.body };
    try {
      const parsed: unknown = JSON.parse(r.body);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) params = parsed as Record<string, unknown>;
    } catch {
      // not JSON: sent as the query
    }
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      if (value !== undefined) search.set(key, typeof value === 'string' ? value : JSON.stringify(value));
    }
    url = `${server.url}?${search.toString().slice(0, 6_000)}`;
  } else {
    init = { ...init, body: r.body };
  }

  const response = await fetch(url, init);
  const text = await response.text();
  seen.requests += 1;
  seen.statuses.set(response.status, (seen.statuses.get(response.status) ?? 0) + 1);
  expect(response.status).toBeLessThan(500);
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.includes('json')) {
    // Only answers that are not errors may be something else: GraphiQL's page, express's OPTIONS answer.
    expect(response.status).toBeLessThan(400);
    return;
  }
  const answer = JSON.parse(text) as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] };
  for (const error of answer.errors ?? []) {
    expect(typeof error.message).toBe('string');
    expect(typeof error.extensions?.code).toBe('string');
    const code = error.extensions!.code as string;
    seen.codes.set(code, (seen.codes.get(code) ?? 0) + 1);
    expect(code).not.toBe('INTERNAL_SERVER_ERROR');
  }
}

describe('fuzzing the HTTP endpoint', () => {
  it(`answers ${RUNS * PARALLEL} random requests without a 5xx, a crash or an uncoded error`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(request, { minLength: PARALLEL, maxLength: PARALLEL }), async (requests) => {
        await Promise.all(requests.map(send));
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    expect(seen.requests).toBeGreaterThanOrEqual(RUNS * PARALLEL);
    // The requests reached every layer: answers, body errors, GraphQL errors and refusals.
    expect([...seen.statuses.keys()]).toEqual(expect.arrayContaining([200, 400, 413]));
    expect([...seen.codes.keys()]).toEqual(
      expect.arrayContaining(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PAYLOAD_TOO_LARGE']),
    );

    const health = await fetch(server.url.replace('/graphql', '/healthz'));
    expect(await health.json()).toEqual({ status: 'ok' });
    expect(server.child.exitCode).toBeNull();
    // No error-level log line (pino level 50 or 60): nothing unexpected happened inside.
    expect(server.logs()).not.toMatch(/"level":(50|60)/);
  }, 180_000);
});
