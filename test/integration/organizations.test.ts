import { createTestApi, type TestApi } from '../support/api';
import { hasCapability, searchText, slugsWhere, visibleToAnonymous } from '../support/oracle';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api.close();
});

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { slug: string; nameKo: string; nameEn: string; employees: number; createdAt: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const LIST = `query List($filter: OrganizationFilter, $orderBy: OrganizationOrder, $first: Int, $after: String, $last: Int, $before: String) {
  organizations(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges { cursor node { slug nameKo nameEn employees createdAt } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

async function list(variables: Record<string, unknown>): Promise<Page> {
  const result = await api.query<{ organizations: Page }>(LIST, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.organizations;
}

/** Every slug the filter matches, walking all pages of 100. */
async function allSlugs(filter: Record<string, unknown>): Promise<string[]> {
  const slugs: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Page = await list({ filter, first: 100, after });
    slugs.push(...page.edges.map((e) => e.node.slug));
    if (!page.pageInfo.hasNextPage) return slugs.sort();
    after = page.pageInfo.endCursor;
  }
}

describe('organizations filters, checked against the seed data', () => {
  const cases: [string, Record<string, unknown>, string[]][] = [
    ['no filter: approved members with public profiles only', {}, slugsWhere(visibleToAnonymous)],
    [
      'domains (any of)',
      { domains: ['water', 'robotics-living'] },
      slugsWhere((o) => visibleToAnonymous(o) && hasCapability(o, (c) => ['water', 'robotics-living'].includes(c.domain))),
    ],
    [
      'technologies (any of)',
      { technologies: ['drones', 'digital-twin'] },
      slugsWhere((o) => visibleToAnonymous(o) && hasCapability(o, (c) => c.technologies.some((t) => ['drones', 'digital-twin'].includes(t)))),
    ],
    ['minLevel', { minLevel: 4 }, slugsWhere((o) => visibleToAnonymous(o) && hasCapability(o, (c) => c.level >= 4))],
    [
      'pilot-city experience',
      { pilotCities: ['busan-eco-delta'] },
      slugsWhere((o) => visibleToAnonymous(o) && hasCapability(o, (c) => c.cities.includes('busan-eco-delta'))),
    ],
    [
      'capability criteria hold on one same capability',
      { domains: ['mobility'], technologies: ['ai'], minLevel: 3 },
      slugsWhere((o) => visibleToAnonymous(o) && hasCapability(o, (c) => c.domain === 'mobility' && c.technologies.includes('ai') && c.level >= 3)),
    ],
    ['kinds', { kinds: ['SME', 'STARTUP'] }, slugsWhere((o) => visibleToAnonymous(o) && ['SME', 'STARTUP'].includes(o.kind))],
    ['industries', { industries: ['telecom', 'water-utility'] }, slugsWhere((o) => visibleToAnonymous(o) && ['telecom', 'water-utility'].includes(o.industry))],
    ['regions', { regions: ['BUSAN', 'SEJONG'] }, slugsWhere((o) => visibleToAnonymous(o) && ['BUSAN', 'SEJONG'].includes(o.region))],
    // Anonymous callers see approved organisations only, whatever they ask for (visibility.test.ts has the other viewers).
    ['membership statuses', { membershipStatuses: ['APPLIED', 'REJECTED'] }, []],
    ['text in Korean', { query: '세종' }, slugsWhere((o) => visibleToAnonymous(o) && searchText(o).includes('세종'))],
    ['text in English, any case', { query: 'MOBILITY' }, slugsWhere((o) => visibleToAnonymous(o) && searchText(o).includes('mobility'))],
    [
      'every word of the text must appear',
      { query: 'smart water' },
      slugsWhere((o) => visibleToAnonymous(o) && searchText(o).includes('smart') && searchText(o).includes('water')),
    ],
    // Two characters have no trigram: the index of pairs answers them (migration OrganizationSearchBigrams).
    ['two letters, any case, inside a word', { query: 'Mo' }, slugsWhere((o) => visibleToAnonymous(o) && searchText(o).includes('mo'))],
    ['one character', { query: '시' }, slugsWhere((o) => visibleToAnonymous(o) && searchText(o).includes('시'))],
    ['LIKE wildcards are literal', { query: '%' }, slugsWhere((o) => visibleToAnonymous(o) && searchText(o).includes('%'))],
    ['empty lists mean no constraint', { domains: [], kinds: [], query: '  ' }, slugsWhere(visibleToAnonymous)],
    [
      'criteria combine with AND',
      { kinds: ['STARTUP'], domains: ['mobility'], regions: ['SEOUL', 'GYEONGGI'] },
      slugsWhere(
        (o) => visibleToAnonymous(o) && o.kind === 'STARTUP' && ['SEOUL', 'GYEONGGI'].includes(o.region) && hasCapability(o, (c) => c.domain === 'mobility'),
      ),
    ],
  ];

  it.each(cases)('%s', async (_name, filter, expected) => {
    expect(await allSlugs(filter)).toEqual(expected);
    expect((await list({ filter, first: 1 })).totalCount).toBe(expected.length);
  });

  it('has non-trivial fixtures for the text search (세종, mobility, mo and 시 each find several)', () => {
    for (const word of ['mo', '시']) expect(slugsWhere((o) => visibleToAnonymous(o) && searchText(o).includes(word)).length).toBeGreaterThanOrEqual(3);
    expect(slugsWhere((o) => visibleToAnonymous(o) && searchText(o).includes('세종')).length).toBeGreaterThanOrEqual(3);
    expect(slugsWhere((o) => visibleToAnonymous(o) && searchText(o).includes('mobility')).length).toBeGreaterThanOrEqual(3);
  });
});

describe('organizations pagination', () => {
  const filter = { domains: ['water'] };

  it('walks forwards page by page through exactly the unpaged list', async () => {
    const all = await list({ filter, first: 100 });
    const whole = all.edges.map((e) => e.node.slug);
    // The walks below compare with one unpaged read, so the list must fit in one page of 100.
    expect(whole.length).toBeGreaterThan(20);
    expect(all.totalCount).toBe(whole.length);
    const walked: string[] = [];
    let page = await list({ filter, first: 7 });
    expect(page.pageInfo.hasPreviousPage).toBe(false);
    walked.push(...page.edges.map((e) => e.node.slug));
    while (page.pageInfo.hasNextPage) {
      page = await list({ filter, first: 7, after: page.pageInfo.endCursor });
      expect(page.pageInfo.hasPreviousPage).toBe(true);
      walked.push(...page.edges.map((e) => e.node.slug));
    }
    expect(walked).toEqual(whole);
  });

  it('walks backwards from the end through the same list', async () => {
    const whole = (await list({ filter, first: 100 })).edges.map((e) => e.node.slug);
    const walked: string[] = [];
    let page = await list({ filter, last: 6 });
    expect(page.pageInfo.hasNextPage).toBe(false);
    walked.unshift(...page.edges.map((e) => e.node.slug));
    while (page.pageInfo.hasPreviousPage) {
      page = await list({ filter, last: 6, before: page.pageInfo.startCursor });
      expect(page.pageInfo.hasNextPage).toBe(true);
      walked.unshift(...page.edges.map((e) => e.node.slug));
    }
    expect(walked).toEqual(whole);
  });

  it('pages between two cursors', async () => {
    const whole = (await list({ filter, first: 20 })).edges;
    const between = await list({ filter, after: whole[4].cursor, before: whole[10].cursor, first: 100 });
    expect(between.edges.map((e) => e.node.slug)).toEqual(whole.slice(5, 10).map((e) => e.node.slug));
  });

  it.each([
    ['EMPLOYEES', 'DESC', (a: Page['edges'][0]['node'], b: Page['edges'][0]['node']) => b.employees <= a.employees],
    ['EMPLOYEES', 'ASC', (a: Page['edges'][0]['node'], b: Page['edges'][0]['node']) => b.employees >= a.employees],
    ['CREATED_AT', 'DESC', (a: Page['edges'][0]['node'], b: Page['edges'][0]['node']) => b.createdAt <= a.createdAt],
  ] as const)('orders by %s %s across pages', async (field, direction, inOrder) => {
    const orderBy = { field, direction };
    const first = await list({ orderBy, first: 30 });
    const second = await list({ orderBy, first: 30, after: first.pageInfo.endCursor });
    const nodes = [...first.edges, ...second.edges].map((e) => e.node);
    expect(new Set(nodes.map((n) => n.slug)).size).toBe(60);
    nodes.slice(1).forEach((node, i) => expect(inOrder(nodes[i], node)).toBe(true));
  });

  it('answers first: 0 with no edges and the total', async () => {
    const page = await list({ filter, first: 0 });
    expect(page.edges).toEqual([]);
    expect(page.totalCount).toBeGreaterThan(0);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });
});

describe('organizations errors', () => {
  async function errorOf(variables: Record<string, unknown>) {
    const result = await api.query(LIST, variables);
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors!;
    expect(error.message).not.toMatch(/SELECT|INSERT|relation|syntax|\n\s+at /);
    expect(error.extensions).not.toHaveProperty('stacktrace');
    return { code: error.extensions?.code, argument: error.extensions?.argument, message: error.message };
  }

  it.each([
    ['first over 100', { first: 1000 }, 'first', /first must not be greater than 100/],
    ['last over 100', { last: 101 }, 'last', /last must not be greater than 100/],
    ['negative first', { first: -1 }, 'first', /first must not be less than 0/],
    ['first and last together', { first: 5, last: 5 }, 'last', /either first or last/],
    ['minLevel 7', { filter: { minLevel: 7 } }, 'filter.minLevel', /filter\.minLevel must not be greater than 5/],
    ['minLevel 0', { filter: { minLevel: 0 } }, 'filter.minLevel', /filter\.minLevel must not be less than 1/],
    ['unknown domain', { filter: { domains: ['mobility', 'teleportation'] } }, 'filter.domains', /Unknown domain 'teleportation' in filter\.domains/],
    ['unknown technology', { filter: { technologies: ['warp'] } }, 'filter.technologies', /Unknown technology 'warp'/],
    ['unknown industry', { filter: { industries: ['alchemy'] } }, 'filter.industries', /Unknown industry 'alchemy'/],
    ['unknown pilot city', { filter: { pilotCities: ['atlantis'] } }, 'filter.pilotCities', /Unknown pilot city 'atlantis'/],
    ['garbage cursor', { after: 'not-a-cursor' }, 'after', /after is not a valid cursor/],
    ['query too long', { filter: { query: 'x'.repeat(201) } }, 'filter.query', /filter\.query must be shorter than or equal to 200 characters/],
  ])('%s answers BAD_USER_INPUT naming the argument', async (_name, variables, argument, message) => {
    const error = await errorOf(variables);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(error.message).toMatch(message);
  });

  it('names an unknown slug when no node is selected, and takes a slug named twice as once', async () => {
    const counted = await api.query('{ organizations(filter: { industries: ["alchemy"] }) { totalCount } }');
    expect(counted.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'filter.industries' } });
    const twice = await list({ filter: { domains: ['mobility', 'mobility'] }, first: 1 });
    const once = await list({ filter: { domains: ['mobility'] }, first: 1 });
    expect(twice.totalCount).toBe(once.totalCount);
    expect(twice.totalCount).toBeGreaterThan(0);
  });

  it('rejects a cursor made for another ordering', async () => {
    const page = await list({ first: 1, orderBy: { field: 'EMPLOYEES', direction: 'DESC' } });
    const error = await errorOf({ after: page.pageInfo.endCursor });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(error.message).toMatch(/another ordering/);
  });

  it('answers a wrongly typed argument with a GraphQL validation error', async () => {
    const result = await api.query('{ organizations(first: "ten") { totalCount } }');
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
