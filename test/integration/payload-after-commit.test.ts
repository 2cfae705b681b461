// Issue 11, finding 2: a mutation's payload is read inside its transaction, so no statement runs
// after COMMIT (an outage right after the commit cannot turn a written change into a "failure").
import { randomUUID } from 'node:crypto';
import type { Viewer } from '../../src/modules/accounts/tokens';
import { MembershipStatus, ProfileVisibility } from '../../src/modules/organizations/organization.enums';
import { AccountRole, createTestAccount } from '../support/accounts';
import { createTestApi, type TestApi } from '../support/api';
import { createTestOrganization, removeTestOrganizations } from '../support/organizations';
import { deleteRequestsOf, OPS, projectInput, SLOT, useTestCity } from '../support/workflows';

let api: TestApi;
let planner: Viewer;
let dropTestCity: () => Promise<void>;

beforeAll(async () => {
  api = await createTestApi();
  dropTestCity = await useTestCity(api.dataSource);
  planner = await createTestAccount(api.dataSource, AccountRole.PLANNER);
});
afterAll(async () => {
  await dropTestCity();
  await removeTestOrganizations(api.dataSource);
  await api.close();
});

const ORGANIZATION = `id nameEn industry { slug } workingGroups { role } contact { email }
  capabilities { level domain { slug } technologies { slug } cities { slug } }`;

/** Runs a mutation that must succeed and returns the SQL statements sent after its COMMIT. */
async function afterCommit(document: string, input: Record<string, unknown>, viewer: Viewer): Promise<{ payload: any; statements: string[] }> {
  api.counter.statements = [];
  const result = await api.query(document, { input }, viewer);
  expect(result.errors).toBeUndefined();
  const payload = Object.values(result.data!)[0] as { userErrors: unknown[] };
  expect(payload.userErrors).toEqual([]);
  const statements = api.counter.statements;
  const commit = statements.lastIndexOf('COMMIT');
  expect(commit).toBeGreaterThan(0);
  return { payload, statements: statements.slice(commit + 1) };
}

