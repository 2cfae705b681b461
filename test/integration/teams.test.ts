// Organisation teams (issue 13, docs/workflows.md "Teams"): who sees Organization.team, promoting
// and demoting, handing ownership over, removing and leaving; the organisation always keeps an
// enabled owner (LAST_OWNER on every path, two last owners leaving at once included); a removed
// member loses the organisation with its very next request.
import { toGlobalId } from '../../src/graphql/global-id';
import type { Viewer } from '../../src/modules/accounts/tokens';
import { MembershipStatus, ProfileVisibility } from '../../src/modules/organizations/organization.enums';
import { AccountRole, createTestAccount, TeamRole, TEST_PASSWORD } from '../support/accounts';
import { createTestApi, type TestApi } from '../support/api';
import { createTestOrganization, removeTestOrganizations } from '../support/organizations';

type TestAccount = Awaited<ReturnType<typeof createTestAccount>>;

let api: TestApi;
let admin: TestAccount;
let planner: TestAccount;
beforeAll(async () => {
  api = await createTestApi();
  admin = await createTestAccount(api.dataSource, AccountRole.ADMIN);
  planner = await createTestAccount(api.dataSource, AccountRole.PLANNER);
});
afterAll(async () => {
  await removeTestOrganizations(api.dataSource);
  await api.close();
});

const accountId = (a: { id: number }) => toGlobalId('Account', a.id);

/** An APPROVED organisation with `owners` owners and `members` members. */
async function team(owners = 1, members = 1, visibility: ProfileVisibility = ProfileVisibility.PRIVATE) {
  const organization = await createTestOrganization(api.dataSource, { status: MembershipStatus.APPROVED, visibility });
  const make = (role: TeamRole) => createTestAccount(api.dataSource, AccountRole.MEMBER, organization.id, role);
  const ownerAccounts: TestAccount[] = [];
  const memberAccounts: TestAccount[] = [];
  for (let i = 0; i < owners; i++) ownerAccounts.push(await make(TeamRole.OWNER));
  for (let i = 0; i < members; i++) memberAccounts.push(await make(TeamRole.MEMBER));
  return { organization, owners: ownerAccounts, members: memberAccounts };
}

/** Team roles as stored, by account id. */
async function stored(...accounts: { id: number }[]) {
  const rows: { id: number; organization_id: number | null; team_role: string | null }[] = await api.dataSource.query(
    'SELECT id, organization_id, team_role FROM account WHERE id = ANY($1) ORDER BY id',
    [accounts.map((a) => a.id)],
  );
  return rows;
}

const auditActions = async (organizationId: number): Promise<string[]> =>
  (
    await api.dataSource.query("SELECT action FROM audit_entry WHERE subject_type = 'Organization' AND subject_id = $1 AND action LIKE 'team.%' ORDER BY id", [
      organizationId,
    ])
  ).map((r: { action: string }) => r.action);

const TEAM = 'query($id: ID!) { organization(id: $id) { id team { teamRole account { id email teamRole } } } }';
const UPDATE =
  'mutation($input: UpdateTeamMemberInput!) { updateTeamMember(input: $input) { account { id teamRole } organization { team { teamRole account { id } } } userErrors { code field message } } }';
const TRANSFER =
  'mutation($input: TransferOwnershipInput!) { transferOwnership(input: $input) { account { id teamRole } organization { id } userErrors { code field message } } }';
const REMOVE =
  'mutation($input: RemoveTeamMemberInput!) { removeTeamMember(input: $input) { account { id teamRole organization { id } } userErrors { code field message } } }';
const LEAVE =
  'mutation($input: LeaveOrganizationInput!) { leaveOrganization(input: $input) { account { id teamRole organization { id } } userErrors { code field message } } }';

