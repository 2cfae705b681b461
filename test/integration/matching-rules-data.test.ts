// The data behind issue 14's matching rules: slot budget shares and a project's cap on the large
// enterprises' stake; an organisation's matchmaking settings; blocked partners (private to the
// organisation's team and admins); expressions of interest (read by the project's planner and admins).
import type { Viewer } from '../../src/modules/accounts/tokens';
import { toGlobalId } from '../../src/graphql/global-id';
import { MembershipStatus, ProfileVisibility } from '../../src/modules/organizations/organization.enums';
import { AccountRole, createTestAccount, TeamRole } from '../support/accounts';
import { createTestApi, type TestApi } from '../support/api';
import { createTestOrganization, removeTestOrganizations } from '../support/organizations';
import { ok, projectInput, USER_ERRORS, useTestCity } from '../support/workflows';

let api: TestApi;
let planner: Viewer;
let otherPlanner: Viewer;
let admin: Viewer;
let dropTestCity: () => Promise<void>;

beforeAll(async () => {
  api = await createTestApi();
  dropTestCity = await useTestCity(api.dataSource);
  planner = await createTestAccount(api.dataSource, AccountRole.PLANNER);
  otherPlanner = await createTestAccount(api.dataSource, AccountRole.PLANNER);
  admin = await createTestAccount(api.dataSource, AccountRole.ADMIN);
});
afterAll(async () => {
  await dropTestCity();
  await removeTestOrganizations(api.dataSource);
  await api.close();
});

const q = (sql: string, params: unknown[] = []) => api.dataSource.query(sql, params);

async function mutation(name: string, inputType: string, selection: string, input: Record<string, unknown>, viewer: Viewer | null) {
  const result = await api.query(`mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} ${USER_ERRORS} } }`, { input }, viewer);
  expect(result.errors).toBeUndefined();
  return result.data![name];
}
const codes = (payload: { userErrors: { code: string }[] }) => payload.userErrors.map((e) => e.code);

describe('budget shares and the large-stake cap', () => {
  it('are set on create, add, update, and a null maxLargeStake clears the cap', async () => {
    const slots = [
      { role: 'LEAD', domain: 'mobility', technologies: ['ai'], minLevel: 2, weight: 3, budgetShare: 2.5 },
      { role: 'OPERATOR', domain: 'water', technologies: [], minLevel: 1, weight: 2 },
    ];
    const created = await mutation(
      'createProject',
      'CreateProjectInput',
      'project { id version maxLargeStake slots { id version budgetShare } }',
      projectInput(slots, { maxLargeStake: 0.3 }),
      planner,
    );
    expect(created.userErrors).toEqual([]);
    expect(created.project.maxLargeStake).toBe(0.3);
    expect(created.project.slots.map((s: any) => s.budgetShare)).toEqual([2.5, 1]);
    const project = created.project;

    const added = await mutation(
      'addRequirementSlot',
      'AddRequirementSlotInput',
      'slot { budgetShare }',
      { projectId: project.id, slot: { ...slots[1], budgetShare: 0.5 } },
      planner,
    );
    expect(added.slot.budgetShare).toBe(0.5);
    const updated = await mutation(
      'updateRequirementSlot',
      'UpdateRequirementSlotInput',
      'slot { budgetShare weight }',
      { slotId: project.slots[1].id, version: project.slots[1].version, budgetShare: 4 },
      planner,
    );
    expect(updated.slot).toEqual({ budgetShare: 4, weight: 2 });

    let version = (await q('SELECT version FROM project WHERE id = $1', [Number(Buffer.from(project.id, 'base64url').toString().split(':')[1])]))[0].version;
    const titled = await mutation(
      'updateProject',
      'UpdateProjectInput',
      'project { version maxLargeStake }',
      { projectId: project.id, version, titleEn: 'Renamed' },
      planner,
    );
    expect(titled.project.maxLargeStake).toBe(0.3);
    version = titled.project.version;
    const capped = await mutation(
      'updateProject',
      'UpdateProjectInput',
      'project { version maxLargeStake }',
      { projectId: project.id, version, maxLargeStake: 0.5 },
      planner,
    );
    expect(capped.project.maxLargeStake).toBe(0.5);
    const cleared = await mutation(
      'updateProject',
      'UpdateProjectInput',
      'project { maxLargeStake }',
      { projectId: project.id, version: capped.project.version, maxLargeStake: null },
      planner,
    );
    expect(cleared.project.maxLargeStake).toBeNull();
  });

  it('refuse a budget share of 0 or less and a cap outside 0–1, naming the field', async () => {
    const zero = await mutation(
      'createProject',
      'CreateProjectInput',
      'project { id }',
      projectInput([{ role: 'LEAD', domain: 'mobility', minLevel: 1, weight: 1, budgetShare: 0 }]),
      planner,
    );
    expect(zero.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'slots', '0', 'budgetShare'] })]);
    const over = await mutation('createProject', 'CreateProjectInput', 'project { id }', projectInput(undefined, { maxLargeStake: 1.5 }), planner);
    expect(over.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'maxLargeStake'] })]);
  });

  it('are seeded: the Sejong and Busan projects cap large stakes at 0.3, and slots carry budget shares by role', async () => {
    const projects = await q(
      `SELECT p.slug, p.max_large_stake FROM project p JOIN pilot_city c ON c.id = p.city_id WHERE c.slug IN ('sejong-5-1', 'busan-eco-delta')`,
    );
    expect(projects.length).toBeGreaterThan(0);
    expect(projects.every((p: any) => p.max_large_stake === 0.3)).toBe(true);
    const [lead] = await q(
      `SELECT s.budget_share FROM requirement_slot s JOIN project p ON p.id = s.project_id WHERE p.slug = 'sejong-autonomous-shuttle' AND s.position = 1`,
    );
    expect(lead.budget_share).toBe(3);
  });
});

