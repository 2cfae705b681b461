import { AccountRole, createTestAccount } from '../support/accounts';
import { createTestApi, type TestApi } from '../support/api';
import { testTokenSettings } from '../support/test-env';
import { TokenService } from '../../src/modules/accounts/tokens';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api.close();
});

/** SQL statements one GraphQL request sends; DataLoaders must keep this independent of page size. */
async function statementsFor(document: string, variables: Record<string, unknown>): Promise<{ count: number; rows: number }> {
  api.counter.statements = [];
  const result = await api.query<{ organizations?: { edges: unknown[] }; domains?: unknown[] }>(document, variables);
  expect(result.errors).toBeUndefined();
  const rows = result.data?.organizations?.edges.length ?? result.data?.domains?.length ?? 0;
  return { count: api.counter.statements.length, rows };
}

const NESTED = `query($first: Int, $filter: OrganizationFilter) {
  organizations(first: $first, filter: $filter) {
    totalCount
    edges { node { nameKo industry { slug } workingGroups { role workingGroup { slug } }
      capabilities { level domain { slug nameKo } technologies { slug } cities { slug } } } }
  }
}`;

describe('SQL statements per request', () => {
  it('are the same for organizations(first: 5) and organizations(first: 100) with nested capabilities, domains and technologies', async () => {
    const small = await statementsFor(NESTED, { first: 5 });
    const large = await statementsFor(NESTED, { first: 100 });
    expect(small.rows).toBe(5);
    expect(large.rows).toBe(100);
    expect(large.count).toBe(small.count);
    // list + count + industries + memberships + working groups + capabilities + domains + technologies + cities
    expect(large.count).toBeLessThanOrEqual(9);
  });

  it('stay constant with filters that name slugs', async () => {
    const filter = { domains: ['mobility', 'water', 'safety', 'energy-environment'], technologies: ['iot', 'ai', 'sensors'] };
    const small = await statementsFor(NESTED, { first: 5, filter });
    const large = await statementsFor(NESTED, { first: 100, filter });
    expect(large.rows).toBeGreaterThan(small.rows);
    expect(large.count).toBe(small.count);
  });

  it('are the same for domains with 1 or 50 organisations each', async () => {
    const document = 'query($first: Int!) { domains { slug organizations(first: $first) { totalCount edges { node { nameKo capabilities { level } } } } } }';
    const small = await statementsFor(document, { first: 1 });
    const large = await statementsFor(document, { first: 50 });
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(4);
  });

  it('add one primary-key read of the account for a signed-in request, which also answers `me`', async () => {
    const member = await createTestAccount(api.dataSource, AccountRole.MEMBER);
    const { token } = await new TokenService(testTokenSettings()).issue(member);
    api.counter.statements = [];
    const me = await api.queryWithToken<{ me: { email: string; role: string } }>('{ me { email role } }', token);
    expect(me.data!.me).toEqual({ email: member.email, role: 'MEMBER' });
    expect(api.counter.statements).toHaveLength(1);
    expect(api.counter.statements[0]).toMatch(/FROM "account".*WHERE .*"id" = \$1/s);

    const document = '{ domains { slug } pilotCities { slug } }';
    api.counter.statements = [];
    expect((await api.query(document)).errors).toBeUndefined();
    const anonymous = api.counter.statements.length;
    api.counter.statements = [];
    expect((await api.queryWithToken(document, token)).errors).toBeUndefined();
    expect(api.counter.statements).toHaveLength(anonymous + 1);
  });
});