describe('Organization.team', () => {
  it('is shown to the organisation’s own owners and members and to admins, null for everyone else', async () => {
    const { organization, owners, members } = await team(1, 1, ProfileVisibility.PUBLIC);
    const other = await team(1, 0, ProfileVisibility.PUBLIC);
    const member = members[0]!;
    const owner = owners[0]!;
    for (const viewer of [owner, member, admin] as Viewer[]) {
      const result = await api.query(TEAM, { id: organization.globalId }, viewer);
      expect(result.errors).toBeUndefined();
      expect(result.data!.organization.team).toEqual([
        { teamRole: 'OWNER', account: { id: accountId(owner), email: owner.email, teamRole: 'OWNER' } },
        { teamRole: 'MEMBER', account: { id: accountId(member), email: member.email, teamRole: 'MEMBER' } },
      ]);
    }
    for (const viewer of [null, other.owners[0]!, planner] as (Viewer | null)[]) {
      const result = await api.query(TEAM, { id: organization.globalId }, viewer);
      expect(result.errors).toBeUndefined();
      expect(result.data!.organization).toEqual({ id: organization.globalId, team: null });
    }
  });

  it('Account.teamRole is the standing in its team, null without organisation', async () => {
    const { owners } = await team(1, 0);
    const me = '{ me { teamRole } }';
    expect((await api.query(me, {}, owners[0]!)).data!.me.teamRole).toBe('OWNER');
    expect((await api.query(me, {}, planner)).data!.me.teamRole).toBeNull();
  });

  it('costs one statement for the teams of a whole page of organisations', async () => {
    const a = await team(1, 2);
    const b = await team(2, 1);
    const query = 'query($a: ID!, $b: ID!) { a: organization(id: $a) { team { account { email } } } b: organization(id: $b) { team { account { email } } } }';
    api.counter.statements = [];
    const result = await api.query(query, { a: a.organization.globalId, b: b.organization.globalId }, admin);
    expect(result.data!.a.team).toHaveLength(3);
    expect(result.data!.b.team).toHaveLength(3);
    expect(api.counter.statements.filter((s) => /FROM "account"/.test(s))).toHaveLength(1);
  });
});

