import { projects } from '../../seeds/data/projects';
import { createTestApi, type TestApi } from '../support/api';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api.close();
});

const LIST = `query($filter: ProjectFilter, $first: Int, $after: String, $orderBy: ProjectOrder) {
  projects(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id slug titleKo status city { slug } slots { position role minLevel weight allowedKinds domain { slug } technologies { slug } } } }
  }
}`;

async function list(variables: Record<string, unknown>) {
  const result = await api.query(LIST, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.projects;
}

const published = projects.filter((p) => p.status !== 'DRAFT');

describe('projects', () => {
  it('lists every published project with its city and slots as seeded', async () => {
    const page = await list({ first: 100, filter: { cities: ['sejong-5-1', 'busan-eco-delta'] } });
    expect(page.totalCount).toBe(published.length);
    for (const seeded of published) {
      const node = page.edges.map((e: any) => e.node).find((n: any) => n.slug === seeded.slug);
      expect(node).toMatchObject({ titleKo: seeded.titleKo, status: seeded.status, city: { slug: seeded.city } });
      expect(node.slots).toEqual(
        seeded.slots.map((s, i) => ({
          position: i + 1,
          role: s.role,
          minLevel: s.minLevel,
          weight: s.weight,
          allowedKinds: s.allowedKinds ?? null,
          domain: { slug: s.domain },
          technologies: expect.arrayContaining(s.technologies.map((slug) => ({ slug }))),
        })),
      );
    }
    expect(projects.length).toBeGreaterThanOrEqual(8);
    expect(projects.every((p) => p.slots.length >= 3 && p.slots.length <= 8)).toBe(true);
  });

  it.each([
    ['city', { cities: ['busan-eco-delta'] }, published.filter((p) => p.city === 'busan-eco-delta')],
    ['status', { statuses: ['FORMING'] }, projects.filter((p) => p.status === 'FORMING')],
    // Drafts are listed to their owner and admins only (project-editing.test.ts); anonymous callers get none.
    ['status DRAFT, anonymously', { statuses: ['DRAFT'] }, []],
    ['domain of any slot', { domains: ['water'] }, published.filter((p) => p.slots.some((s) => s.domain === 'water'))],
    [
      'everything together',
      { cities: ['sejong-5-1'], statuses: ['OPEN'], domains: ['healthcare'] },
      projects.filter((p) => p.city === 'sejong-5-1' && p.status === 'OPEN' && p.slots.some((s) => s.domain === 'healthcare')),
    ],
  ])('filters by %s', async (_name, filter, expected) => {
    const page = await list({ first: 100, filter });
    expect(page.edges.map((e: any) => e.node.slug).sort()).toEqual(expected.map((p) => p.slug).sort());
  });

  it('pages with cursors and refetches by id', async () => {
    const first = await list({ first: 3, orderBy: { field: 'TITLE_EN', direction: 'ASC' } });
    const second = await list({ first: 100, after: first.pageInfo.endCursor, orderBy: { field: 'TITLE_EN', direction: 'ASC' } });
    const slugs = [...first.edges, ...second.edges].map((e: any) => e.node.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs.length).toBe(first.totalCount);
    const { data } = await api.query('query($id: ID!) { project(id: $id) { slug } node(id: $id) { __typename } }', { id: first.edges[0].node.id });
    expect(data).toEqual({ project: { slug: first.edges[0].node.slug }, node: { __typename: 'Project' } });
  });

  it('answers bad arguments with BAD_USER_INPUT', async () => {
    const unknownCity = await api.query(LIST, { filter: { cities: ['gotham'] } });
    expect(unknownCity.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.cities' });
    const badId = await api.query('{ project(id: "nope") { slug } }');
    expect(badId.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
  });
});