describe('mutation payloads', () => {
  it('createProject: the project, its city and its slots with domains and technologies come from the transaction', async () => {
    const { payload, statements } = await afterCommit(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) {
        project { id slug status city { slug } slots { position role domain { slug nameEn } technologies { slug } project { id } } } userErrors { code } } }`,
      projectInput([SLOT, { ...SLOT, role: 'OPERATOR', domain: 'water', technologies: ['iot', 'ai'] }], { clientMutationId: randomUUID() }),
      planner,
    );
    expect(payload.project.slots).toHaveLength(2);
    expect(payload.project.slots[1].domain).toEqual({ slug: 'water', nameEn: expect.any(String) });
    expect(payload.project.slots[1].technologies.map((t: { slug: string }) => t.slug).sort()).toEqual(['ai', 'iot']);
    expect(statements).toEqual([]);
  });

  it('addRequirementSlot and updateRequirementSlot: the slot and its project', async () => {
    const created = await afterCommit(
      'mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id version } userErrors { code } } }',
      projectInput([SLOT]),
      planner,
    );
    const added = await afterCommit(
      `mutation($input: AddRequirementSlotInput!) { addRequirementSlot(input: $input) {
        slot { id position domain { slug } technologies { slug } project { id } } project { id version slots { id } } userErrors { code } } }`,
      { projectId: created.payload.project.id, slot: { ...SLOT, domain: 'safety' } },
      planner,
    );
    expect(added.payload.project.slots).toHaveLength(2);
    expect(added.statements).toEqual([]);
  });

  it('sendPartnershipRequest: the request with both organisations and the project', async () => {
    const from = await createTestOrganization(api.dataSource, { status: MembershipStatus.APPROVED, visibility: ProfileVisibility.PUBLIC });
    const to = await createTestOrganization(api.dataSource, { status: MembershipStatus.APPROVED, visibility: ProfileVisibility.PUBLIC });
    await deleteRequestsOf(api.dataSource, [from.id, to.id]);
    const member = await createTestAccount(api.dataSource, AccountRole.MEMBER, from.id);
    const { payload, statements } = await afterCommit(
      `mutation($input: SendPartnershipRequestInput!) { sendPartnershipRequest(input: $input) {
        request { id status from { ${ORGANIZATION} } to { ${ORGANIZATION} } project { id } } userErrors { code } } }`,
      { toOrganizationId: to.globalId, message: 'Shall we?', clientMutationId: randomUUID() },
      member,
    );
    expect(payload.request.to.id).toBe(to.globalId);
    expect(statements).toEqual([]);
  });

  it('addCapability and updateOrganization: the capability with its organisation, the organisation with its capabilities', async () => {
    const organization = await createTestOrganization(api.dataSource, { status: MembershipStatus.APPROVED });
    const member = await createTestAccount(api.dataSource, AccountRole.MEMBER, organization.id);
    const added = await afterCommit(
      `mutation($input: AddCapabilityInput!) { addCapability(input: $input) {
        capability { id level domain { slug } technologies { slug } cities { slug } organization { ${ORGANIZATION} } } userErrors { code } } }`,
      {
        organizationId: organization.globalId,
        domain: 'mobility',
        technologies: ['ai', 'iot'],
        cities: ['sejong-5-1'],
        level: 3,
        clientMutationId: randomUUID(),
      },
      member,
    );
    expect(added.payload.capability.organization.capabilities).toHaveLength(1);
    expect(added.statements).toEqual([]);

    const updated = await afterCommit(
      `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { ${ORGANIZATION} version } userErrors { code } } }`,
      { organizationId: organization.globalId, version: organization.version, nameEn: 'Renamed in one transaction' },
      member,
    );
    expect(updated.payload.organization).toMatchObject({ nameEn: 'Renamed in one transaction', industry: { slug: 'telecom' } });
    expect(updated.statements).toEqual([]);
  });

  it('createConsortium and inviteToConsortium: the consortium, its project, members, assignments and their organisations', async () => {
    const [a, b] = await Promise.all([1, 2].map(() => createTestOrganization(api.dataSource, { status: MembershipStatus.APPROVED })));
    const created = await afterCommit(
      'mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id version slots { id } } userErrors { code } } }',
      projectInput([SLOT]),
      planner,
    );
    const project = created.payload.project;
    await afterCommit(
      'mutation($input: ProjectTransitionInput!) { openProject(input: $input) { project { id status } userErrors { code } } }',
      { projectId: project.id },
      planner,
    );
    const consortium = await afterCommit(
      OPS.createConsortium,
      {
        clientMutationId: randomUUID(),
        projectId: project.id,
        name: 'Team in one transaction',
        members: [
          { organizationId: a.globalId, role: 'LEAD' },
          { organizationId: b.globalId, role: 'OPERATOR' },
        ],
        assignments: [{ slotId: project.slots[0].id, organizationId: a.globalId }],
        // Test organisations without capabilities.
        allowUnfit: true,
        reason: 'a test team',
      },
      planner,
    );
    expect(consortium.payload.consortium.members).toHaveLength(2);
    expect(consortium.statements).toEqual([]);
    const invited = await afterCommit(OPS.inviteToConsortium, { consortiumId: consortium.payload.consortium.id }, planner);
    expect(invited.payload.consortium).toMatchObject({ status: 'INVITING', project: { status: 'FORMING' } });
    expect(invited.statements).toEqual([]);
  });

  it('applyForMembership: the new organisation', async () => {
    const member = await createTestAccount(api.dataSource, AccountRole.MEMBER);
    const slug = `test-${randomUUID()}`;
    const { payload, statements } = await afterCommit(
      `mutation($input: ApplyForMembershipInput!) { applyForMembership(input: $input) { organization { ${ORGANIZATION} membershipStatus } token userErrors { code } } }`,
      {
        clientMutationId: randomUUID(),
        organization: { slug, nameKo: '시험 지원', nameEn: 'Test applicant', kind: 'SME', industry: 'telecom', region: 'SEJONG', employees: 5 },
      },
      member,
    );
    await api.dataSource.query('UPDATE account SET organization_id = NULL WHERE id = $1', [member.accountId]);
    await api.dataSource.query('DELETE FROM organization WHERE slug = $1', [slug]);
    expect(payload.organization.membershipStatus).toBe('APPLIED');
    expect(statements).toEqual([]);
  });

  it('a retry answered from its clientMutationId reads the first result, and writes nothing', async () => {
    const input = projectInput([SLOT], { clientMutationId: randomUUID() });
    const document = 'mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id slots { id } } userErrors { code } } }';
    await afterCommit(document, input, planner);
    api.counter.statements = [];
    const again = await api.query(document, { input }, planner);
    expect(again.data!.createProject.project.id).toEqual(expect.any(String));
    expect(api.counter.statements.filter((s) => /^(INSERT|UPDATE|DELETE|START TRANSACTION|COMMIT)/i.test(s.trim()))).toEqual([]);
  });
});
