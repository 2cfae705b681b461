import { toGlobalId } from '../../src/graphql/global-id';
import type { Viewer } from '../../src/modules/accounts/tokens';
import { MembershipStatus } from '../../src/modules/organizations/organization.enums';
import { AccountRole, createTestAccount } from '../support/accounts';
import { createTestApi, type TestApi } from '../support/api';
import { createTestOrganization, removeTestOrganizations } from '../support/organizations';

let api: TestApi;
let rival: TestApi;
beforeAll(async () => {
  api = await createTestApi();
  // A second pool: the race below runs its two writers on connections of different pools.
  rival = await createTestApi();
});
afterAll(async () => {
  await removeTestOrganizations(api.dataSource);
  await rival.close();
  await api.close();
});

const UPDATE = `mutation($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    organization { id nameEn nameKo website visibility employees kind region industry { slug } version }
    userErrors { field message code }
  }
}`;
const CAPABILITY =
  'capability { id level descriptionEn version domain { slug } technologies { slug } cities { slug } evidence { project city year } organization { id } }';
const ADD = `mutation($input: AddCapabilityInput!) { addCapability(input: $input) { ${CAPABILITY} userErrors { field message code } } }`;
const CHANGE = `mutation($input: UpdateCapabilityInput!) { updateCapability(input: $input) { ${CAPABILITY} userErrors { field message code } } }`;
const REMOVE =
  'mutation($input: RemoveCapabilityInput!) { removeCapability(input: $input) { removedCapabilityId organization { id } userErrors { field message code } } }';

async function ownOrganization() {
  const organization = await createTestOrganization(api.dataSource, { status: MembershipStatus.APPLIED });
  const member = await createTestAccount(api.dataSource, AccountRole.MEMBER, organization.id);
  return { organization, member };
}

async function run(document: string, input: Record<string, unknown>, viewer: Viewer, on: TestApi = api) {
  const result = await on.query(document, { input }, viewer);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0] as any;
}

const organizationRow = async (id: number) => (await api.dataSource.query('SELECT * FROM organization WHERE id = $1', [id]))[0];

describe('updateOrganization', () => {
  it('changes only the fields sent, bumps the version, and null clears an optional field', async () => {
    const { organization, member } = await ownOrganization();
    const payload = await run(
      UPDATE,
      {
        organizationId: organization.globalId,
        version: 1,
        nameEn: 'Hanul Robotics',
        industry: 'robotics',
        visibility: 'MEMBERS',
        website: null,
        contactEmail: 'desk@hanul.example',
      },
      member,
    );
    expect(payload.userErrors).toEqual([]);
    expect(payload.organization).toMatchObject({
      nameEn: 'Hanul Robotics',
      nameKo: organization.nameKo,
      industry: { slug: 'robotics' },
      visibility: 'MEMBERS',
      website: null,
      employees: 12,
      version: 2,
    });
    expect((await organizationRow(organization.id)).contact_email).toBe('desk@hanul.example');
  });

  it('a stale version answers CONFLICT on input.version and writes nothing', async () => {
    const { organization, member } = await ownOrganization();
    expect((await run(UPDATE, { organizationId: organization.globalId, version: 1, employees: 20 }, member)).userErrors).toEqual([]);
    const before = await organizationRow(organization.id);
    const stale = await run(UPDATE, { organizationId: organization.globalId, version: 1, nameEn: 'Too Late Ltd.', employees: 99 }, member);
    expect(stale.organization).toBeNull();
    expect(stale.userErrors).toEqual([{ field: ['input', 'version'], code: 'CONFLICT', message: expect.stringMatching(/version 1, now 2/) }]);
    expect(await organizationRow(organization.id)).toEqual(before);
  });

  it('two writers racing with the same version: exactly one wins, the other gets CONFLICT', async () => {
    const { organization, member } = await ownOrganization();
    const results = await Promise.all([
      run(UPDATE, { organizationId: organization.globalId, version: 1, nameEn: 'Writer A' }, member, api),
      run(UPDATE, { organizationId: organization.globalId, version: 1, nameEn: 'Writer B' }, member, rival),
    ]);
    const winners = results.filter((r) => r.userErrors.length === 0);
    const losers = results.filter((r) => r.userErrors.length > 0);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0].userErrors).toEqual([{ field: ['input', 'version'], code: 'CONFLICT', message: expect.any(String) }]);
    const row = await organizationRow(organization.id);
    expect(row.version).toBe(2);
    expect(row.name_en).toBe(winners[0].organization.nameEn);
  });

  it.each([
    ['null for a required field', { nameEn: null }, ['input', 'nameEn']],
    ['an empty name', { nameKo: '' }, ['input', 'nameKo']],
    ['a negative employee count', { employees: -1 }, ['input', 'employees']],
    ['a website that is not http(s)', { website: 'ftp://files.example' }, ['input', 'website']],
    ['an unknown industry', { industry: 'alchemy' }, ['input', 'industry']],
    ['a malformed contact email', { contactEmail: 'nope' }, ['input', 'contactEmail']],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_name, change, field) => {
    const { organization, member } = await ownOrganization();
    const before = await organizationRow(organization.id);
    const payload = await run(UPDATE, { organizationId: organization.globalId, version: 1, ...change }, member);
    expect(payload.userErrors[0]).toMatchObject({ field, code: 'BAD_USER_INPUT' });
    expect(await organizationRow(organization.id)).toEqual(before);
  });

  it('an unknown organisation is NOT_FOUND for an admin', async () => {
    const admin = await createTestAccount(api.dataSource, AccountRole.ADMIN);
    const payload = await run(UPDATE, { organizationId: toGlobalId('Organization', 999_999), version: 1, nameEn: 'Ghost' }, admin);
    expect(payload.userErrors).toEqual([{ field: ['input', 'organizationId'], code: 'NOT_FOUND', message: expect.any(String) }]);
  });
});

