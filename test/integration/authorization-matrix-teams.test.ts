// Every mutation of organisation teams and account administration (issue 13), run as each kind of
// caller: the allowed ones succeed, the others are refused with UNAUTHENTICATED or FORBIDDEN (or,
// for an owner naming an account outside its own team, NOT_FOUND, exactly as for an unknown id),
// and on every refusal the affected rows read back unchanged.
import { toGlobalId } from '../../src/graphql/global-id';
import type { Viewer } from '../../src/modules/accounts/tokens';
import { MembershipStatus } from '../../src/modules/organizations/organization.enums';
import { AccountRole, createTestAccount, TeamRole } from '../support/accounts';
import { createTestApi, type TestApi } from '../support/api';
import { createTestOrganization, removeTestOrganizations } from '../support/organizations';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await removeTestOrganizations(api.dataSource);
  await api.close();
});

const ROLES = ['anonymous', 'member', 'owner', 'otherOwner', 'planner', 'admin'] as const;
type Role = (typeof ROLES)[number];
/** NOT_FOUND is a userError; the others are top-level errors. */
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

interface World {
  viewers: Record<Role, Viewer | null>;
  organization: { id: number; globalId: string };
  /** A team MEMBER of the organisation the owners act on. */
  colleague: { id: number };
  /** A MEMBER account on no team, for updateAccount. */
  loner: { id: number };
  /** Every account of the world, for the state read-back. */
  accountIds: number[];
}

/**
 * A fresh world per case: an APPROVED organisation with two owners (so one of them may leave),
 * a member and a colleague; another organisation's owner; a planner, an admin, an account on no team.
 */
async function world(): Promise<World> {
  const organization = await createTestOrganization(api.dataSource, { status: MembershipStatus.APPROVED });
  const other = await createTestOrganization(api.dataSource, { status: MembershipStatus.APPROVED });
  const member = (orgId: number | null, teamRole: TeamRole | null) => createTestAccount(api.dataSource, AccountRole.MEMBER, orgId, teamRole);
  const viewers = {
    anonymous: null,
    member: await member(organization.id, TeamRole.MEMBER),
    owner: await member(organization.id, TeamRole.OWNER),
    otherOwner: await member(other.id, TeamRole.OWNER),
    planner: await createTestAccount(api.dataSource, AccountRole.PLANNER),
    admin: await createTestAccount(api.dataSource, AccountRole.ADMIN),
  };
  const coOwner = await member(organization.id, TeamRole.OWNER);
  const colleague = await member(organization.id, TeamRole.MEMBER);
  const loner = await member(null, null);
  const accountIds = [...Object.values(viewers).flatMap((v) => (v ? [v.accountId] : [])), coOwner.id, colleague.id, loner.id];
  return { viewers, organization, colleague, loner, accountIds };
}

const q = (sql: string, params: unknown[]) => api.dataSource.query(sql, params);

/** Every account of the world as stored, and the audit entries of its organisation and accounts. */
const worldState = (w: World) => async () => ({
  accounts: await q(
    'SELECT id, role, organization_id, team_role, disabled_at, token_generation, version, updated_at FROM account WHERE id = ANY($1) ORDER BY id',
    [w.accountIds],
  ),
  audit: await q(
    "SELECT count(*)::int AS n FROM audit_entry WHERE (subject_type = 'Organization' AND subject_id = $1) OR (subject_type = 'Account' AND subject_id = ANY($2))",
    [w.organization.id, w.accountIds],
  ),
});

const accountId = (a: { id: number }) => toGlobalId('Account', a.id);

const OWNER_OR_ADMIN: Record<Role, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  member: 'FORBIDDEN',
  owner: 'ok',
  otherOwner: 'NOT_FOUND',
  planner: 'FORBIDDEN',
  admin: 'ok',
};

