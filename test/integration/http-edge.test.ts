// The HTTP edge of the real app: body limits, malformed bodies, batching, security headers, CORS,
// GET, CSRF prevention, request ids, log lines and the production defaults.
import { createTestAccount, AccountRole } from '../support/accounts';
import { postGraphQL, startTestApp, type RunningApp } from '../support/http-app';

const DOMAINS = '{ domains { slug } }';

describe('the HTTP edge with default settings', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ MAX_BODY_BYTES: '2048' });
  });
  afterAll(async () => {
    await app.close();
  });

  /** A request body of exactly `bytes` bytes: the query padded with spaces. */
  const bodyOf = (bytes: number) => {
    const body = JSON.stringify({ query: DOMAINS });
    return body.replace(DOMAINS, DOMAINS + ' '.repeat(bytes - Buffer.byteLength(body)));
  };

  it('answers a body at the MAX_BODY_BYTES limit', async () => {
    const response = await postGraphQL(app.graphql, bodyOf(2048));
    expect(response.status).toBe(200);
    expect(response.body.data.domains.length).toBeGreaterThan(0);
  });

  it('refuses a body one byte over with 413 PAYLOAD_TOO_LARGE as a GraphQL error', async () => {
    const response = await postGraphQL(app.graphql, bodyOf(2049));
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    expect(response.body).toEqual({
      errors: [{ message: 'The request body is larger than the limit of 2048 bytes.', extensions: { code: 'PAYLOAD_TOO_LARGE', limit: 2048 } }],
    });
  });

  it('refuses malformed JSON with 400 BAD_REQUEST, in the media type the client accepts', async () => {
    const response = await postGraphQL(app.graphql, '{"query": "{ domains { slug } }"', { accept: 'application/json' });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.body).toEqual({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('has batching off: an array of operations is a coded 400', async () => {
    const response = await postGraphQL(app.graphql, [{ query: DOMAINS }, { query: DOMAINS }]);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ message: 'Operation batching disabled.', extensions: { code: 'BAD_REQUEST' } })]);
  });

  it('sends the security headers, with a CSP that lets same-origin scripts and inline styles through', async () => {
    for (const path of ['/graphql', '/healthz']) {
      const response = await fetch(
        `${app.base}${path}`,
        path === '/graphql' ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: DOMAINS }) } : {},
      );
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toContain("img-src 'self' data:");
      expect(csp).toContain("font-src 'self' data:");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('sends no CORS headers when CORS_ORIGINS is empty', async () => {
    const response = await postGraphQL(app.graphql, { query: DOMAINS }, { origin: 'https://portal.example.org' });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers queries over GET when the client sends a preflight-forcing header, but never mutations', async () => {
    const url = `${app.graphql}?query=${encodeURIComponent(DOMAINS)}`;
    const ok = await fetch(url, { headers: { 'apollo-require-preflight': 'true', accept: 'application/graphql-response+json' } });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as any).data.domains.length).toBeGreaterThan(0);

    const mutation = await fetch(`${app.graphql}?query=${encodeURIComponent('mutation { __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(mutation.status).toBe(405);
    expect(((await mutation.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses a simple (CSRF-able) GET with a coded 400', async () => {
    const response = await fetch(`${app.graphql}?query=${encodeURIComponent(DOMAINS)}`, { headers: { accept: 'application/json' } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as any;
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0].message).toMatch(/CSRF/);
  });

  it('answers document errors with 400 under application/graphql-response+json and 200 under application/json', async () => {
    for (const query of ['{ domains { slug }', '{ nope }']) {
      const modern = await postGraphQL(app.graphql, { query });
      expect(modern.status).toBe(400);
      const legacy = await postGraphQL(app.graphql, { query }, { accept: 'application/json' });
      expect(legacy.status).toBe(200);
      expect(legacy.body.data).toBeUndefined();
      expect(legacy.body.errors[0].extensions.code).toMatch(/^GRAPHQL_(PARSE|VALIDATION)_FAILED$/);
    }
    // Limits keep their own status under both media types.
    const tooDeep = `{ organizations(first: 1) { edges { node { capabilities { organization { capabilities { organization {
      capabilities { organization { capabilities { level } } } } } } } } } } }`;
    const legacy = await postGraphQL(app.graphql, { query: tooDeep }, { accept: 'application/json' });
    expect(legacy.status).toBe(400);
    expect(legacy.body.errors[0].extensions.code).toBe('QUERY_TOO_DEEP');
  });

  it('speaks Korean to a request whose Accept-Language prefers ko, English otherwise', async () => {
    const query = { query: '{ consortium(id: "nope") { id } }' };
    const korean = await postGraphQL(app.graphql, query, { 'accept-language': 'ko-KR,ko;q=0.9,en;q=0.8' });
    expect(korean.body.errors[0]).toMatchObject({ message: "id 값이 올바른 Consortium id가 아닙니다: 'nope'.", extensions: { code: 'BAD_USER_INPUT' } });
    for (const header of [{}, { 'accept-language': 'en-US,ko;q=0.5' }, { 'accept-language': 'de' }] as Record<string, string>[]) {
      const english = await postGraphQL(app.graphql, query, header);
      expect(english.body.errors[0].message).toBe("id is not a valid Consortium id: 'nope'.");
    }
  });

  it('echoes a plain X-Request-Id, replaces an odd one, and logs one line per operation with its cost and no secrets', async () => {
    const viewer = await createTestAccount(app.dataSource, AccountRole.MEMBER);
    const { token } = await app.app.services.tokens.issue(viewer);
    const echoed = await postGraphQL(app.graphql, { query: DOMAINS, operationName: null }, { 'x-request-id': 'portal-42' });
    expect(echoed.headers.get('x-request-id')).toBe('portal-42');
    const replaced = await postGraphQL(app.graphql, { query: DOMAINS }, { 'x-request-id': 'bad id\twith spaces' });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    const unauthorized = await postGraphQL(app.graphql, { query: DOMAINS }, { authorization: 'Bearer not.a.valid-token-secret-value' });
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const signedIn = await postGraphQL(app.graphql, { query: DOMAINS }, { authorization: `Bearer ${token}` });
    expect(signedIn.status).toBe(200);
    await postGraphQL(app.graphql, {
      query: 'query Search($q: String) { organizations(first: 2, filter: { query: $q }) { totalCount } }',
      variables: { q: 'smart', input: { email: 'someone@example.org', password: 'hunter2-correct-horse' } },
    });

    const line = app.logLines().find((l) => l.requestId === 'portal-42');
    expect(line).toEqual(expect.objectContaining({ msg: 'graphql operation', operationName: null, status: 200, cost: expect.any(Number) }));
    const text = app.logText();
    expect(text).not.toContain('hunter2-correct-horse');
    expect(text).not.toContain('not.a.valid-token-secret-value');
    expect(text).not.toContain(token);
    expect(text).not.toContain(process.env.DATABASE_URL!);
  });
});

describe('production defaults (NODE_ENV=production) with a CORS origin list', () => {
  let app: RunningApp;
  const portal = 'https://portal.example.org';
  beforeAll(async () => {
    app = await startTestApp({
      NODE_ENV: 'production',
      JWT_SECRET: 's'.repeat(40),
      SMTP_URL: 'smtp://127.0.0.1:9',
      PUBLIC_URL: portal,
      CORS_ORIGINS: `${portal}/, https://admin.example.org`,
    });
  });
  afterAll(async () => {
    await app.close();
  });

  it('refuses introspection', async () => {
    const response = await postGraphQL(app.graphql, { query: '{ __schema { queryType { name } } }' });
    expect(response.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.body.errors[0].message).toMatch(/introspection/i);
  });

  it('does not suggest field names, which would reveal the schema', async () => {
    const response = await postGraphQL(app.graphql, { query: '{ organisations { totalCount } }' });
    expect(response.body.errors[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(response.body.errors[0].message).toBe('Cannot query field "organisations" on type "Query".');
  });

  it('allows exactly the listed origins, exposing the rate-limit and request-id headers', async () => {
    const allowed = await postGraphQL(app.graphql, { query: DOMAINS }, { origin: portal });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(portal);
    expect(allowed.headers.get('access-control-expose-headers')).toContain('RateLimit-Remaining');
    expect(allowed.headers.get('vary')).toMatch(/origin/i);

    const other = await postGraphQL(app.graphql, { query: DOMAINS }, { origin: 'https://evil.example.com' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();

    const preflight = await fetch(app.graphql, {
      method: 'OPTIONS',
      headers: { origin: portal, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(portal);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('content-type,authorization');
  });
});

describe('development with INTROSPECTION=false and CORS_ORIGINS=*', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ INTROSPECTION: 'false', CORS_ORIGINS: '*' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('turns introspection and suggestions off together, and allows any origin', async () => {
    const introspection = await postGraphQL(app.graphql, { query: '{ __type(name: "Query") { name } }' }, { origin: 'https://anywhere.example' });
    expect(introspection.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(introspection.headers.get('access-control-allow-origin')).toBe('*');
    const typo = await postGraphQL(app.graphql, { query: '{ domain { slug } }' });
    expect(typo.body.errors[0].message).not.toMatch(/Did you mean/);
  });

  it('refuses documents with too many tokens before validating them', async () => {
    const query = `{ ${Array.from({ length: 3000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const response = await postGraphQL(app.graphql, { query });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(response.body.errors[0].message).toMatch(/more tha[nt] 5000 tokens/);
  });

  it('suggests field names where introspection is on (the default outside production)', async () => {
    const open = await startTestApp({});
    try {
      const typo = await postGraphQL(open.graphql, { query: '{ domain { slug } }' });
      expect(typo.body.errors[0].message).toMatch(/Did you mean "domains"/);
    } finally {
      await open.close();
    }
  });
});
