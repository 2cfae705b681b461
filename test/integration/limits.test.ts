import { testTokenSettings } from '../support/test-env';
import { getIntrospectionQuery } from 'graphql';
import pino from 'pino';
import { createGraphQLServer, type GraphQLServer } from '../../src/graphql/server';
import { graphqlModules } from '../../src/modules';
import { createServices } from '../../src/services';
import { createTestApi, type TestApi } from '../support/api';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api.close();
});

interface Cost {
  requested: number;
  limit: number;
  remaining?: number;
}

/** The response's top-level extensions, which the API helper's Result type leaves out. */
function costOf(result: object): Cost | undefined {
  return (result as { extensions?: { cost?: Cost } }).extensions?.cost;
}

// organizations > edges > node > (capabilities > organization) × 3 > nameKo: 10 fields deep.
const TEN_DEEP = `{ organizations(first: 1) { edges { node {
  capabilities { organization { capabilities { organization { capabilities { organization { nameKo } } } } } } } } } }`;
// One hop more, to a capability's level: 11 deep.
const ELEVEN_DEEP = `{ organizations(first: 1) { edges { node {
  capabilities { organization { capabilities { organization { capabilities { organization { capabilities { level } } } } } } } } } } }`;

describe('depth limit (MAX_QUERY_DEPTH, 10 by default)', () => {
  it('answers an operation 10 deep', async () => {
    const result = await api.query(TEN_DEEP);
    expect(result.errors).toBeUndefined();
    expect(result.data?.organizations.edges).toHaveLength(1);
  });

  it('rejects one 11 deep before executing it, naming the depth and the limit', async () => {
    api.counter.statements = [];
    const result = await api.query(ELEVEN_DEEP);
    expect(result.data).toBeUndefined();
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: 'The operation is 11 fields deep; the limit is 10.',
        extensions: { code: 'QUERY_TOO_DEEP', depth: 11, limit: 10 },
      }),
    ]);
    expect(api.counter.statements).toEqual([]);
  });

  it('counts fragments at the depth they are spread', async () => {
    const result = await api.query(`
      { organizations(first: 1) { edges { node { ...Hop } } } }
      fragment Hop on Organization { capabilities { organization { capabilities { organization { capabilities { organization { capabilities { level } } } } } } } }`);
    expect(result.errors?.[0].extensions).toEqual({ code: 'QUERY_TOO_DEEP', depth: 11, limit: 10 });
  });

  it('lets GraphiQL’s introspection query through', async () => {
    const result = await api.query(getIntrospectionQuery());
    expect(result.errors).toBeUndefined();
    expect(result.data?.__schema.queryType.name).toBe('Query');
  });
});

describe('cost limit (MAX_QUERY_COST, 10,000 by default)', () => {
  /**
   * A full page of members with their capabilities (like sql-statements.test.ts), 9801; each
   * extra `industry` adds 100, one per organisation of the page.
   */
  const fullPage = (extraIndustries: number) => `{ organizations(first: 100) { totalCount edges { node {
    nameKo industry { slug } workingGroups { role workingGroup { slug } }
    capabilities { level domain { slug nameKo } technologies { slug } cities { slug } }
    ${Array.from({ length: extraIndustries }, (_, i) => `again${i}: industry { slug }`).join(' ')} } } } }`;

  it('answers an operation just under the limit and reports its cost', async () => {
    const result = await api.query(fullPage(1));
    expect(result.errors).toBeUndefined();
    expect(result.data?.organizations.edges).toHaveLength(100);
    expect(costOf(result)).toEqual({ requested: 9901, limit: 10_000, remaining: 99 });
  });

  it('rejects one just over before executing it, with what it costs', async () => {
    api.counter.statements = [];
    const result = await api.query(fullPage(2));
    expect(result.data).toBeUndefined();
    expect(result.errors).toEqual([expect.objectContaining({ extensions: { code: 'QUERY_TOO_COSTLY', cost: { requested: 10_001, limit: 10_000 } } })]);
    expect(result.errors?.[0].message).toMatch(/costs 10001; the limit is 10000/);
    expect(api.counter.statements).toEqual([]);
  });

  it('prices page sizes given in variables', async () => {
    const query = 'query($n: Int) { organizations(first: $n) { edges { node { slug } } } }';
    expect(costOf(await api.query(query, { n: 3 }))).toEqual({ requested: 4, limit: 10_000, remaining: 9996 });
    expect(costOf(await api.query(query))).toEqual({ requested: 21, limit: 10_000, remaining: 9979 });
  });

  it('charges the matching solver per consortium asked for, and reports the cost of an operation that fails', async () => {
    const result = await api.query('{ assembleConsortium(projectId: "not-an-id", options: { k: 10 }) { infeasibleReason } }');
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(costOf(result)?.requested).toBe(10 * 800);
  });
});

describe('limits passed to createGraphQLServer', () => {
  let server: GraphQLServer;
  beforeAll(async () => {
    server = await createGraphQLServer(api.dataSource, await graphqlModules(createServices(api.dataSource, testTokenSettings())), pino({ level: 'silent' }), {
      production: false,
      limits: { maxDepth: 4, maxCost: 50 },
    });
  });
  afterAll(async () => {
    await server.apollo.stop();
  });

  const run = (query: string) => server.apollo.executeOperation({ query }, { contextValue: server.contextFor() });

  it('apply instead of the defaults, and a rejection is an HTTP 400', async () => {
    const deep = await run('{ organizations(first: 1) { edges { node { industry { slug } } } } }');
    expect(deep.http.status).toBe(400);
    expect(deep.body.kind === 'single' && deep.body.singleResult.errors?.[0].extensions).toEqual({ code: 'QUERY_TOO_DEEP', depth: 5, limit: 4 });

    const costly = await run('{ organizations(first: 60) { edges { node { slug } } } }');
    expect(costly.http.status).toBe(400);
    expect(costly.body.kind === 'single' && costly.body.singleResult.errors?.[0].extensions).toEqual({
      code: 'QUERY_TOO_COSTLY',
      cost: { requested: 61, limit: 50 },
    });
  });
});
