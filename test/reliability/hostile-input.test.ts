// Hostile input against the real app, in-process: strings no text can hold (NUL, lone surrogates)
// in every kind of argument, variables nested thousands deep, a body that trickles in, and the
// in-flight gauge after every kind of request. Each must get a coded client error, write
// nothing, log no error line, and leave the gauge at 0.
import net from 'node:net';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { REQUEST_TIMEOUT_MS } from '../../src/http/app';
import { assertVariablesDepth, MAX_VARIABLE_DEPTH } from '../../src/graphql/limits/input-checks';
import { AccountRole, createTestAccount } from '../support/accounts';
import { postGraphQL, startTestApp, type RunningApp } from '../support/http-app';
import { testDatabaseUrl } from '../support/test-env';
import { projectInput, useTestCity } from '../support/workflows';

/** Every account, organisation and project these tests try to create starts with it: none may exist after. */
const MARK = `hostile-${randomUUID().slice(0, 8)}`;
const PASSWORD = 'a long enough password';

/** Error-level (50) and fatal (60) lines the app logged. */
const errorLines = (app: RunningApp) => app.logLines().filter((line) => Number(line.level) >= 50);

/** A JSON request body, with `variables` given as raw JSON text (JSON.stringify itself overflows on 5,000 levels). */
function rawBody(query: string, variablesJson: string): string {
  return `{"query":${JSON.stringify(query)},"variables":${variablesJson}}`;
}

