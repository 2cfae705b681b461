// POST /graphql answered without Express (src/http/graphql-post.ts) must answer exactly as the
// Express route does. `/graphql?via=express` reaches the same Apollo route through Express (the direct path
// takes only the exact path), so each request is sent both ways and the answers compared.
import net from 'node:net';
import { postGraphQL, startTestApp, type RunningApp } from '../support/http-app';

/** Headers that differ between any two answers, or that Express alone adds (an ETag nothing caches: the answer to a POST). */
const VARYING = new Set(['date', 'x-request-id', 'etag', 'ratelimit-remaining', 'ratelimit-reset', 'connection', 'keep-alive']);
const comparable = (response: { status: number; headers: Headers; body: unknown }) => ({
  status: response.status,
  headers: Object.fromEntries([...response.headers].filter(([name]) => !VARYING.has(name))),
  body: response.body,
});

describe('POST /graphql without Express', () => {
  let app: RunningApp;
  beforeAll(async () => {
    // No response cache: the second of two equal requests would be a hit, with an Age header.
    app = await startTestApp({ TRUST_PROXY: 'true', MAX_BODY_BYTES: '4096', RATE_LIMIT_COST: '100000', RESPONSE_CACHE_MB: '0' });
  });
  afterAll(async () => {
    await app.close();
  });

  const CASES: { name: string; body: string; headers?: Record<string, string> }[] = [
    { name: 'a query', body: JSON.stringify({ query: '{ domains { slug nameKo } }' }) },
    {
      name: 'a query with variables',
      body: JSON.stringify({ query: 'query($first: Int) { organizations(first: $first) { totalCount } }', variables: { first: 3 } }),
    },
    { name: 'a validation error', body: JSON.stringify({ query: '{ domains { nope } }' }) },
    { name: 'a variable of the wrong type', body: JSON.stringify({ query: 'query($id: ID!) { organization(id: $id) { slug } }', variables: { id: 5 } }) },
    { name: 'a missing query', body: JSON.stringify({ variables: {} }) },
    { name: 'a batch', body: JSON.stringify([{ query: '{ __typename }' }]) },
    { name: 'malformed JSON', body: '{"query": "{ domains { slug } }"' },
    { name: 'JSON that is not an object', body: '"{ domains { slug } }"' },
    { name: 'a byte-order mark', body: `\ufeff${JSON.stringify({ query: '{ __typename }' })}` },
    { name: 'charset=utf-8', body: JSON.stringify({ query: '{ __typename }' }), headers: { 'content-type': 'application/json; charset=utf-8' } },
    { name: 'application/json only', body: JSON.stringify({ query: '{ __typename }' }), headers: { accept: 'application/json' } },
    { name: 'a mutation refused to an anonymous client', body: JSON.stringify({ query: 'mutation { markAllNotificationsRead { count } }' }) },
    { name: 'Korean', body: JSON.stringify({ query: '{ organization(id: "nope") { slug } }' }), headers: { 'accept-language': 'ko' } },
    { name: 'malformed JSON in Korean', body: '{"query": ', headers: { 'accept-language': 'ko' } },
    { name: 'a bad token', body: JSON.stringify({ query: '{ __typename }' }), headers: { authorization: 'Bearer nope' } },
  ];

  it.each(CASES)('answers $name as Express does', async ({ body, headers }) => {
    const direct = await postGraphQL(app.graphql, body, headers);
    const viaExpress = await postGraphQL(`${app.graphql}?via=express`, body, headers);
    expect(comparable(direct)).toEqual(comparable(viaExpress));
    expect(direct.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('says body and token errors in the request language, both ways', async () => {
    const korean = { 'accept-language': 'ko-KR,ko;q=0.9,en;q=0.8' };
    for (const url of [app.graphql, `${app.graphql}?via=express`]) {
      const response = await postGraphQL(url, '{"query": ', korean);
      expect(response.status).toBe(400);
      expect(response.body.errors[0]).toEqual({ message: '요청 본문이 올바른 JSON이 아닙니다.', extensions: { code: 'BAD_REQUEST' } });
      const token = await postGraphQL(url, { query: '{ __typename }' }, { ...korean, authorization: 'Bearer not-a-token' });
      expect(token.status).toBe(401);
      expect(token.body.errors[0].message).toBe('액세스 토큰이 올바르지 않습니다. 다시 로그인하십시오.');
      expect(token.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const header = await postGraphQL(url, { query: '{ __typename }' }, { authorization: 'Basic abc' });
      expect(header.body.errors[0].message).toBe('The Authorization header must be `Bearer <access token>`.');
    }
  });

  it('is what answers the plain request: Express would add an ETag to the answer', async () => {
    const body = { query: '{ domains { slug } }' };
    const direct = await postGraphQL(app.graphql, body);
    const viaExpress = await postGraphQL(`${app.graphql}?via=express`, body);
    expect(direct.headers.get('etag')).toBeNull();
    expect(viaExpress.headers.get('etag')).not.toBeNull();
    expect(direct.headers.get('x-request-id')).toBeTruthy();
    expect(direct.body).toEqual(viaExpress.body);
  });

  it('leaves a body over MAX_BODY_BYTES to Express, which refuses it with 413', async () => {
    const response = await postGraphQL(app.graphql, JSON.stringify({ query: `{ __typename }${' '.repeat(5000)}` }));
    expect(response.status).toBe(413);
    expect(response.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('charges the first X-Forwarded-For hop, as Express does with TRUST_PROXY', async () => {
    const tight = await startTestApp({ TRUST_PROXY: 'true', RATE_LIMIT_COST: '2' });
    try {
      const send = (hop: string) => postGraphQL(tight.graphql, { query: '{ __typename }' }, { 'x-forwarded-for': `${hop}, 10.9.9.9` });
      expect((await send('10.0.0.1')).status).toBe(200);
      expect((await send('10.0.0.1')).status).toBe(200);
      expect((await send('10.0.0.1')).status).toBe(429);
      // Another client behind the same proxy has its own budget.
      expect((await send('10.0.0.2')).status).toBe(200);
    } finally {
      await tight.close();
    }
  });

  it('survives a client that goes away in the middle of its body, and counts nothing in flight', async () => {
    const { port } = new URL(app.base);
    await new Promise<void>((resolve, reject) => {
      const socket = net.connect(Number(port), '127.0.0.1', () => {
        socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":');
        setTimeout(() => socket.destroy(), 50);
      });
      socket.on('close', () => resolve());
      socket.on('error', reject);
    });
    const response = await postGraphQL(app.graphql, { query: '{ __typename }' });
    expect(response.status).toBe(200);
    const metrics = await (await fetch(`${app.base}/metrics`)).text();
    expect(metrics).toMatch(/^graphql_operations_in_flight 0$/m);
  });
});

describe('POST /graphql without Express, with CORS_ORIGINS', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ CORS_ORIGINS: 'https://portal.example.org', RESPONSE_CACHE_MB: '0' });
  });
  afterAll(async () => {
    await app.close();
  });

  it.each([
    { name: 'an allowed origin', headers: { origin: 'https://portal.example.org' } },
    { name: 'another origin', headers: { origin: 'https://elsewhere.example.org' } },
    { name: 'no origin', headers: {} as Record<string, string> },
  ])('answers $name with the CORS headers Express gives', async ({ headers }) => {
    const body = JSON.stringify({ query: '{ domains { slug } }' });
    const direct = await postGraphQL(app.graphql, body, headers);
    const viaExpress = await postGraphQL(`${app.graphql}?via=express`, body, headers);
    expect(comparable(direct)).toEqual(comparable(viaExpress));
    // Answered by the direct path: Express alone adds an ETag.
    expect(direct.headers.get('etag')).toBeNull();
    const allowed = headers.origin === 'https://portal.example.org';
    expect(direct.headers.get('access-control-allow-origin')).toBe(allowed ? 'https://portal.example.org' : null);
    expect(direct.headers.get('access-control-expose-headers') !== null).toBe(allowed);
  });

  it('leaves preflights to Express, which allows POST from the listed origin', async () => {
    const response = await fetch(app.graphql, {
      method: 'OPTIONS',
      headers: { origin: 'https://portal.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://portal.example.org');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
  });
});
