// Every invitation mutation run as each kind of caller (issue 13): the allowed ones succeed, the
// others are refused with UNAUTHENTICATED or FORBIDDEN and nothing is written (no invitation, no
// account, no audit entry, no mail). "member" and "owner" are a team MEMBER and a team OWNER of the
// organisation concerned; "otherOwner" owns another organisation.
import { randomUUID } from 'node:crypto';
import type { Viewer } from '../../src/modules/accounts/tokens';
import { AccountRole, createTestAccount, TeamRole } from '../support/accounts';
import { createTestApi, type TestApi } from '../support/api';
import { createTestOrganization, removeTestOrganizations } from '../support/organizations';
import { startTestSmtpServer, type TestSmtpServer, tokenFromMail } from '../support/smtp';

let smtp: TestSmtpServer;
let api: TestApi;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
  api = await createTestApi({ smtpUrl: smtp.url });
});
afterAll(async () => {
  await removeTestOrganizations(api.dataSource);
  await api.close();
  await smtp.close();
});

const ROLES = ['anonymous', 'member', 'owner', 'otherOwner', 'planner', 'admin'] as const;
type Role = (typeof ROLES)[number];
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN';

interface World {
  viewers: Record<Role, Viewer | null>;
  /** The organisation concerned: it has the member and the owner. */
  own: { id: number; globalId: string };
  /** An organisation with no account at all: what a claim is for. */
  unclaimed: { id: number; globalId: string };
}

async function world(): Promise<World> {
  const own = await createTestOrganization(api.dataSource);
  const other = await createTestOrganization(api.dataSource);
  const unclaimed = await createTestOrganization(api.dataSource);
  return {
    own,
    unclaimed,
    viewers: {
      anonymous: null,
      member: await createTestAccount(api.dataSource, AccountRole.MEMBER, own.id, TeamRole.MEMBER),
      owner: await createTestAccount(api.dataSource, AccountRole.MEMBER, own.id, TeamRole.OWNER),
      otherOwner: await createTestAccount(api.dataSource, AccountRole.MEMBER, other.id, TeamRole.OWNER),
      planner: await createTestAccount(api.dataSource, AccountRole.PLANNER),
      admin: await createTestAccount(api.dataSource, AccountRole.ADMIN),
    },
  };
}

interface Prepared {
  document: string;
  variables: Record<string, unknown>;
  /** What the mutation would change, read straight from the database (and the test SMTP server). */
  state: () => Promise<unknown>;
}

const q = (sql: string, params: unknown[]) => api.dataSource.query(sql, params);
const newEmail = () => `matrix-${randomUUID()}@test.example`;

/** Everything an invitation mutation can write about one address. */
const addressState = (email: string) => async () => ({
  invitations: await q('SELECT id, kind, organization_id, accepted_at, revoked_at, account_id FROM invitation WHERE email = $1 ORDER BY id', [email]),
  accounts: await q('SELECT id, role, organization_id, team_role FROM account WHERE email = $1', [email]),
  audit: await q(
    "SELECT count(*)::int AS n FROM audit_entry WHERE subject_type = 'Invitation' AND subject_id IN (SELECT id FROM invitation WHERE email = $1)",
    [email],
  ),
  mails: smtp.to(email).length,
});

const INVITE = 'mutation($input: InviteAccountInput!) { inviteAccount(input: $input) { invitation { id kind } userErrors { code message } } }';

/** An invitation sent by an admin through the API; its id and the mailed token. */
async function sentInvitation(w: World, input: Record<string, unknown>): Promise<{ id: string; token: string; email: string }> {
  const email = newEmail();
  const result = await api.query(INVITE, { input: { email, ...input } }, w.viewers.admin);
  expect(result.data!.inviteAccount.userErrors).toEqual([]);
  const mail = await smtp.waitFor(email);
  return { id: result.data!.inviteAccount.invitation.id, token: tokenFromMail(mail), email };
}

