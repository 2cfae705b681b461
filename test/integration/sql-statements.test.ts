import { AccountRole, createTestAccount } from '../support/accounts';
import { createTestApi, type TestApi } from '../support/api';
import { testTokenSettings } from '../support/test-env';
import { TokenService } from '../../src/modules/accounts/tokens';
import { toGlobalId } from '../../src/graphql/global-id';

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
    // The page with everything below it and the count, in one statement (organization.plan.ts).
    expect(large.count).toBe(1);
  });

  it('stay constant with filters that name slugs', async () => {
    const filter = { domains: ['mobility', 'water', 'safety', 'energy-environment'], technologies: ['iot', 'ai', 'sensors'] };
    const small = await statementsFor(NESTED, { first: 5, filter });
    const large = await statementsFor(NESTED, { first: 100, filter });
    expect(large.rows).toBeGreaterThan(small.rows);
    expect(large.count).toBe(small.count);
  });

  // The benchmark's shapes (test/bench/http/workloads.ts), with exact counts.
  it('are 1 for W1 (50 organisations of a domain with capabilities, domains and technologies): the page with its subtree, which looks up the slug itself', async () => {
    const document = `query($domain: String!, $first: Int) { organizations(first: $first, filter: { domains: [$domain] }) {
      edges { node { id nameKo nameEn kind region employees capabilities { level domain { slug nameKo } technologies { slug nameKo } } } } } }`;
    const small = await statementsFor(document, { domain: 'mobility', first: 2 });
    const large = await statementsFor(document, { domain: 'mobility', first: 50 });
    expect(large.rows).toBeGreaterThan(small.rows);
    expect([small.count, large.count]).toEqual([1, 1]);
  });

  it('are 1 for W2 (a search page with industries and totalCount): the page with its count, which looks up the slugs itself', async () => {
    const document = `query($query: String!, $first: Int) { organizations(first: $first, filter: { query: $query, domains: ["mobility"], kinds: [SME, STARTUP], minLevel: 2 }) {
      totalCount edges { node { id nameKo nameEn kind region employees industry { slug nameKo } } } } }`;
    const small = await statementsFor(document, { query: 'a', first: 1 });
    const large = await statementsFor(document, { query: 'a', first: 20 });
    expect([small.count, large.count]).toEqual([1, 1]);
  });

  it('are 1 for W3 (one organisation with everything nested), for any viewer', async () => {
    const document = `query($id: ID!) { organization(id: $id) {
      id slug nameKo nameEn kind region employees website descriptionKo descriptionEn membershipStatus
      industry { slug nameKo nameEn } workingGroups { role workingGroup { slug nameKo } }
      capabilities { level descriptionKo descriptionEn evidence { project city year } domain { slug nameKo } technologies { slug nameKo } cities { slug nameKo } } } }`;
    const [{ id }] = await api.dataSource.query(
      `SELECT o.id FROM organization o WHERE o.membership_status = 'APPROVED' AND o.visibility = 'PUBLIC'
          AND EXISTS (SELECT 1 FROM working_group_membership m WHERE m.organization_id = o.id)
          AND EXISTS (SELECT 1 FROM capability c JOIN capability_city cc ON cc.capability_id = c.id WHERE c.organization_id = o.id) LIMIT 1`,
    );
    const member = await createTestAccount(api.dataSource, AccountRole.MEMBER, id);
    for (const viewer of [null, member]) {
      api.counter.statements = [];
      const result = await api.query<{ organization: { capabilities: unknown[]; workingGroups: unknown[] } }>(
        document,
        { id: toGlobalId('Organization', id) },
        viewer,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.organization.capabilities.length).toBeGreaterThan(0);
      expect(result.data!.organization.workingGroups.length).toBeGreaterThan(0);
      expect(api.counter.statements).toHaveLength(1);
    }
    // Two organisations under aliases with the same selection: still one statement (one DataLoader batch).
    api.counter.statements = [];
    const aliased = await api.query(
      'query($a: ID!, $b: ID!) { a: organization(id: $a) { nameKo capabilities { level } } b: organization(id: $b) { nameKo capabilities { level } } }',
      { a: toGlobalId('Organization', id), b: toGlobalId('Organization', id + 1) },
    );
    expect(aliased.errors).toBeUndefined();
    expect(api.counter.statements).toHaveLength(1);
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
