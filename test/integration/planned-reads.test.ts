// Plan, then fetch (src/modules/organizations/organization.plan.ts): `organization(id)` and
// `organizations(...)` read what the query selects in one statement. Their answers must be the
// ones the loader path gives (`node(id)` and `domains { organizations }` still go through the
// loaders), for every kind of viewer, organisation and selection.
import { toGlobalId } from '../../src/graphql/global-id';
import type { Viewer } from '../../src/modules/accounts/tokens';
import { Organization } from '../../src/modules/organizations/organization.entity';
import { MembershipStatus, ProfileVisibility } from '../../src/modules/organizations/organization.enums';
import { AccountRole, createTestAccount } from '../support/accounts';
import { createTestApi, type TestApi } from '../support/api';
import { createTestOrganization, removeTestOrganizations } from '../support/organizations';

let api: TestApi;
let organizationIds: number[];
let viewers: [string, Viewer | null][];

beforeAll(async () => {
  api = await createTestApi();
  const applicant = await createTestOrganization(api.dataSource, { status: MembershipStatus.APPLIED, visibility: ProfileVisibility.PRIVATE });
  const membersOnly = await createTestOrganization(api.dataSource, { status: MembershipStatus.APPROVED, visibility: ProfileVisibility.MEMBERS });
  const rows = await api.dataSource.getRepository(Organization).find({ select: { id: true }, order: { id: 'ASC' } });
  organizationIds = rows.map((row) => row.id);
  viewers = [
    ['anonymous', null],
    ['member of an approved organisation', await createTestAccount(api.dataSource, AccountRole.MEMBER, membersOnly.id)],
    ['member of an applicant', await createTestAccount(api.dataSource, AccountRole.MEMBER, applicant.id)],
    ['planner', await createTestAccount(api.dataSource, AccountRole.PLANNER)],
    ['admin', await createTestAccount(api.dataSource, AccountRole.ADMIN)],
  ];
});
afterAll(async () => {
  await removeTestOrganizations(api.dataSource);
  await api.close();
});

/** Selections of an organisation: the benchmark's W3 and W1 shapes, a bare one, fragments and aliases, and fields no plan covers. */
const SELECTIONS: Record<string, string> = {
  W3: `id slug nameKo nameEn kind region employees website descriptionKo descriptionEn membershipStatus
    industry { slug nameKo nameEn }
    workingGroups { role workingGroup { slug nameKo } }
    capabilities { level descriptionKo descriptionEn evidence { project city year }
      domain { slug nameKo } technologies { slug nameKo } cities { slug nameKo } }`,
  W1: 'id nameKo nameEn kind region employees capabilities { level domain { slug nameKo } technologies { slug nameKo } }',
  bare: 'nameKo',
  directives: 'nameKo capabilities @skip(if: true) { level } industry @include(if: true) { slug } workingGroups @include(if: false) { role }',
  'aliases and fragments': `...F a: capabilities { id level } b: capabilities { descriptionEn cities { id } }
    industry { ... on Industry { id } } workingGroups { joinedAt workingGroup { id kind } }`,
  'fields no plan covers': `slug createdAt updatedAt version membershipDecidedAt matchmaking maxConcurrentConsortia
    capabilities { id createdAt organization { slug } domain { slug organizations(first: 2) { totalCount } } }
    workingGroups { organization { slug } workingGroup { members(first: 2) { edges { node { slug } } } } }`,
};
const FRAGMENT = 'fragment F on Organization { nameEn capabilities { level domain { nameEn } } }';

const fragmentOf = (selection: string) => (selection.includes('...F') ? FRAGMENT : '');

describe('organization(id) answers as node(id) does', () => {
  it.each(Object.keys(SELECTIONS))('%s, for every viewer and a spread of organisations', async (name) => {
    const selection = SELECTIONS[name];
    const planned = `query($id: ID!) { organization(id: $id) { ${selection} } } ${fragmentOf(selection)}`;
    const loaded = `query($id: ID!) { node(id: $id) { ... on Organization { ${selection} } } } ${fragmentOf(selection)}`;
    const sample = organizationIds.filter((_, i) => i % 7 === 0 || i >= organizationIds.length - 2);
    let seen = 0;
    for (const [, viewer] of viewers) {
      for (const id of sample) {
        const variables = { id: toGlobalId('Organization', id) };
        const [a, b] = await Promise.all([api.query(planned, variables, viewer), api.query(loaded, variables, viewer)]);
        expect(a.errors).toBeUndefined();
        expect(b.errors).toBeUndefined();
        expect(a.data!.organization).toEqual(b.data!.node);
        if (a.data!.organization) seen++;
      }
    }
    // Both visible and hidden organisations were compared.
    expect(seen).toBeGreaterThan(0);
    expect(seen).toBeLessThan(viewers.length * sample.length);
  });
});

describe('organizations(...) answers as domains { organizations } does', () => {
  it.each(Object.keys(SELECTIONS))('%s, for every viewer', async (name) => {
    const selection = SELECTIONS[name];
    const planned = `query($domain: String!) { organizations(first: 10, filter: { domains: [$domain] }) { totalCount edges { cursor node { ${selection} } } } } ${fragmentOf(selection)}`;
    const loaded = `{ domains { slug organizations(first: 10) { totalCount edges { cursor node { ${selection} } } } } } ${fragmentOf(selection)}`;
    for (const [, viewer] of viewers) {
      const all = await api.query<{ domains: { slug: string; organizations: unknown }[] }>(loaded, {}, viewer);
      expect(all.errors).toBeUndefined();
      for (const domain of all.data!.domains.slice(0, 4)) {
        const page = await api.query<{ organizations: unknown }>(planned, { domain: domain.slug }, viewer);
        expect(page.errors).toBeUndefined();
        expect(page.data!.organizations).toEqual(domain.organizations);
      }
    }
  });
});