const ADMIN_ONLY: Record<Role, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  member: 'FORBIDDEN',
  owner: 'FORBIDDEN',
  otherOwner: 'FORBIDDEN',
  planner: 'FORBIDDEN',
  admin: 'ok',
};
const OWNER_OR_ADMIN: Record<Role, Outcome> = { ...ADMIN_ONLY, owner: 'ok' };
const ANYONE: Record<Role, Outcome> = { anonymous: 'ok', member: 'ok', owner: 'ok', otherOwner: 'ok', planner: 'ok', admin: 'ok' };

const CASES: { name: string; mutation: string; outcomes: Record<Role, Outcome>; prepare: (w: World) => Promise<Prepared> }[] = [
  {
    name: 'inviteAccount (staff)',
    mutation: 'inviteAccount',
    outcomes: ADMIN_ONLY,
    prepare: async () => {
      const email = newEmail();
      return { document: INVITE, variables: { input: { email, role: 'PLANNER' } }, state: addressState(email) };
    },
  },
  {
    name: 'inviteAccount (team)',
    mutation: 'inviteAccount',
    outcomes: OWNER_OR_ADMIN,
    prepare: async (w) => {
      const email = newEmail();
      return { document: INVITE, variables: { input: { email, organizationId: w.own.globalId } }, state: addressState(email) };
    },
  },
  {
    name: 'inviteAccount (claim)',
    mutation: 'inviteAccount',
    outcomes: ADMIN_ONLY,
    prepare: async (w) => {
      const email = newEmail();
      return { document: INVITE, variables: { input: { email, organizationId: w.unclaimed.globalId } }, state: addressState(email) };
    },
  },
  {
    name: 'revokeInvitation (team)',
    mutation: 'revokeInvitation',
    outcomes: OWNER_OR_ADMIN,
    prepare: async (w) => {
      const { id, email } = await sentInvitation(w, { organizationId: w.own.globalId });
      return {
        document: 'mutation($input: RevokeInvitationInput!) { revokeInvitation(input: $input) { invitation { status } userErrors { code } } }',
        variables: { input: { invitationId: id } },
        state: addressState(email),
      };
    },
  },
  {
    name: 'revokeInvitation (staff)',
    mutation: 'revokeInvitation',
    outcomes: ADMIN_ONLY,
    prepare: async (w) => {
      const { id, email } = await sentInvitation(w, { role: 'PLANNER' });
      return {
        document: 'mutation($input: RevokeInvitationInput!) { revokeInvitation(input: $input) { invitation { status } userErrors { code } } }',
        variables: { input: { invitationId: id } },
        state: addressState(email),
      };
    },
  },
  {
    // The mailed token is the proof: whoever holds it accepts, signed in or not.
    name: 'acceptInvitation',
    mutation: 'acceptInvitation',
    outcomes: ANYONE,
    prepare: async (w) => {
      const { token, email } = await sentInvitation(w, { organizationId: w.own.globalId });
      return {
        document: 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token account { email } userErrors { code } } }',
        variables: { input: { token, password: 'matrix passphrase' } },
        state: addressState(email),
      };
    },
  },
];

const MUTATIONS = ['inviteAccount', 'acceptInvitation', 'revokeInvitation'];

it('covers every invitation mutation of the schema', async () => {
  const result = await api.query('{ __schema { mutationType { fields { name } } } }');
  const names = result.data!.__schema.mutationType.fields.map((f: { name: string }) => f.name);
  for (const name of MUTATIONS) expect(names).toContain(name);
  expect([...new Set(CASES.map((c) => c.mutation))].sort()).toEqual([...MUTATIONS].sort());
});

describe.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, testCase) => {
  it.each(ROLES.map((role) => [role, testCase.outcomes[role]] as const))('as %s: %s', async (role, outcome) => {
    const w = await world();
    const prepared = await testCase.prepare(w);
    const before = await prepared.state();
    const result = await api.query(prepared.document, prepared.variables, w.viewers[role]);
    const payload = result.data?.[testCase.mutation] ?? null;
    if (outcome === 'ok') {
      expect(result.errors).toBeUndefined();
      expect(payload.userErrors).toEqual([]);
      expect(await prepared.state()).not.toEqual(before);
      return;
    }
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual([outcome]);
    expect(payload).toBeNull();
    expect(await prepared.state()).toEqual(before);
  });
});