describe('matchmaking settings', () => {
  it('are the owner’s (or an admin’s) to change, within 1–50, audited', async () => {
    const organization = await createTestOrganization(api.dataSource);
    const owner = await createTestAccount(api.dataSource, AccountRole.MEMBER, organization.id, TeamRole.OWNER);
    const read = await api.query(`query($id: ID!) { organization(id: $id) { matchmaking maxConcurrentConsortia } }`, { id: organization.globalId }, owner);
    expect(read.data!.organization).toEqual({ matchmaking: true, maxConcurrentConsortia: 3 });

    const selection = 'organization { matchmaking maxConcurrentConsortia version }';
    const changed = await mutation(
      'updateMatchmakingSettings',
      'UpdateMatchmakingSettingsInput',
      selection,
      { organizationId: organization.globalId, matchmaking: false, maxConcurrentConsortia: 5 },
      owner,
    );
    expect(changed.organization).toMatchObject({ matchmaking: false, maxConcurrentConsortia: 5 });
    const partly = await mutation(
      'updateMatchmakingSettings',
      'UpdateMatchmakingSettingsInput',
      selection,
      { organizationId: organization.globalId, matchmaking: true },
      admin,
    );
    expect(partly.organization).toMatchObject({ matchmaking: true, maxConcurrentConsortia: 5 });

    for (const bad of [0, 51]) {
      const refused = await mutation(
        'updateMatchmakingSettings',
        'UpdateMatchmakingSettingsInput',
        selection,
        { organizationId: organization.globalId, maxConcurrentConsortia: bad },
        owner,
      );
      expect(refused.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'maxConcurrentConsortia'] })]);
    }
    const stale = await mutation(
      'updateMatchmakingSettings',
      'UpdateMatchmakingSettingsInput',
      selection,
      { organizationId: organization.globalId, version: 1, matchmaking: false },
      owner,
    );
    expect(codes(stale)).toEqual(['CONFLICT']);
    const audit = await q(`SELECT action FROM audit_entry WHERE subject_type = 'Organization' AND subject_id = $1 ORDER BY id`, [organization.id]);
    expect(audit.map((a: any) => a.action)).toEqual(['organization.matchmaking_settings_changed', 'organization.matchmaking_settings_changed']);
  });
});