describe('updateTeamMember', () => {
  it('lets an owner promote a member and demote it again, each change audited', async () => {
    const { organization, owners, members } = await team(1, 1);
    const [owner, member] = [owners[0]!, members[0]!];
    const promoted = await api.query(UPDATE, { input: { accountId: accountId(member), teamRole: 'OWNER' } }, owner);
    expect(promoted.errors).toBeUndefined();
    expect(promoted.data!.updateTeamMember.userErrors).toEqual([]);
    expect(promoted.data!.updateTeamMember.account).toEqual({ id: accountId(member), teamRole: 'OWNER' });
    expect(promoted.data!.updateTeamMember.organization.team.map((m: any) => m.teamRole)).toEqual(['OWNER', 'OWNER']);
    const demoted = await api.query(UPDATE, { input: { accountId: accountId(member), teamRole: 'MEMBER' } }, owner);
    expect(demoted.data!.updateTeamMember.account).toEqual({ id: accountId(member), teamRole: 'MEMBER' });
    expect(await auditActions(organization.id)).toEqual(['team.member_promoted', 'team.member_demoted']);
  });

  it('lets an owner demote itself while another owner stays, but not the last owner (LAST_OWNER, nothing written)', async () => {
    const { organization, owners, members } = await team(2, 1);
    const [first, second] = owners as [TestAccount, TestAccount];
    const ok = await api.query(UPDATE, { input: { accountId: accountId(first), teamRole: 'MEMBER' } }, first);
    expect(ok.data!.updateTeamMember.userErrors).toEqual([]);
    const before = await stored(first, second, members[0]!);
    // The last owner, demoted by itself or by an admin.
    for (const viewer of [second, admin]) {
      const refused = await api.query(UPDATE, { input: { accountId: accountId(second), teamRole: 'MEMBER' } }, viewer);
      expect(refused.errors).toBeUndefined();
      expect(refused.data!.updateTeamMember).toMatchObject({ account: null, organization: null });
      expect(refused.data!.updateTeamMember.userErrors).toEqual([{ code: 'LAST_OWNER', field: ['input', 'accountId'], message: expect.any(String) }]);
    }
    expect(await stored(first, second, members[0]!)).toEqual(before);
    expect(await auditActions(organization.id)).toEqual(['team.member_demoted']);
  });

  it('lets an admin promote anyone on a team; an account on no team is NOT_A_TEAM_MEMBER', async () => {
    const { members } = await team(1, 1);
    const promoted = await api.query(UPDATE, { input: { accountId: accountId(members[0]!), teamRole: 'OWNER' } }, admin);
    expect(promoted.data!.updateTeamMember.account.teamRole).toBe('OWNER');
    const loner = await createTestAccount(api.dataSource, AccountRole.MEMBER);
    const refused = await api.query(UPDATE, { input: { accountId: accountId(loner), teamRole: 'OWNER' } }, admin);
    expect(refused.data!.updateTeamMember.userErrors.map((e: any) => e.code)).toEqual(['NOT_A_TEAM_MEMBER']);
  });

  it('answers an owner naming an account outside its team exactly as an unknown id (NOT_FOUND)', async () => {
    const mine = await team(1, 0);
    const theirs = await team(1, 1);
    const outside = await api.query(UPDATE, { input: { accountId: accountId(theirs.members[0]!), teamRole: 'OWNER' } }, mine.owners[0]!);
    const unknown = await api.query(UPDATE, { input: { accountId: toGlobalId('Account', 2_000_000_000), teamRole: 'OWNER' } }, mine.owners[0]!);
    expect(outside.data!.updateTeamMember.userErrors).toEqual(unknown.data!.updateTeamMember.userErrors);
    expect(outside.data!.updateTeamMember.userErrors.map((e: any) => e.code)).toEqual(['NOT_FOUND']);
    expect((await stored(theirs.members[0]!))[0]!.team_role).toBe('MEMBER');
  });

  it('refuses a team MEMBER (FORBIDDEN) and answers a malformed id as BAD_USER_INPUT', async () => {
    const { owners, members } = await team(1, 1);
    const forbidden = await api.query(UPDATE, { input: { accountId: accountId(owners[0]!), teamRole: 'MEMBER' } }, members[0]!);
    expect(forbidden.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const malformed = await api.query(UPDATE, { input: { accountId: 'nonsense', teamRole: 'MEMBER' } }, owners[0]!);
    expect(malformed.data!.updateTeamMember.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'accountId'], message: expect.any(String) }]);
  });
});