const nestedObjects = (levels: number, key: string) => `${`{"${key}":`.repeat(levels)}"x"${'}'.repeat(levels)}`;
const nestedLists = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

describe('hostile strings, nested variables and the in-flight gauge', () => {
  let app: RunningApp;
  let planner: { token: string };
  let dropCity: () => Promise<void>;

  beforeAll(async () => {
    app = await startTestApp({ DB_STATEMENT_TIMEOUT_MS: '30000' });
    dropCity = await useTestCity(app.dataSource);
    const viewer = await createTestAccount(app.dataSource, AccountRole.PLANNER);
    planner = await app.app.services.tokens.issue(viewer);
  });
  afterAll(async () => {
    await dropCity?.();
    await app?.close();
  });

  const asPlanner = () => ({ authorization: `Bearer ${planner.token}` });

  /** Strings PostgreSQL cannot store (NUL) or that are not Unicode (lone surrogates), as JS strings. */
  const BAD = { nul: '\u0000', high: '\ud800', low: '\udc00' };

  /** An argument of each kind: the document with a `$v` variable, the variables, the same with an inline literal, and the argument path. */
  function cases(bad: string, literal: string) {
    const email = `${MARK}-${randomUUID().slice(0, 6)}@test.example`;
    const organization = (nameKo: string) => ({
      slug: `${MARK}-${randomUUID().slice(0, 6)}`,
      nameKo,
      nameEn: 'Hostile',
      kind: 'SME',
      region: 'SEOUL',
      industry: 'telecom',
      employees: 5,
    });
    const project = (fields: Record<string, unknown>) => ({ ...projectInput(), slug: `${MARK}-${randomUUID().slice(0, 6)}`, ...fields });
    const literalProject = (field: string) =>
      `mutation { createProject(input: { city: "${projectInput().city}", slug: "${MARK}-${randomUUID().slice(0, 6)}", titleKo: "과제", titleEn: "T", ${field} }) { project { id } userErrors { code } } }`;
    return [
      {
        kind: 'search query',
        variables: { query: 'query($v: String) { organizations(filter: { query: $v }) { totalCount } }', variables: { v: `smart${bad}city` } },
        inline: `{ organizations(filter: { query: "smart${literal}city" }) { totalCount } }`,
        argument: 'filter.query',
      },
      {
        kind: 'slug in a list',
        variables: {
          query: 'query($v: [String!]) { organizations(filter: { pilotCities: $v }) { totalCount } }',
          variables: { v: ['sejong-5-1', `busan${bad}`] },
        },
        inline: `{ organizations(filter: { pilotCities: ["sejong-5-1", "busan${literal}"] }) { totalCount } }`,
        argument: 'filter.pilotCities.1',
      },
      {
        kind: 'signUp email',
        variables: {
          query: 'mutation($v: SignUpInput!) { signUp(input: $v) { account { id } userErrors { code } } }',
          variables: { v: { email: `${bad}${email}`, password: PASSWORD } },
        },
        inline: `mutation { signUp(input: { email: "${literal}${email}", password: "${PASSWORD}" }) { account { id } userErrors { code } } }`,
        argument: 'input.email',
      },
      {
        kind: 'nested input object',
        variables: {
          query: 'mutation($v: SignUpInput!) { signUp(input: $v) { account { id } userErrors { code } } }',
          variables: { v: { email, password: PASSWORD, organization: organization(`한빛${bad}`) } },
        },
        inline: `mutation { signUp(input: { email: "${email}", password: "${PASSWORD}", organization: { slug: "${MARK}-${randomUUID().slice(0, 6)}", nameKo: "한빛${literal}", nameEn: "Hostile", kind: SME, region: SEOUL, industry: "telecom", employees: 5 } }) { account { id } userErrors { code } } }`,
        argument: 'input.organization.nameKo',
      },
      {
        kind: 'text field of a mutation',
        variables: {
          query: 'mutation($v: CreateProjectInput!) { createProject(input: $v) { project { id } userErrors { code } } }',
          variables: { v: project({ titleEn: `Smart${bad}` }) },
        },
        inline: literalProject(`summaryEn: "Smart${literal}"`),
        argument: 'input.summaryEn',
        headers: asPlanner,
        variablesArgument: 'input.titleEn',
      },
      {
        kind: 'slug of a mutation',
        variables: {
          query: 'mutation($v: CreateProjectInput!) { createProject(input: $v) { project { id } userErrors { code } } }',
          variables: { v: project({ slug: `${MARK}${bad}` }) },
        },
        inline: `mutation { createProject(input: { city: "${projectInput().city}", slug: "${MARK}${literal}", titleKo: "과제", titleEn: "T" }) { project { id } userErrors { code } } }`,
        argument: 'input.slug',
        headers: asPlanner,
      },
      {
        kind: 'list of nested inputs',
        variables: {
          query: 'mutation($v: CreateProjectInput!) { createProject(input: $v) { project { id } userErrors { code } } }',
          variables: { v: project({ slots: [{ role: 'LEAD', domain: 'mobility', minLevel: 1, weight: 1, descriptionKo: `설명${bad}` }] }) },
        },
        inline: literalProject(`slots: [{ role: LEAD, domain: "mobility", minLevel: 1, weight: 1, technologies: ["ai", "i${literal}ot"] }]`),
        argument: 'input.slots.0.descriptionKo',
        inlineArgument: 'input.slots.0.technologies.1',
        headers: asPlanner,
      },
    ];
  }

  async function expectRefused(response: { status: number; body: any }, argument: string) {
    expect({ status: response.status, errors: response.body.errors }).toEqual({
      status: 400,
      errors: [{ message: expect.stringContaining(argument), locations: expect.any(Array), extensions: { code: 'BAD_USER_INPUT', argument } }],
    });
    expect(response.body.data).toBeUndefined();
  }

  it.each(Object.entries(BAD))('refuses a %s in every kind of argument given as a variable: BAD_USER_INPUT naming the argument', async (_name, bad) => {
    for (const c of cases(bad, '')) {
      const response = await postGraphQL(app.graphql, c.variables, c.headers?.());
      await expectRefused(response, c.variablesArgument ?? c.argument);
    }
  });

  it('refuses a NUL written as an inline literal (\\u0000) in every kind of argument, and in a default value', async () => {
    for (const c of cases('', '\\u0000')) {
      const response = await postGraphQL(app.graphql, { query: c.inline }, c.headers?.());
      await expectRefused(response, c.inlineArgument ?? c.argument);
    }
    const viaDefault = await postGraphQL(app.graphql, { query: 'query($q: String = "a\\u0000") { organizations(filter: { query: $q }) { totalCount } }' });
    await expectRefused(viaDefault, 'filter.query');
    const viaFragment = await postGraphQL(app.graphql, {
      query: 'query($q: String) { ...F } fragment F on Query { organizations(filter: { query: $q }) { totalCount } }',
      variables: { q: '\u0000' },
    });
    await expectRefused(viaFragment, 'filter.query');
  });

  it('refuses an inline lone surrogate as the syntax error the GraphQL grammar makes it', async () => {
    for (const literal of ['\\ud800', '\\udc00', '\ud800']) {
      const response = await postGraphQL(app.graphql, { query: `{ organizations(filter: { query: "a${literal}" }) { totalCount } }` });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'GRAPHQL_PARSE_FAILED' } })]);
    }
  });

  it('refuses a NUL or lone surrogate in an object key of a variable, naming the object', async () => {
    for (const key of ['pass\u0000word', 'pass\ud800word']) {
      const response = await postGraphQL(app.graphql, {
        query: 'mutation($v: SignUpInput!) { signUp(input: $v) { account { id } } }',
        variables: { v: { email: `${MARK}-key@test.example`, password: PASSWORD, [key]: 'x' } },
      });
      await expectRefused(response, 'input');
    }
  });

  it('answers 200 with the same error under application/json, like any argument error (GraphQL over HTTP)', async () => {
    const response = await postGraphQL(
      app.graphql,
      { query: '{ organizations(filter: { query: "a\\u0000" }) { totalCount } }' },
      { accept: 'application/json' },
    );
    expect(response.status).toBe(200);
    expect(response.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argument: 'filter.query' } })]);
  });

  it('still answers well-formed text: surrogate pairs, Korean, and escapes other than NUL', async () => {
    const response = await postGraphQL(app.graphql, {
      query:
        'query($q: String) { a: organizations(filter: { query: $q }) { totalCount } b: organizations(filter: { query: "\\ud83d\\ude00\\t" }) { totalCount } }',
      variables: { q: '세종 😀' },
    });
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
  });

  it('wrote nothing for any of them and logged no error line', async () => {
    const [{ accounts }] = await app.dataSource.query(`SELECT count(*)::int AS accounts FROM account WHERE email LIKE '%' || $1 || '%'`, [MARK]);
    const [{ organizations }] = await app.dataSource.query(`SELECT count(*)::int AS organizations FROM organization WHERE slug LIKE $1 || '%'`, [MARK]);
    const [{ projects }] = await app.dataSource.query(`SELECT count(*)::int AS projects FROM project WHERE slug LIKE $1 || '%'`, [MARK]);
    expect({ accounts, organizations, projects }).toEqual({ accounts: 0, organizations: 0, projects: 0 });
    expect(errorLines(app)).toEqual([]);
  });

  describe(`variables nested deeper than ${MAX_VARIABLE_DEPTH} levels`, () => {
    const deepRequests = [
      [
        'objects in an input variable',
        rawBody('query($f: OrganizationFilter) { organizations(filter: $f) { totalCount } }', `{"f":${nestedObjects(5_000, 'query')}}`),
      ],
      ['lists in a list variable', rawBody('query($d: [String!]) { organizations(filter: { domains: $d }) { totalCount } }', `{"d":${nestedLists(5_000)}}`)],
      ['objects in a variable the operation does not declare', rawBody('{ domains { slug } }', `{"x":${nestedObjects(5_000, 'a')}}`)],
    ] as const;

    it.each(deepRequests)('answers 400 VARIABLES_TOO_DEEP to anonymous %s', async (_kind, body) => {
      for (const accept of ['application/graphql-response+json', 'application/json']) {
        const response = await postGraphQL(app.graphql, body, { accept });
        expect({ status: response.status, errors: response.body.errors }).toEqual({
          status: 400,
          errors: [{ message: expect.stringContaining(`${MAX_VARIABLE_DEPTH} levels`), extensions: { code: 'VARIABLES_TOO_DEEP', limit: MAX_VARIABLE_DEPTH } }],
        });
      }
    });

    it.each(deepRequests)('answers 400 VARIABLES_TOO_DEEP to signed-in %s', async (_kind, body) => {
      const response = await postGraphQL(app.graphql, body, asPlanner());
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'VARIABLES_TOO_DEEP', limit: MAX_VARIABLE_DEPTH } })]);
    });

    it('answers 400 VARIABLES_TOO_DEEP to variables in a GET query string too', async () => {
      const query = encodeURIComponent('query($d: [String!]) { organizations(filter: { domains: $d }) { totalCount } }');
      const variables = encodeURIComponent(`{"d":${nestedLists(2_500)}}`);
      const response = await fetch(`${app.graphql}?query=${query}&variables=${variables}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { errors: unknown }).errors).toEqual([
        expect.objectContaining({ extensions: { code: 'VARIABLES_TOO_DEEP', limit: MAX_VARIABLE_DEPTH } }),
      ]);
    });

    it('counts levels exactly: the limit passes, one more does not', () => {
      const nest = (levels: number): unknown => JSON.parse(nestedLists(levels));
      expect(() => assertVariablesDepth({ v: nest(MAX_VARIABLE_DEPTH) })).not.toThrow();
      expect(() => assertVariablesDepth({ v: nest(MAX_VARIABLE_DEPTH + 1) })).toThrow(/levels/);
      expect(() => assertVariablesDepth({ v: JSON.parse(nestedObjects(MAX_VARIABLE_DEPTH + 1, 'a')) })).toThrow(/levels/);
    });

    it('logged no error line', () => {
      expect(errorLines(app)).toEqual([]);
    });
  });

  describe('a request that arrives slowly', () => {
    const body = JSON.stringify({ query: '{ domains { slug } }' });
    const head = `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;

    /** Sends `at once`, then `slowly` one byte per second; resolves when the server closes the connection. */
    function trickle(port: number, atOnce: string, slowly: string): Promise<{ ms: number; answer: string }> {
      return new Promise((resolve, reject) => {
        const started = Date.now();
        const socket = net.connect(port, '127.0.0.1');
        let answer = '';
        let sent = 0;
        const timer = setInterval(() => {
          if (sent < slowly.length && !socket.destroyed) socket.write(slowly[sent++]);
        }, 1_000);
        // Never more than 18 s: the test must end even if the server never cuts.
        const guard = setTimeout(() => {
          socket.destroy();
          reject(new Error(`not cut after ${Date.now() - started} ms`));
        }, 18_000);
        socket.on('connect', () => {
          socket.write(atOnce);
        });
        socket.on('data', (chunk) => {
          answer += chunk.toString();
        });
        socket.on('error', () => undefined); // a reset counts as a cut: 'close' follows
        socket.on('close', () => {
          clearInterval(timer);
          clearTimeout(guard);
          resolve({ ms: Date.now() - started, answer });
        });
      });
    }

    it(`is cut after ${REQUEST_TIMEOUT_MS / 1000} s (body or headers), while an operation that runs longer once received is answered`, async () => {
      const port = Number(new URL(app.base).port);
      // A legitimate slow operation: its body arrives at once, then it waits 11 s on a row lock.
      const created = await postGraphQL(
        app.graphql,
        {
          query: 'mutation($v: CreateProjectInput!) { createProject(input: $v) { project { id version } userErrors { code } } }',
          variables: { v: projectInput([]) },
        },
        asPlanner(),
      );
      const { id, version } = created.body.data.createProject.project;
      const projectId = Number(Buffer.from(id, 'base64url').toString('utf8').split(':')[1]);
      const locker = new Client({ connectionString: testDatabaseUrl() });
      await locker.connect();
      try {
        await locker.query('BEGIN');
        await locker.query('SELECT id FROM project WHERE id = $1 FOR UPDATE', [projectId]);
        const release = setTimeout(() => void locker.query('COMMIT'), REQUEST_TIMEOUT_MS + 1_000);
        const slowStarted = Date.now();
        const [cut, cutInHeaders, slow] = await Promise.all([
          trickle(port, head, body),
          trickle(port, head.slice(0, 20), head.slice(20)),
          postGraphQL(
            app.graphql,
            {
              query: 'mutation($v: UpdateProjectInput!) { updateProject(input: $v) { project { titleEn } userErrors { code } } }',
              variables: { v: { projectId: id, version, titleEn: 'Slow but fine' } },
            },
            asPlanner(),
          ).then((response) => ({ ...response, ms: Date.now() - slowStarted })),
        ]);
        clearTimeout(release);

        for (const { ms, answer } of [cut, cutInHeaders]) {
          expect(ms).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 500);
          expect(ms).toBeLessThan(REQUEST_TIMEOUT_MS + 3_000);
          // Node answers 408 when nothing was sent yet (or resets the connection).
          if (answer) expect(answer).toMatch(/^HTTP\/1\.1 408/);
        }

        expect(slow.ms).toBeGreaterThan(REQUEST_TIMEOUT_MS);
        expect(slow.status).toBe(200);
        expect(slow.body.data.updateProject).toEqual({ project: { titleEn: 'Slow but fine' }, userErrors: [] });
      } finally {
        await locker.end();
      }
    }, 20_000);
  });
});