describe('blocked partners', () => {
  it('an owner blocks and unblocks; the list is shown to its own team and admins only', async () => {
    const organization = await createTestOrganization(api.dataSource);
    const other = await createTestOrganization(api.dataSource);
    const blocked = await createTestOrganization(api.dataSource, { visibility: ProfileVisibility.PUBLIC });
    const owner = await createTestAccount(api.dataSource, AccountRole.MEMBER, organization.id, TeamRole.OWNER);
    const colleague = await createTestAccount(api.dataSource, AccountRole.MEMBER, organization.id, TeamRole.MEMBER);
    const otherOwner = await createTestAccount(api.dataSource, AccountRole.MEMBER, other.id, TeamRole.OWNER);
    const input = { organizationId: organization.globalId, blockedOrganizationId: blocked.globalId };

    const done = await mutation('blockPartner', 'PartnerBlockInput', 'organization { id blockedPartners { id } }', input, owner);
    expect(done.userErrors).toEqual([]);
    expect(done.organization.blockedPartners).toEqual([{ id: blocked.globalId }]);
    expect(codes(await mutation('blockPartner', 'PartnerBlockInput', 'organization { id }', input, owner))).toEqual(['ALREADY_BLOCKED']);
    expect(
      codes(await mutation('blockPartner', 'PartnerBlockInput', 'organization { id }', { ...input, blockedOrganizationId: organization.globalId }, owner)),
    ).toEqual(['BLOCKING_ITSELF']);
    expect(
      codes(
        await mutation(
          'blockPartner',
          'PartnerBlockInput',
          'organization { id }',
          { ...input, blockedOrganizationId: toGlobalId('Organization', 99_999_999) },
          owner,
        ),
      ),
    ).toEqual(['NOT_FOUND']);

    const list = (viewer: Viewer | null) =>
      api
        .query(`query($id: ID!) { organization(id: $id) { blockedPartners { id } } }`, { id: organization.globalId }, viewer)
        .then((r) => r.data!.organization);
    expect(await list(colleague)).toEqual({ blockedPartners: [{ id: blocked.globalId }] });
    expect(await list(admin)).toEqual({ blockedPartners: [{ id: blocked.globalId }] });
    // Planners see the (approved) organisation, but not whom it blocked.
    expect(await list(planner)).toEqual({ blockedPartners: null });
    const publicOne = await createTestOrganization(api.dataSource, { visibility: ProfileVisibility.PUBLIC });
    await q('INSERT INTO partner_block (organization_id, blocked_organization_id) VALUES ($1, $2)', [publicOne.id, blocked.id]);
    const seenByOthers = await api.query(`query($id: ID!) { organization(id: $id) { blockedPartners { id } } }`, { id: publicOne.globalId }, otherOwner);
    expect(seenByOthers.data!.organization).toEqual({ blockedPartners: null });
    const anonymous = await api.query(`query($id: ID!) { organization(id: $id) { blockedPartners { id } } }`, { id: publicOne.globalId }, null);
    expect(anonymous.data!.organization).toEqual({ blockedPartners: null });

    const lifted = await mutation('unblockPartner', 'PartnerBlockInput', 'organization { blockedPartners { id } }', input, owner);
    expect(lifted.organization.blockedPartners).toEqual([]);
    expect(codes(await mutation('unblockPartner', 'PartnerBlockInput', 'organization { id }', input, owner))).toEqual(['NOT_BLOCKED']);
    const audit = await q(`SELECT action, details FROM audit_entry WHERE subject_type = 'Organization' AND subject_id = $1 ORDER BY id`, [organization.id]);
    expect(audit).toEqual([
      { action: 'organization.partner_blocked', details: { blockedOrganizationId: blocked.id } },
      { action: 'organization.partner_unblocked', details: { blockedOrganizationId: blocked.id } },
    ]);
  });
});

