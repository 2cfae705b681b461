// The password mutations run as each kind of caller. changePassword is for any signed-in account
// (its own password only: there is no account argument to aim it at someone else); asking for a
// reset link and resetting with one need no sign-in (the mailed token is the proof). Anonymous
// changePassword is refused with UNAUTHENTICATED and nothing is written.
import { createHash, randomBytes } from 'node:crypto';
import type { Viewer } from '../../src/modules/accounts/tokens';
import { MembershipStatus } from '../../src/modules/organizations/organization.enums';
import { AccountRole, createTestAccount, TEST_PASSWORD, TeamRole } from '../support/accounts';
import { createTestApi, type TestApi } from '../support/api';
import { createTestOrganization, removeTestOrganizations } from '../support/organizations';
import { startTestSmtpServer, type TestSmtpServer } from '../support/smtp';

let api: TestApi;
let smtp: TestSmtpServer;
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
type Outcome = 'ok' | 'UNAUTHENTICATED';
type TestAccount = Viewer & { email: string; id: number };

interface World {
  accounts: Record<Exclude<Role, 'anonymous'>, TestAccount>;
}

/** A fresh world per case: an organisation with a MEMBER and an OWNER, the OWNER of another one, a planner, an admin. */
async function world(): Promise<World> {
  const own = await createTestOrganization(api.dataSource, { status: MembershipStatus.APPROVED });
  const other = await createTestOrganization(api.dataSource, { status: MembershipStatus.APPROVED });
  return {
    accounts: {
      member: await createTestAccount(api.dataSource, AccountRole.MEMBER, own.id, TeamRole.MEMBER),
      owner: await createTestAccount(api.dataSource, AccountRole.MEMBER, own.id, TeamRole.OWNER),
      otherOwner: await createTestAccount(api.dataSource, AccountRole.MEMBER, other.id, TeamRole.OWNER),
      planner: await createTestAccount(api.dataSource, AccountRole.PLANNER),
      admin: await createTestAccount(api.dataSource, AccountRole.ADMIN),
    },
  };
}

const q = (sql: string, params: unknown[]) => api.dataSource.query(sql, params);

/** Everything a password mutation may write for an account: its row, its reset links, its audit entries. */
const accountState = (id: number) => async () => ({
  account: await q('SELECT password_hash, token_generation, version FROM account WHERE id = $1', [id]),
  resets: await q('SELECT id, used_at FROM password_reset WHERE account_id = $1 ORDER BY id', [id]),
  audit: await q("SELECT count(*)::int AS n FROM audit_entry WHERE subject_type = 'Account' AND subject_id = $1", [id]),
});

let lastIp = 0;
const freshIp = () => {
  lastIp += 1;
  return `10.113.${Math.floor(lastIp / 250)}.${(lastIp % 250) + 1}`;
};

interface Prepared {
  document: string;
  variables: Record<string, unknown>;
  state: () => Promise<unknown>;
}

const CASES: { mutation: string; outcomes: Record<Role, Outcome>; prepare: (w: World, role: Role) => Promise<Prepared> }[] = [
  {
    mutation: 'changePassword',
    outcomes: { anonymous: 'UNAUTHENTICATED', member: 'ok', owner: 'ok', otherOwner: 'ok', planner: 'ok', admin: 'ok' },
    // The caller's own account; anonymous callers are checked against the member's, which they must not touch.
    prepare: async (w, role) => ({
      document: 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { token account { email } userErrors { code } } }',
      variables: { input: { currentPassword: TEST_PASSWORD, newPassword: 'matrix new passphrase' } },
      state: accountState(w.accounts[role === 'anonymous' ? 'member' : role].id),
    }),
  },
  {
    mutation: 'requestPasswordReset',
    outcomes: { anonymous: 'ok', member: 'ok', owner: 'ok', otherOwner: 'ok', planner: 'ok', admin: 'ok' },
    // Anyone may ask for a link to anyone's address: only the mailbox's holder can use it.
    prepare: async (w) => ({
      document: 'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { message userErrors { code } } }',
      variables: { input: { email: w.accounts.owner.email } },
      state: accountState(w.accounts.owner.id),
    }),
  },
  {
    mutation: 'resetPassword',
    outcomes: { anonymous: 'ok', member: 'ok', owner: 'ok', otherOwner: 'ok', planner: 'ok', admin: 'ok' },
    // Whoever holds the token may use it, signed in as anyone or not at all.
    prepare: async (w) => {
      const token = randomBytes(32).toString('base64url');
      await q("INSERT INTO password_reset (account_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '30 minutes')", [
        w.accounts.owner.id,
        createHash('sha256').update(token).digest('hex'),
      ]);
      return {
        document: 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { token account { email } userErrors { code } } }',
        variables: { input: { token, newPassword: 'matrix new passphrase' } },
        state: accountState(w.accounts.owner.id),
      };
    },
  },
];

it('covers every password mutation of the schema', async () => {
  const result = await api.query('{ __schema { mutationType { fields { name } } } }');
  const names: string[] = result.data!.__schema.mutationType.fields.map((f: { name: string }) => f.name);
  const passwordMutations = names.filter((name) => /password/i.test(name)).sort();
  expect(CASES.map((c) => c.mutation).sort()).toEqual(passwordMutations);
});

describe.each(CASES.map((c) => [c.mutation, c] as const))('%s', (_name, testCase) => {
  it.each(ROLES.map((role) => [role, testCase.outcomes[role]] as const))('as %s: %s', async (role, outcome) => {
    const w = await world();
    const prepared = await testCase.prepare(w, role);
    const before = await prepared.state();
    const viewer = role === 'anonymous' ? null : w.accounts[role];
    const result = await api.query(prepared.document, prepared.variables, viewer, { clientIp: freshIp() });
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
