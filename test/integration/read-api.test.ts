import { domains, industries, technologies } from '../../seeds/data/taxonomy';
import { pilotCities } from '../../seeds/data/pilot-cities';
import { workingGroups } from '../../seeds/data/working-groups';
import { organizations } from '../../seeds/data/organizations';
import { toGlobalId } from '../../src/graphql/global-id';
import { createTestApi, type TestApi } from '../support/api';
import { hasCapability, seededOrganizations, visibleToAnonymous } from '../support/oracle';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api.close();
});

async function data<T = Record<string, any>>(document: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await api.query<T>(document, variables);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

const sample = organizations.find((o) => visibleToAnonymous(o) && o.capabilities.some((c) => c.cities.length > 0) && o.workingGroups.length > 0)!;

describe('one organisation', () => {
  it('is found by global id, with its capabilities, domains, technologies, cities, industry and working groups', async () => {
    const { organizations: page } = await data<{ organizations: { edges: { node: { id: string } }[] } }>(
      'query($q: String) { organizations(filter: { query: $q, membershipStatuses: [APPROVED] }, first: 1) { edges { node { id } } } }',
      { q: sample.nameEn },
    );
    const id = page.edges[0].node.id;
    const { organization } = await data(
      `query($id: ID!) { organization(id: $id) {
        id slug nameKo nameEn kind region employees website membershipStatus visibility
        industry { slug }
        capabilities { level domain { slug } technologies { slug } cities { slug } evidence { project city year } organization { slug } }
        workingGroups { role workingGroup { slug } organization { slug } }
      } }`,
      { id },
    );
    expect(organization).toMatchObject({
      id,
      slug: sample.slug,
      nameKo: sample.nameKo,
      kind: sample.kind,
      region: sample.region,
      industry: { slug: sample.industry },
    });
    const normalise = (caps: { domain: string; level: number; technologies: string[]; cities: string[] }[]) =>
      caps.map((c) => `${c.domain}:${c.level}:${[...c.technologies].sort().join(',')}:${[...c.cities].sort().join(',')}`).sort();
    expect(
      normalise(
        organization.capabilities.map((c: any) => ({
          domain: c.domain.slug,
          level: c.level,
          technologies: c.technologies.map((t: any) => t.slug),
          cities: c.cities.map((x: any) => x.slug),
        })),
      ),
    ).toEqual(normalise(sample.capabilities));
    expect(organization.capabilities.every((c: any) => c.organization.slug === sample.slug)).toBe(true);
    expect(organization.workingGroups.map((m: any) => m.workingGroup.slug).sort()).toEqual([...sample.workingGroups].sort());
    const levels = organization.capabilities.map((c: any) => c.level);
    expect(levels).toEqual([...levels].sort((a, b) => b - a));
  });

  it('answers null, without an error, for a well-formed id that does not exist', async () => {
    const { organization } = await data('query($id: ID!) { organization(id: $id) { slug } }', { id: toGlobalId('Organization', 999_999) });
    expect(organization).toBeNull();
  });

  it.each([
    ['garbage', 'not an id!'],
    ['an id of another type', toGlobalId('Domain', 1)],
    ['base64 of nonsense', Buffer.from('Organization:abc').toString('base64url')],
  ])('rejects %s as BAD_USER_INPUT', async (_name, id) => {
    const result = await api.query('query($id: ID!) { organization(id: $id) { slug } }', { id });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
  });
});

describe('node(id)', () => {
  it('refetches every kind of node by the id it reported', async () => {
    const all = await data(`{
      domains { id slug } technologies { id slug } industries { id slug } pilotCities { id slug } workingGroups { id slug }
      organizations(first: 1) { edges { node { id slug capabilities { id level } } } }
    }`);
    const ids: [string, string][] = [
      ['Domain', all.domains[0].id],
      ['Technology', all.technologies[0].id],
      ['Industry', all.industries[0].id],
      ['PilotCity', all.pilotCities[0].id],
      ['WorkingGroup', all.workingGroups[0].id],
      ['Organization', all.organizations.edges[0].node.id],
      ['Capability', all.organizations.edges[0].node.capabilities[0].id],
    ];
    for (const [type, id] of ids) {
      const { node } = await data('query($id: ID!) { node(id: $id) { __typename id } }', { id });
      expect(node).toEqual({ __typename: type, id });
    }
  });

  it('answers null for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    expect((await data('query($id: ID!) { node(id: $id) { id } }', { id: toGlobalId('Technology', 424242) })).node).toBeNull();
    const result = await api.query('query($id: ID!) { node(id: $id) { id } }', { id: toGlobalId('Spaceship', 1) });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
  });
});