describe('graphql_operations_in_flight', () => {
  let app: RunningApp;
  beforeAll(async () => {
    // Low limits so each refusal is easy to reach; X-Forwarded-For gives each request its own rate-limit budget.
    app = await startTestApp({ TRUST_PROXY: 'true', RATE_LIMIT_COST: '20', MAX_QUERY_DEPTH: '4', MAX_QUERY_COST: '500' });
  });
  afterAll(async () => {
    await app?.close();
  });

  let client = 0;
  const from = (headers: Record<string, string> = {}) => ({ 'x-forwarded-for': `10.0.0.${++client}`, ...headers });
  const post = (body: unknown, headers: Record<string, string> = {}) => postGraphQL(app.graphql, body, from(headers));

  async function inFlight(): Promise<number> {
    const text = await (await fetch(`${app.base}/metrics`)).text();
    return Number(/^graphql_operations_in_flight (-?\d+)$/m.exec(text)?.[1]);
  }

  it('is back to 0 after every kind of answer, refusal and failure', async () => {
    const statuses: number[] = [];
    const send = async (body: unknown, headers: Record<string, string> = {}) => statuses.push((await post(body, headers)).status);
    const domains = { query: '{ domains { slug } }' };

    await send(domains); // answered, seen once
    await send(domains); // stored: its second time
    await send(domains); // a response-cache hit
    await send({ query: '{ domains { slug }' }); // GRAPHQL_PARSE_FAILED
    await send({ query: '{ nope }' }); // GRAPHQL_VALIDATION_FAILED
    await send({ query: 'query A { domains { slug } } query B { domains { slug } }' }); // no operation picked
    await send({ query: '{ organizations { edges { node { capabilities { organization { nameKo } } } } } }' }); // QUERY_TOO_DEEP
    await send({ query: '{ organizations(first: 100) { edges { node { capabilities { technologies { slug } } } } } }' }); // QUERY_TOO_COSTLY
    await send({ query: 'mutation { signIn(input: { email: "nobody@test.example", password: "wrong password" }) { token userErrors { code } } }' }); // userErrors
    await send({ query: 'query($f: OrganizationFilter) { organizations(filter: $f) { totalCount } }', variables: { f: { query: '\u0000' } } }); // BAD_USER_INPUT
    await send({ query: '{ organizations(first: "x") { totalCount } }' }); // argument type
    await send({ query: 'query($n: Int) { organizations(first: $n) { totalCount } }', variables: { n: 'x' } }); // variable coercion
    await send(rawBody('{ domains { slug } }', `{"x":${nestedObjects(5_000, 'a')}}`)); // VARIABLES_TOO_DEEP (a 500 through the cache before)
    await send({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }); // PERSISTED_QUERY_NOT_FOUND
    await send({ query: '{ domains { slug } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } } }); // hash mismatch
    await send([domains, domains]); // batching refused
    await send(domains, { authorization: 'Bearer not-a-token' }); // the context function throws: 401
    await send('{"query": "{ domains { slug } }"', {}); // malformed JSON
    statuses.push((await fetch(app.graphql, { method: 'POST', headers: { ...from(), 'content-type': 'text/plain' }, body: JSON.stringify(domains) })).status); // CSRF prevention
    statuses.push(
      (await fetch(`${app.graphql}?query=${encodeURIComponent('mutation { __typename }')}`, { headers: from({ 'apollo-require-preflight': 'true' }) })).status,
    ); // mutation over GET
    // RATE_LIMITED: one client spends its budget of 20 at 11 a request.
    const spender = { 'x-forwarded-for': '10.1.0.1' };
    for (let i = 0; i < 3; i += 1)
      statuses.push((await postGraphQL(app.graphql, { query: '{ organizations(first: 10) { edges { node { id } } } }' }, spender)).status);
    // A plugin hook that throws: the response cache's data-version read fails (a bare 500 from Apollo).
    const query = app.dataSource.query.bind(app.dataSource);
    const spy = jest.spyOn(app.dataSource, 'query').mockImplementation(async (sql: string, ...rest: any[]) => {
      if (sql.includes('data_version')) throw new Error('connection terminated');
      return query(sql, ...rest);
    });
    try {
      // The first time, the request is not yet admitted to the cache and reads no version.
      await send({ query: '{ pilotCities { slug } }' });
      await send({ query: '{ pilotCities { slug } }' });
    } finally {
      spy.mockRestore();
    }
    // Clients that hang up before the answer.
    await Promise.all(
      Array.from({ length: 5 }, async () => {
        const controller = new AbortController();
        const pending = fetch(app.graphql, {
          method: 'POST',
          headers: { ...from(), 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ organizations(first: 50) { edges { node { nameKo capabilities { level } } } } }' }),
          signal: controller.signal,
        }).catch(() => undefined);
        setTimeout(() => controller.abort(), 5);
        await pending;
      }),
    );

    expect(statuses).toEqual(expect.arrayContaining([200, 400, 401, 429, 500]));
    // The aborted operations still run to their end; give them a moment, then nothing is in flight.
    const deadline = Date.now() + 5_000;
    while ((await inFlight()) !== 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await inFlight()).toBe(0);
  }, 30_000);
});