describe('expressions of interest', () => {
  const INTEREST = 'interest { message slots { id } organization { id } project { id } } project { id }';

  it('an approved organisation’s team member puts it forward for an OPEN project; its planner and admins read the interests', async () => {
    const organization = await createTestOrganization(api.dataSource, { visibility: ProfileVisibility.PUBLIC });
    const member = await createTestAccount(api.dataSource, AccountRole.MEMBER, organization.id, TeamRole.MEMBER);
    const slots = [
      { role: 'LEAD', domain: 'mobility', technologies: ['ai'], minLevel: 2, weight: 3 },
      { role: 'OPERATOR', domain: 'water', technologies: [], minLevel: 1, weight: 2 },
    ];
    const { project } = await ok(api, 'createProject', projectInput(slots), planner);
    const draft = await mutation('expressInterest', 'ExpressInterestInput', INTEREST, { projectId: project.id, slotIds: [], message: '' }, member);
    expect(codes(draft)).toEqual(['NOT_FOUND']);
    await ok(api, 'openProject', { projectId: project.id }, planner);

    const first = await mutation(
      'expressInterest',
      'ExpressInterestInput',
      INTEREST,
      { projectId: project.id, slotIds: [project.slots[1].id], message: '운영을 맡고 싶습니다.' },
      member,
    );
    expect(first.userErrors).toEqual([]);
    expect(first.interest).toEqual({
      message: '운영을 맡고 싶습니다.',
      slots: [{ id: project.slots[1].id }],
      organization: { id: organization.globalId },
      project: { id: project.id },
    });
    // Expressing again replaces the slots and message: one interest per organisation and project.
    const again = await mutation(
      'expressInterest',
      'ExpressInterestInput',
      INTEREST,
      { projectId: project.id, slotIds: project.slots.map((s: any) => s.id), message: 'Both.' },
      member,
    );
    expect(again.interest.slots).toEqual(project.slots.map((s: any) => ({ id: s.id })));

    const interests = (viewer: Viewer | null) =>
      api
        .query(`query($id: ID!) { project(id: $id) { interests { message organization { id } } } }`, { id: project.id }, viewer)
        .then((r) => r.data!.project.interests);
    expect(await interests(planner)).toEqual([{ message: 'Both.', organization: { id: organization.globalId } }]);
    expect(await interests(admin)).toEqual([{ message: 'Both.', organization: { id: organization.globalId } }]);
    expect(await interests(otherPlanner)).toBeNull();
    expect(await interests(member)).toBeNull();
    expect(await interests(null)).toBeNull();

    const withdrawn = await mutation('withdrawInterest', 'WithdrawInterestInput', INTEREST, { projectId: project.id }, member);
    expect(withdrawn).toMatchObject({ interest: null, project: { id: project.id }, userErrors: [] });
    expect(await interests(planner)).toEqual([]);
    expect(codes(await mutation('withdrawInterest', 'WithdrawInterestInput', INTEREST, { projectId: project.id }, member))).toEqual(['NOT_INTERESTED']);
    const audit = await q(`SELECT action FROM audit_entry WHERE subject_type = 'Project' AND subject_id = $1 AND action LIKE 'project.interest%' ORDER BY id`, [
      Number(Buffer.from(project.id, 'base64url').toString().split(':')[1]),
    ]);
    expect(audit.map((a: any) => a.action)).toEqual(['project.interest_expressed', 'project.interest_expressed', 'project.interest_withdrawn']);
  });

  it('refuses a slot of another project, a project that is not OPEN and an organisation that is not APPROVED, writing nothing', async () => {
    const approved = await createTestOrganization(api.dataSource);
    const applied = await createTestOrganization(api.dataSource, { status: MembershipStatus.APPLIED });
    const member = await createTestAccount(api.dataSource, AccountRole.MEMBER, approved.id, TeamRole.OWNER);
    const applicant = await createTestAccount(api.dataSource, AccountRole.MEMBER, applied.id, TeamRole.OWNER);
    const { project } = await ok(api, 'createProject', projectInput(), planner);
    const { project: other } = await ok(api, 'createProject', projectInput(), planner);
    await ok(api, 'openProject', { projectId: project.id }, planner);
    const count = async () => (await q('SELECT count(*)::int AS n FROM project_interest'))[0].n;
    const before = await count();

    const stray = await mutation(
      'expressInterest',
      'ExpressInterestInput',
      INTEREST,
      { projectId: project.id, slotIds: [other.slots[0].id], message: '' },
      member,
    );
    expect(stray.userErrors).toEqual([expect.objectContaining({ code: 'SLOT_NOT_IN_PROJECT', field: ['input', 'slotIds', '0'] })]);
    expect(codes(await mutation('expressInterest', 'ExpressInterestInput', INTEREST, { projectId: project.id, slotIds: [], message: '' }, applicant))).toEqual([
      'ORGANIZATION_NOT_APPROVED',
    ]);
    await ok(api, 'closeProject', { projectId: project.id }, planner);
    expect(codes(await mutation('expressInterest', 'ExpressInterestInput', INTEREST, { projectId: project.id, slotIds: [], message: '' }, member))).toEqual([
      'PROJECT_NOT_OPEN',
    ]);
    expect(await count()).toBe(before);
  });
});