describe('taxonomy, pilot cities and working groups', () => {
  it('lists the seeded taxonomy in seed order', async () => {
    const result = await data('{ domains { slug nameKo nameEn } technologies { slug } industries { slug } }');
    // Admins may add domains and technologies (taxonomy mutations); the seeded ones come first, in seed order.
    expect(result.domains.map((d: any) => d.slug).slice(0, domains.length)).toEqual(domains.map((d) => d.slug));
    expect(result.domains[0]).toEqual({ slug: domains[0].slug, nameKo: domains[0].nameKo, nameEn: domains[0].nameEn });
    expect(result.technologies.map((t: any) => t.slug).slice(0, technologies.length)).toEqual(technologies.map((t) => t.slug));
    expect(result.industries.map((i: any) => i.slug)).toEqual(industries.map((i) => i.slug));
  });

  it('gives the pilot cities with their published themes in order', async () => {
    const { pilotCities: cities } = await data('{ pilotCities { slug areaKm2 region themes { position nameEn domain { slug } } } }');
    expect(cities.map((c: any) => c.slug)).toEqual(['sejong-5-1', 'busan-eco-delta']);
    for (const [i, city] of cities.entries()) {
      const seeded = pilotCities[i];
      expect(city.areaKm2).toBe(seeded.areaKm2);
      expect(city.themes.map((t: any) => [t.position, t.nameEn, t.domain?.slug ?? null])).toEqual(seeded.themes.map((t, j) => [j + 1, t.nameEn, t.domain]));
    }
    expect(cities[0].themes).toHaveLength(7);
    expect(cities[1].themes).toHaveLength(10);
  });

  it('gives each working group its approved members', async () => {
    const { workingGroups: groups } = await data('{ workingGroups { slug kind members(first: 100) { totalCount edges { node { slug } } } } }');
    expect(groups.map((g: any) => g.slug)).toEqual(workingGroups.map((g) => g.slug));
    for (const group of groups) {
      const expected = seededOrganizations
        .filter((o) => visibleToAnonymous(o) && o.workingGroups.includes(group.slug))
        .map((o) => o.slug)
        .sort();
      expect(group.members.totalCount).toBe(expected.length);
      const members = group.members.edges.map((e: any) => e.node.slug).sort();
      expect(members).toHaveLength(Math.min(100, expected.length));
      members.forEach((slug: string) => expect(expected).toContain(slug));
    }
  });

  it("gives each domain its approved organisations, continuing in organizations(...) with the slice's cursor", async () => {
    const { domains: list } = await data(
      '{ domains { slug organizations(first: 3) { totalCount edges { node { slug } } pageInfo { hasNextPage endCursor } } } }',
    );
    for (const domain of list) {
      const expected = seededOrganizations.filter((o) => visibleToAnonymous(o) && hasCapability(o, (c) => c.domain === domain.slug));
      expect(domain.organizations.totalCount).toBe(expected.length);
      expect(domain.organizations.edges).toHaveLength(Math.min(3, expected.length));
    }
    const water = list.find((d: any) => d.slug === 'water');
    const first = await data('{ organizations(filter: { domains: ["water"] }, first: 4) { edges { node { slug } } } }');
    const rest = await data('query($after: String) { organizations(filter: { domains: ["water"] }, first: 1, after: $after) { edges { node { slug } } } }', {
      after: water.organizations.pageInfo.endCursor,
    });
    expect(water.organizations.edges.map((e: any) => e.node.slug)).toEqual(first.organizations.edges.slice(0, 3).map((e: any) => e.node.slug));
    expect(rest.organizations.edges[0].node.slug).toBe(first.organizations.edges[3].node.slug);
  });

  it('rejects a nested page size over 100', async () => {
    const result = await api.query('{ domains { organizations(first: 101) { totalCount } } }');
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });
});
