// Who sees which organisation (src/modules/organizations/organization.access.ts), checked against the seed
// data: lists, organization(id), node(id) and the nested lists of domains.
import { toGlobalId } from '../../src/graphql/global-id';
import type { Viewer } from '../../src/modules/accounts/tokens';
import { Organization } from '../../src/modules/organizations/organization.entity';
import { MembershipStatus, ProfileVisibility } from '../../src/modules/organizations/organization.enums';
import type { OrganizationSeed } from '../../seeds/types';
import { AccountRole, createTestAccount } from '../support/accounts';
import { createTestApi, type TestApi } from '../support/api';
import { approved, hasCapability, seededOrganizations, slugsWhere, visibleToAnonymous } from '../support/oracle';
import { createTestOrganization, removeTestOrganizations } from '../support/organizations';

let api: TestApi;
const ids = new Map<string, number>();
let viewers: Record<'approvedMember' | 'applicantMember' | 'planner' | 'admin', Viewer>;
let applicantOrganization: Organization & { globalId: string };

const visibility = (o: OrganizationSeed) => o.visibility ?? ProfileVisibility.PUBLIC;
const pick = (predicate: (o: OrganizationSeed) => boolean) => seededOrganizations.find(predicate)!;
const seededSlugs = new Set(seededOrganizations.map((o) => o.slug));

// One seeded organisation of each kind the rules tell apart.
const membersOnly = pick((o) => approved(o) && visibility(o) === ProfileVisibility.MEMBERS);
const privateOne = pick((o) => approved(o) && visibility(o) === ProfileVisibility.PRIVATE);
const publicOne = pick((o) => visibleToAnonymous(o));
const appliedOne = pick((o) => o.membershipStatus === MembershipStatus.APPLIED);
const suspendedOne = pick((o) => o.membershipStatus === MembershipStatus.SUSPENDED);

beforeAll(async () => {
  api = await createTestApi();
  const rows = await api.dataSource.getRepository(Organization).find({ select: { id: true, slug: true } });
  for (const row of rows) ids.set(row.slug, row.id);
  applicantOrganization = await createTestOrganization(api.dataSource, { status: MembershipStatus.APPLIED, visibility: ProfileVisibility.PRIVATE });
  viewers = {
    approvedMember: await createTestAccount(api.dataSource, AccountRole.MEMBER, ids.get(publicOne.slug)!),
    applicantMember: await createTestAccount(api.dataSource, AccountRole.MEMBER, applicantOrganization.id),
    planner: await createTestAccount(api.dataSource, AccountRole.PLANNER),
    admin: await createTestAccount(api.dataSource, AccountRole.ADMIN),
  };
});
afterAll(async () => {
  await removeTestOrganizations(api.dataSource);
  await api.close();
});

const LIST = `query($filter: OrganizationFilter, $after: String) {
  organizations(filter: $filter, first: 100, after: $after) { totalCount edges { node { slug membershipStatus } } pageInfo { hasNextPage endCursor } }
}`;

