// GraphiQL's example tabs are documentation a newcomer runs first: each must be valid, within the
// query limits, and answer real data on the seeded database once the page has filled in its ids.
import { EXAMPLE_IDS_QUERY, EXAMPLE_TABS, fillPlaceholders, type ExampleIds } from '../../src/http/graphiql-examples';
import { createTestApi, type TestApi } from '../support/api';

let api: TestApi;
let ids: ExampleIds;

beforeAll(async () => {
  api = await createTestApi();
  const found = await api.query(EXAMPLE_IDS_QUERY);
  expect(found.errors).toBeUndefined();
  ids = { organizationId: found.data!.organizations.edges[0]?.node.id, projectId: found.data!.projects.edges[0]?.node.id };
});
afterAll(async () => {
  await api.close();
});

const operationName = (query: string) => /^query (\w+)/m.exec(query)?.[1];

describe('GraphiQL example operations', () => {
  it('look up a seeded water utility and the seeded Busan water project', async () => {
    const { data } = await api.query('query ($o: ID!, $p: ID!) { organization(id: $o) { slug } project(id: $p) { slug } }', {
      o: ids.organizationId,
      p: ids.projectId,
    });
    expect(data).toEqual({ organization: { slug: 'hangyeol-water' }, project: { slug: 'busan-smart-water-leak' } });
  });

  it('are named, distinct operations, each with a comment saying what it asks', () => {
    const names = EXAMPLE_TABS.map((tab) => operationName(tab.query));
    expect(names).not.toContain(undefined);
    expect(new Set(names).size).toBe(EXAMPLE_TABS.length);
    for (const tab of EXAMPLE_TABS) expect(tab.query).toMatch(/^# \S/);
  });

  it.each(EXAMPLE_TABS.map((tab) => [operationName(tab.query), tab] as const))('%s answers data without errors', async (_name, tab) => {
    const variables = tab.variables ? (JSON.parse(fillPlaceholders(tab.variables, ids)) as Record<string, unknown>) : undefined;
    const result = await api.query(tab.query, variables);
    expect(result.errors).toBeUndefined();
    // Every top-level field has content: a non-empty list, a page with members, or an object.
    for (const [field, value] of Object.entries(result.data!)) {
      const empty = value === null || (Array.isArray(value) && value.length === 0) || (value as { totalCount?: number }).totalCount === 0;
      expect([field, empty]).toEqual([field, false]);
    }
  });

  it('the consortium and partner examples find real teams and partners', async () => {
    const consortium = EXAMPLE_TABS.find((tab) => operationName(tab.query) === 'AssembleConsortium')!;
    const partners = EXAMPLE_TABS.find((tab) => operationName(tab.query) === 'PartnerMatches')!;
    const solved = await api.query(consortium.query, JSON.parse(fillPlaceholders(consortium.variables!, ids)));
    expect(solved.data!.assembleConsortium.alternatives.length).toBeGreaterThan(0);
    const matched = await api.query(partners.query, JSON.parse(fillPlaceholders(partners.variables!, ids)));
    expect(matched.data!.partnerMatches.matches.length).toBeGreaterThan(0);
  });

  it('leave a placeholder in place when an id was not found, so the API names the bad argument', () => {
    expect(fillPlaceholders('{ "id": "{{projectId}}" }', { organizationId: 'T3JnYW5pemF0aW9uOjE' })).toBe('{ "id": "{{projectId}}" }');
    expect(fillPlaceholders('{ "a": "{{organizationId}}", "b": "{{organizationId}}" }', { organizationId: 'X' })).toBe('{ "a": "X", "b": "X" }');
  });
});