describe('capabilities', () => {
  it('are added, changed (lists replaced) and removed by the organisation', async () => {
    const { organization, member } = await ownOrganization();
    const added = await run(
      ADD,
      {
        organizationId: organization.globalId,
        domain: 'water',
        technologies: ['sensors', 'iot', 'sensors'],
        level: 3,
        descriptionEn: 'Leak detection',
        evidence: [{ project: 'Smart meters', city: 'Sejong', year: 2022 }],
        cities: ['sejong-5-1'],
      },
      member,
    );
    expect(added.userErrors).toEqual([]);
    expect(added.capability).toMatchObject({
      level: 3,
      version: 1,
      domain: { slug: 'water' },
      cities: [{ slug: 'sejong-5-1' }],
      evidence: [{ project: 'Smart meters', city: 'Sejong', year: 2022 }],
      organization: { id: organization.globalId },
    });
    expect(added.capability.technologies.map((t: any) => t.slug).sort()).toEqual(['iot', 'sensors']);

    const changed = await run(CHANGE, { capabilityId: added.capability.id, version: 1, level: 4, technologies: ['ai'], cities: [] }, member);
    expect(changed.userErrors).toEqual([]);
    expect(changed.capability).toMatchObject({ level: 4, version: 2, technologies: [{ slug: 'ai' }], cities: [], descriptionEn: 'Leak detection' });

    const stale = await run(CHANGE, { capabilityId: added.capability.id, version: 1, level: 5, technologies: ['drones'] }, member);
    expect(stale.userErrors).toEqual([{ field: ['input', 'version'], code: 'CONFLICT', message: expect.any(String) }]);
    const [links] = await api.dataSource.query(
      'SELECT array(SELECT t.slug FROM capability_technology ct JOIN technology t ON t.id = ct.technology_id WHERE ct.capability_id = c.id) AS slugs, c.level FROM capability c WHERE c.id = $1',
      [Number(Buffer.from(added.capability.id, 'base64url').toString().split(':')[1])],
    );
    expect(links).toEqual({ slugs: ['ai'], level: 4 });

    const staleRemove = await run(REMOVE, { capabilityId: added.capability.id, version: 1 }, member);
    expect(staleRemove.userErrors.map((e: any) => e.code)).toEqual(['CONFLICT']);
    const removed = await run(REMOVE, { capabilityId: added.capability.id, version: 2 }, member);
    expect(removed).toEqual({ removedCapabilityId: added.capability.id, organization: { id: organization.globalId }, userErrors: [] });
    const again = await run(REMOVE, { capabilityId: added.capability.id }, member);
    expect(again.userErrors.map((e: any) => e.code)).toEqual(['NOT_FOUND']);
  });

  it.each([
    ['no technologies', { technologies: [] }, ['input', 'technologies'], 'BAD_USER_INPUT'],
    ['level 6', { level: 6 }, ['input', 'level'], 'BAD_USER_INPUT'],
    ['an unknown domain', { domain: 'teleportation' }, ['input', 'domain'], 'BAD_USER_INPUT'],
    ['an unknown technology', { technologies: ['iot', 'warp'] }, ['input', 'technologies'], 'BAD_USER_INPUT'],
    ['an unknown city', { cities: ['atlantis'] }, ['input', 'cities'], 'BAD_USER_INPUT'],
    ['evidence dated 1800', { evidence: [{ project: 'x', city: 'y', year: 1800 }] }, ['input', 'evidence', '0', 'year'], 'BAD_USER_INPUT'],
  ])('adding one with %s answers a userError and writes nothing', async (_name, change, field, code) => {
    const { organization, member } = await ownOrganization();
    const payload = await run(ADD, { organizationId: organization.globalId, domain: 'water', technologies: ['iot'], level: 2, ...change }, member);
    expect(payload.capability).toBeNull();
    expect(payload.userErrors[0]).toMatchObject({ field, code });
    expect(await api.dataSource.query('SELECT count(*)::int AS n FROM capability WHERE organization_id = $1', [organization.id])).toEqual([{ n: 0 }]);
  });
});