type Page = { totalCount: number; edges: { node: { slug: string; membershipStatus: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
type Result = { data?: { organizations: Page } | null; errors?: readonly unknown[] };

async function listed(viewer: Viewer | null, filter: Record<string, unknown> = {}): Promise<{ slugs: string[]; statuses: Set<string>; totalCount: number }> {
  const slugs: string[] = [];
  const statuses = new Set<string>();
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    const result: Result = await api.query(LIST, { filter, after }, viewer);
    expect(result.errors).toBeUndefined();
    const page: Page = result.data!.organizations;
    totalCount = page.totalCount;
    for (const edge of page.edges) {
      slugs.push(edge.node.slug);
      statuses.add(edge.node.membershipStatus);
    }
    if (!page.pageInfo.hasNextPage) return { slugs: slugs.sort(), statuses, totalCount };
    after = page.pageInfo.endCursor;
  }
}

it('has seed data with every case the rules tell apart', () => {
  for (const o of [membersOnly, privateOne, publicOne, appliedOne, suspendedOne]) expect(o).toBeDefined();
});

describe('organizations (the list)', () => {
  it('shows anonymous callers approved PUBLIC profiles only', async () => {
    const { slugs, totalCount } = await listed(null);
    expect(slugs).toEqual(slugsWhere(visibleToAnonymous));
    expect(totalCount).toBe(slugs.length);
  });

  it('shows a member of an approved organisation MEMBERS profiles too, not PRIVATE ones', async () => {
    const { slugs } = await listed(viewers.approvedMember);
    expect(slugs).toEqual(slugsWhere((o) => approved(o) && visibility(o) !== ProfileVisibility.PRIVATE));
  });

  it('shows a member of an applying organisation only PUBLIC profiles, and its own organisation when it asks for its status', async () => {
    expect((await listed(viewers.applicantMember)).slugs).toEqual(slugsWhere(visibleToAnonymous));
    expect((await listed(viewers.applicantMember, { membershipStatuses: ['APPLIED'] })).slugs).toEqual([applicantOrganization.slug]);
  });

  it('shows planners every approved organisation, PRIVATE ones included', async () => {
    const { slugs, statuses } = await listed(viewers.planner);
    expect(slugs.filter((s) => seededSlugs.has(s))).toEqual(slugsWhere(approved));
    expect([...statuses]).toEqual(['APPROVED']);
  });

  it('gives non-admins asking for other statuses only what they may see (nothing, anonymously)', async () => {
    expect((await listed(null, { membershipStatuses: ['APPLIED', 'REJECTED', 'SUSPENDED'] })).slugs).toEqual([]);
    expect((await listed(viewers.planner, { membershipStatuses: ['APPLIED'] })).slugs).toEqual([]);
  });

  it('lets admins see and filter every status', async () => {
    const { slugs, statuses } = await listed(viewers.admin, { membershipStatuses: ['APPLIED', 'REJECTED'] });
    expect(slugs.filter((s) => seededSlugs.has(s))).toEqual(slugsWhere((o) => ['APPLIED', 'REJECTED'].includes(o.membershipStatus)));
    expect([...statuses].every((s) => ['APPLIED', 'REJECTED'].includes(s))).toBe(true);
  });
});

describe('organization(id) and node(id)', () => {
  const cases: [string, () => string, Record<'anonymous' | 'approvedMember' | 'applicantMember' | 'planner' | 'admin', boolean>][] = [
    ['a PUBLIC approved profile', () => publicOne.slug, { anonymous: true, approvedMember: true, applicantMember: true, planner: true, admin: true }],
    ['a MEMBERS profile', () => membersOnly.slug, { anonymous: false, approvedMember: true, applicantMember: false, planner: true, admin: true }],
    ['a PRIVATE profile', () => privateOne.slug, { anonymous: false, approvedMember: false, applicantMember: false, planner: true, admin: true }],
    ['an APPLIED organisation', () => appliedOne.slug, { anonymous: false, approvedMember: false, applicantMember: false, planner: false, admin: true }],
    ['a SUSPENDED organisation', () => suspendedOne.slug, { anonymous: false, approvedMember: false, applicantMember: false, planner: false, admin: true }],
    [
      "the member's own applying, PRIVATE organisation",
      () => applicantOrganization.slug,
      { anonymous: false, approvedMember: false, applicantMember: true, planner: false, admin: true },
    ],
  ];

  it.each(cases)('%s', async (_name, slug, expected) => {
    const id = toGlobalId('Organization', ids.get(slug()) ?? applicantOrganization.id);
    for (const [who, sees] of Object.entries(expected)) {
      const viewer = who === 'anonymous' ? null : viewers[who as keyof typeof viewers];
      const result = await api.query('query($id: ID!) { organization(id: $id) { slug } node(id: $id) { id } }', { id }, viewer);
      expect(result.errors).toBeUndefined();
      expect([who, result.data]).toEqual([who, sees ? { organization: { slug: slug() }, node: { id } } : { organization: null, node: null }]);
    }
  });

  // The seeded organisations (with capabilities); the last case's organisation is made in beforeAll and has none.
  it.each(cases.slice(0, -1))('%s: node(id) of one of its capabilities, and the organisation through it', async (_name, slug, expected) => {
    const [{ id: capabilityId }] = await api.dataSource.query(
      'SELECT c.id FROM capability c JOIN organization o ON o.id = c.organization_id WHERE o.slug = $1 LIMIT 1',
      [slug()],
    );
    const id = toGlobalId('Capability', capabilityId);
    for (const [who, sees] of Object.entries(expected)) {
      const viewer = who === 'anonymous' ? null : viewers[who as keyof typeof viewers];
      const result = await api.query('query($id: ID!) { node(id: $id) { id ... on Capability { organization { slug } } } }', { id }, viewer);
      expect(result.errors).toBeUndefined();
      expect([who, result.data]).toEqual([who, { node: sees ? { id, organization: { slug: slug() } } : null }]);
    }
  });

  it('costs the same SQL statements for a member (its own organisation is read in the same batch) as anonymously', async () => {
    const id = toGlobalId('Organization', ids.get(membersOnly.slug)!);
    api.counter.statements = [];
    await api.query('query($id: ID!) { organization(id: $id) { slug } }', { id });
    const anonymous = api.counter.statements.length;
    api.counter.statements = [];
    await api.query('query($id: ID!) { organization(id: $id) { slug } }', { id }, viewers.approvedMember);
    expect(api.counter.statements.length).toBe(anonymous);
  });
});

describe("a domain's organisations", () => {
  const DOMAINS = '{ domains { slug organizations(first: 100) { totalCount edges { node { slug } } } } }';

  it.each([
    ['anonymous', null, visibleToAnonymous],
    ['a member of an approved organisation', 'approvedMember', (o: OrganizationSeed) => approved(o) && visibility(o) !== ProfileVisibility.PRIVATE],
    ['a planner', 'planner', approved],
  ] as const)('count and list what %s may see', async (_name, who, rule) => {
    const viewer = who === null ? null : viewers[who];
    const result = await api.query(DOMAINS, {}, viewer);
    expect(result.errors).toBeUndefined();
    for (const domain of result.data!.domains) {
      const expected = seededOrganizations
        .filter((o) => rule(o) && hasCapability(o, (c) => c.domain === domain.slug))
        .map((o) => o.slug)
        .sort();
      const seen = domain.organizations.edges
        .map((e: any) => e.node.slug)
        .filter((s: string) => seededSlugs.has(s))
        .sort();
      if (expected.length <= 100) expect([domain.slug, seen]).toEqual([domain.slug, expected]);
      else expect(seen.every((slug: string) => expected.includes(slug))).toBe(true);
      // Planners also see the PRIVATE organisations other test files make; the others never do.
      if (who !== 'planner') expect([domain.slug, domain.organizations.totalCount]).toEqual([domain.slug, expected.length]);
    }
  });
});

describe('matching names only organisations the caller may see', () => {
  const PARTNERS = 'query($org: ID!, $project: ID!) { partnerMatches(organizationId: $org, target: { projectId: $project }, first: 3) { matches { rank } } }';
  const ASSEMBLE =
    'query($project: ID!, $include: [ID!]) { assembleConsortium(projectId: $project, options: { k: 1, includeOrganizations: $include }) { infeasibleReason alternatives { members { organization { slug } } } } }';
  let project: string;
  beforeAll(async () => {
    const [row] = await api.dataSource.query(`SELECT id FROM project WHERE status = 'OPEN' ORDER BY id LIMIT 1`);
    project = toGlobalId('Project', row.id);
  });

  it.each([
    ['a PRIVATE profile', () => privateOne.slug, { anonymous: false, approvedMember: false, planner: true, admin: true }],
    ['a MEMBERS profile', () => membersOnly.slug, { anonymous: false, approvedMember: true, planner: true, admin: true }],
    ['an APPLIED organisation', () => appliedOne.slug, { anonymous: false, approvedMember: false, planner: false, admin: true }],
  ] as const)('%s as the seeker of partnerMatches, and in includeOrganizations', async (_name, slug, expected) => {
    const org = toGlobalId('Organization', ids.get(slug())!);
    for (const [who, sees] of Object.entries(expected)) {
      const viewer = who === 'anonymous' ? null : viewers[who as keyof typeof viewers];
      const partners = await api.query(PARTNERS, { org, project }, viewer);
      expect([who, partners.errors?.[0]?.extensions?.argument ?? 'answered']).toEqual([who, sees ? 'answered' : 'organizationId']);
      const assembled = await api.query(ASSEMBLE, { project, include: [org] }, viewer);
      expect([who, assembled.errors?.[0]?.extensions?.argument ?? 'answered']).toEqual([who, sees ? 'answered' : 'options.includeOrganizations']);
      if (!sees) expect(assembled.errors![0].message).not.toContain(slug());
    }
  });
});