const CASES: { mutation: string; outcomes: Record<Role, Outcome>; prepare: (w: World) => { document: string; variables: Record<string, unknown> } }[] = [
  {
    mutation: 'updateTeamMember',
    outcomes: OWNER_OR_ADMIN,
    prepare: (w) => ({
      document: 'mutation($input: UpdateTeamMemberInput!) { updateTeamMember(input: $input) { account { teamRole } userErrors { code } } }',
      variables: { input: { accountId: accountId(w.colleague), teamRole: 'OWNER' } },
    }),
  },
  {
    mutation: 'transferOwnership',
    outcomes: { anonymous: 'UNAUTHENTICATED', member: 'FORBIDDEN', owner: 'ok', otherOwner: 'FORBIDDEN', planner: 'FORBIDDEN', admin: 'FORBIDDEN' },
    prepare: (w) => ({
      document: 'mutation($input: TransferOwnershipInput!) { transferOwnership(input: $input) { account { teamRole } userErrors { code } } }',
      variables: { input: { organizationId: w.organization.globalId, accountId: accountId(w.colleague) } },
    }),
  },
  {
    mutation: 'removeTeamMember',
    outcomes: OWNER_OR_ADMIN,
    prepare: (w) => ({
      document: 'mutation($input: RemoveTeamMemberInput!) { removeTeamMember(input: $input) { account { teamRole } userErrors { code } } }',
      variables: { input: { accountId: accountId(w.colleague) } },
    }),
  },
  {
    mutation: 'leaveOrganization',
    outcomes: { anonymous: 'UNAUTHENTICATED', member: 'ok', owner: 'ok', otherOwner: 'FORBIDDEN', planner: 'FORBIDDEN', admin: 'FORBIDDEN' },
    prepare: (w) => ({
      document: 'mutation($input: LeaveOrganizationInput!) { leaveOrganization(input: $input) { account { teamRole } userErrors { code } } }',
      variables: { input: { organizationId: w.organization.globalId } },
    }),
  },
  {
    mutation: 'updateAccount',
    outcomes: { anonymous: 'UNAUTHENTICATED', member: 'FORBIDDEN', owner: 'FORBIDDEN', otherOwner: 'FORBIDDEN', planner: 'FORBIDDEN', admin: 'ok' },
    prepare: (w) => ({
      document: 'mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { account { role disabled } userErrors { code } } }',
      variables: { input: { accountId: accountId(w.loner), role: 'PLANNER', disabled: true } },
    }),
  },
];

const MUTATIONS = ['updateTeamMember', 'transferOwnership', 'removeTeamMember', 'leaveOrganization', 'updateAccount'];

it('covers every mutation of teams and account administration', async () => {
  const result = await api.query('{ __schema { mutationType { fields { name } } } }');
  const names = result.data!.__schema.mutationType.fields.map((f: any) => f.name);
  for (const name of MUTATIONS) expect(names).toContain(name);
  expect(CASES.map((c) => c.mutation).sort()).toEqual([...MUTATIONS].sort());
});

describe.each(CASES.map((c) => [c.mutation, c] as const))('%s', (_name, testCase) => {
  it.each(ROLES.map((role) => [role, testCase.outcomes[role]] as const))('as %s: %s', async (role, outcome) => {
    const w = await world();
    const prepared = testCase.prepare(w);
    const state = worldState(w);
    const before = await state();
    const result = await api.query(prepared.document, prepared.variables, w.viewers[role]);
    const payload = result.data?.[testCase.mutation] ?? null;
    if (outcome === 'ok') {
      expect(result.errors).toBeUndefined();
      expect(payload.userErrors).toEqual([]);
      const after = await state();
      expect(after.accounts).not.toEqual(before.accounts);
      expect(after.audit[0].n).toBeGreaterThan(before.audit[0].n);
      return;
    }
    if (outcome === 'NOT_FOUND') {
      expect(result.errors).toBeUndefined();
      expect(payload.userErrors.map((e: any) => e.code)).toEqual([outcome]);
    } else {
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual([outcome]);
      expect(payload).toBeNull();
    }
    expect(await state()).toEqual(before);
  });
});