describe('transferOwnership', () => {
  it('makes the colleague OWNER and the caller MEMBER; the former owner then manages nothing', async () => {
    const { organization, owners, members } = await team(1, 1);
    const [owner, member] = [owners[0]!, members[0]!];
    const result = await api.query(TRANSFER, { input: { organizationId: organization.globalId, accountId: accountId(member) } }, owner);
    expect(result.errors).toBeUndefined();
    expect(result.data!.transferOwnership).toEqual({
      account: { id: accountId(member), teamRole: 'OWNER' },
      organization: { id: organization.globalId },
      userErrors: [],
    });
    expect(await stored(owner, member)).toEqual([
      { id: owner.id, organization_id: organization.id, team_role: 'MEMBER' },
      { id: member.id, organization_id: organization.id, team_role: 'OWNER' },
    ]);
    expect(await auditActions(organization.id)).toEqual(['team.ownership_transferred']);
    const again = await api.query(TRANSFER, { input: { organizationId: organization.globalId, accountId: accountId(member) } }, owner);
    expect(again.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('refuses an account outside the team (NOT_FOUND), the caller itself (BAD_USER_INPUT) and an admin (FORBIDDEN), writing nothing', async () => {
    const { organization, owners, members } = await team(1, 1);
    const other = await team(1, 1);
    const owner = owners[0]!;
    const before = await stored(owner, members[0]!, other.members[0]!);
    const outside = await api.query(TRANSFER, { input: { organizationId: organization.globalId, accountId: accountId(other.members[0]!) } }, owner);
    expect(outside.data!.transferOwnership.userErrors.map((e: any) => e.code)).toEqual(['NOT_FOUND']);
    const self = await api.query(TRANSFER, { input: { organizationId: organization.globalId, accountId: accountId(owner) } }, owner);
    expect(self.data!.transferOwnership.userErrors.map((e: any) => e.code)).toEqual(['BAD_USER_INPUT']);
    const byAdmin = await api.query(TRANSFER, { input: { organizationId: organization.globalId, accountId: accountId(members[0]!) } }, admin);
    expect(byAdmin.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(await stored(owner, members[0]!, other.members[0]!)).toEqual(before);
    expect(await auditActions(organization.id)).toEqual([]);
  });
});

describe('removeTeamMember', () => {
  it('takes the account off the team; it stays a MEMBER without organisation', async () => {
    const { organization, owners, members } = await team(1, 1);
    const result = await api.query(REMOVE, { input: { accountId: accountId(members[0]!) } }, owners[0]!);
    expect(result.errors).toBeUndefined();
    expect(result.data!.removeTeamMember).toEqual({ account: { id: accountId(members[0]!), teamRole: null, organization: null }, userErrors: [] });
    expect(await stored(members[0]!)).toEqual([{ id: members[0]!.id, organization_id: null, team_role: null }]);
    const [{ role }] = await api.dataSource.query('SELECT role FROM account WHERE id = $1', [members[0]!.id]);
    expect(role).toBe('MEMBER');
    expect(await auditActions(organization.id)).toEqual(['team.member_removed']);
  });

  it('refuses to remove the last owner (LAST_OWNER), by itself or by an admin, and writes nothing', async () => {
    const { organization, owners, members } = await team(1, 1);
    const before = await stored(owners[0]!, members[0]!);
    for (const viewer of [owners[0]!, admin]) {
      const refused = await api.query(REMOVE, { input: { accountId: accountId(owners[0]!) } }, viewer);
      expect(refused.data!.removeTeamMember.userErrors.map((e: any) => e.code)).toEqual(['LAST_OWNER']);
    }
    expect(await stored(owners[0]!, members[0]!)).toEqual(before);
    expect(await auditActions(organization.id)).toEqual([]);
  });

  it('counts only enabled owners: a disabled co-owner does not keep the organisation owned', async () => {
    const { owners } = await team(2, 0);
    await api.dataSource.query('UPDATE account SET disabled_at = now() WHERE id = $1', [owners[1]!.id]);
    const refused = await api.query(REMOVE, { input: { accountId: accountId(owners[0]!) } }, admin);
    expect(refused.data!.removeTeamMember.userErrors.map((e: any) => e.code)).toEqual(['LAST_OWNER']);
  });

  it('takes the organisation away from the removed member at once: its next request may not act for it', async () => {
    const { organization, owners, members } = await team(1, 1);
    const member = members[0]!;
    const signIn = await api.query('mutation($input: SignInInput!) { signIn(input: $input) { token } }', {
      input: { email: member.email, password: TEST_PASSWORD },
    });
    const token: string = signIn.data!.signIn.token;
    const version = async () => (await api.dataSource.query('SELECT version FROM organization WHERE id = $1', [organization.id]))[0].version as number;
    const edit = async (nameEn: string) =>
      api.queryWithToken(
        `mutation { updateOrganization(input: { organizationId: "${organization.globalId}", version: ${await version()}, nameEn: "${nameEn}" }) { organization { nameEn } userErrors { code } } }`,
        token,
      );
    const teamQuery = `{ organization(id: "${organization.globalId}") { team { teamRole } } me { teamRole organization { id } } }`;

    expect((await edit('Before removal')).data!.updateOrganization.organization.nameEn).toBe('Before removal');
    expect((await api.queryWithToken(teamQuery, token)).data!.organization.team).toHaveLength(2);

    const removed = await api.query(REMOVE, { input: { accountId: accountId(member) } }, owners[0]!);
    expect(removed.data!.removeTeamMember.userErrors).toEqual([]);

    const refused = await edit('After removal');
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const after = await api.queryWithToken(teamQuery, token);
    // A PRIVATE organisation is no longer visible at all, so neither is its team.
    expect(after.data).toEqual({ organization: null, me: { teamRole: null, organization: null } });
    const [{ name_en }] = await api.dataSource.query('SELECT name_en FROM organization WHERE id = $1', [organization.id]);
    expect(name_en).toBe('Before removal');
  });
});

describe('leaveOrganization', () => {
  it('lets a member leave, and an owner while another owner stays', async () => {
    const { organization, owners, members } = await team(2, 1);
    const left = await api.query(LEAVE, { input: { organizationId: organization.globalId } }, members[0]!);
    expect(left.errors).toBeUndefined();
    expect(left.data!.leaveOrganization).toEqual({ account: { id: accountId(members[0]!), teamRole: null, organization: null }, userErrors: [] });
    const ownerLeft = await api.query(LEAVE, { input: { organizationId: organization.globalId } }, owners[0]!);
    expect(ownerLeft.data!.leaveOrganization.userErrors).toEqual([]);
    expect(await stored(...owners, members[0]!)).toEqual([
      { id: owners[0]!.id, organization_id: null, team_role: null },
      { id: owners[1]!.id, organization_id: organization.id, team_role: 'OWNER' },
      { id: members[0]!.id, organization_id: null, team_role: null },
    ]);
    expect(await auditActions(organization.id)).toEqual(['team.member_left', 'team.member_left']);
  });

  it('refuses the last owner (LAST_OWNER) and anyone not on the team (FORBIDDEN), writing nothing', async () => {
    const { organization, owners, members } = await team(1, 1);
    const other = await team(1, 0);
    const before = await stored(owners[0]!, members[0]!, other.owners[0]!);
    const last = await api.query(LEAVE, { input: { organizationId: organization.globalId } }, owners[0]!);
    expect(last.data!.leaveOrganization.userErrors).toEqual([{ code: 'LAST_OWNER', field: ['input', 'organizationId'], message: expect.any(String) }]);
    const stranger = await api.query(LEAVE, { input: { organizationId: organization.globalId } }, other.owners[0]!);
    expect(stranger.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(await stored(owners[0]!, members[0]!, other.owners[0]!)).toEqual(before);
    expect(await auditActions(organization.id)).toEqual([]);
  });

  it('two last owners leaving at the same moment: one leaves, the other gets LAST_OWNER, one owner stays', async () => {
    for (let round = 0; round < 5; round++) {
      const { organization, owners, members } = await team(2, 1);
      const results = await Promise.all(owners.map((owner) => api.query(LEAVE, { input: { organizationId: organization.globalId } }, owner)));
      const codes = results.map((r) => r.data!.leaveOrganization.userErrors.map((e: any) => e.code));
      expect(codes.sort()).toEqual([[], ['LAST_OWNER']]);
      const rows = await stored(...owners, members[0]!);
      expect(rows.filter((r) => r.team_role === 'OWNER' && r.organization_id === organization.id)).toHaveLength(1);
      expect(await auditActions(organization.id)).toEqual(['team.member_left']);
    }
  });

  it('an owner leaving while the other owner is demoted: the organisation still keeps one owner', async () => {
    for (let round = 0; round < 5; round++) {
      const { organization, owners } = await team(2, 1);
      const [leave, demote] = await Promise.all([
        api.query(LEAVE, { input: { organizationId: organization.globalId } }, owners[0]!),
        api.query(UPDATE, { input: { accountId: accountId(owners[1]!), teamRole: 'MEMBER' } }, admin),
      ]);
      const codes = [...leave.data!.leaveOrganization.userErrors, ...demote.data!.updateTeamMember.userErrors].map((e: any) => e.code);
      expect(codes).toEqual(['LAST_OWNER']);
      const [{ n }] = await api.dataSource.query("SELECT count(*)::int AS n FROM account WHERE organization_id = $1 AND team_role = 'OWNER'", [
        organization.id,
      ]);
      expect(n).toBe(1);
    }
  });
});
