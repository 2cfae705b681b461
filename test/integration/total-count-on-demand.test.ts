import { createTestApi, type TestApi } from '../support/api';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api.close();
});

const PAGE = `query($withCount: Boolean!, $filter: OrganizationFilter) {
  organizations(first: 10, filter: $filter) {
    totalCount @include(if: $withCount)
    edges { node { nameKo } }
  }
}`;

async function run(withCount: boolean, filter: Record<string, unknown> = {}) {
  api.counter.statements = [];
  const result = await api.query<{ organizations: { totalCount?: number; edges: unknown[] } }>(PAGE, { withCount, filter });
  expect(result.errors).toBeUndefined();
  return { data: result.data!.organizations, statements: [...api.counter.statements] };
}

describe('organizations totalCount', () => {
  it('is counted only when the client selects it, then in the statement of the page (organization.plan.ts)', async () => {
    const without = await run(false);
    const withCount = await run(true);
    expect(without.data.totalCount).toBeUndefined();
    expect(withCount.data.totalCount).toBeGreaterThan(10);
    expect(withCount.statements.length).toBe(without.statements.length);
    expect(without.statements.some((sql) => /COUNT\(/i.test(sql))).toBe(false);
    expect(withCount.statements.some((sql) => /COUNT\(/i.test(sql))).toBe(true);
    expect(withCount.data.edges).toEqual(without.data.edges);
  });

  it('counts the whole filtered list, not the page', async () => {
    const filtered = await run(true, { domains: ['water'] });
    const all = await run(true);
    expect(filtered.data.edges).toHaveLength(10);
    expect(filtered.data.totalCount).toBeGreaterThan(10);
    expect(filtered.data.totalCount).toBeLessThan(all.data.totalCount!);
  });

  it('is counted once even when selected twice under different aliases', async () => {
    api.counter.statements = [];
    const result = await api.query<{ organizations: { a: number; b: number } }>('{ organizations(first: 1) { a: totalCount b: totalCount } }');
    expect(result.errors).toBeUndefined();
    expect(result.data!.organizations.a).toBe(result.data!.organizations.b);
    expect(api.counter.statements.filter((sql) => /COUNT\(/i.test(sql))).toHaveLength(1);
  });
});
