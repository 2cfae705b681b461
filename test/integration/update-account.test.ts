// The steering committee's updateAccount (issue 13): role changes, disabling and re-enabling, each
// audited; a member on a team cannot become staff; the last enabled admin can be neither demoted
// nor disabled (LAST_ADMIN, also when two admins step down at once); a disabled account's older
// tokens fail on their next request, and re-enabling lets it sign in again.
import { randomUUID } from 'node:crypto';
import { createDataSource } from '../../src/db/data-source';
import { toGlobalId } from '../../src/graphql/global-id';
import { entities } from '../../src/modules';
import { MembershipStatus } from '../../src/modules/organizations/organization.enums';
import { AccountRole, createTestAccount, TeamRole, TEST_PASSWORD } from '../support/accounts';
import { createTestApi, type TestApi } from '../support/api';
import { createTestOrganization, removeTestOrganizations } from '../support/organizations';
import { testDatabaseUrl } from '../support/test-env';

const UPDATE =
  'mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { account { id role disabled teamRole } userErrors { code field message } } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token userErrors { code } } }';
const accountId = (a: { id: number }) => toGlobalId('Account', a.id);

async function accountRow(api: TestApi, id: number) {
  const [row] = await api.dataSource.query('SELECT role, disabled_at IS NOT NULL AS disabled, token_generation, version FROM account WHERE id = $1', [id]);
  return row as { role: string; disabled: boolean; token_generation: number; version: number };
}

async function auditActions(api: TestApi, id: number): Promise<{ action: string; details: Record<string, unknown> }[]> {
  return api.dataSource.query("SELECT action, details FROM audit_entry WHERE subject_type = 'Account' AND subject_id = $1 ORDER BY id", [id]);
}

async function signIn(api: TestApi, email: string) {
  return (await api.query(SIGN_IN, { input: { email, password: TEST_PASSWORD } })).data!.signIn as { token: string | null; userErrors: { code: string }[] };
}

describe('on the shared test database', () => {
  let api: TestApi;
  let admin: Awaited<ReturnType<typeof createTestAccount>>;
  beforeAll(async () => {
    api = await createTestApi();
    admin = await createTestAccount(api.dataSource, AccountRole.ADMIN);
  });
  afterAll(async () => {
    await removeTestOrganizations(api.dataSource);
    await api.close();
  });

  it('changes a role (audited) and the account acts in it from its next request, same token', async () => {
    const account = await createTestAccount(api.dataSource, AccountRole.MEMBER);
    const { token } = await signIn(api, account.email);
    const result = await api.query(UPDATE, { input: { accountId: accountId(account), role: 'PLANNER' } }, admin);
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateAccount).toEqual({
      account: { id: accountId(account), role: 'PLANNER', disabled: false, teamRole: null },
      userErrors: [],
    });
    expect((await api.queryWithToken('{ me { role } }', token!)).data!.me.role).toBe('PLANNER');
    const back = await api.query(UPDATE, { input: { accountId: accountId(account), role: 'MEMBER' } }, admin);
    expect(back.data!.updateAccount.account.role).toBe('MEMBER');
    expect(await auditActions(api, account.id)).toEqual([
      { action: 'account.role_changed', details: { email: account.email, from: 'MEMBER', to: 'PLANNER' } },
      { action: 'account.role_changed', details: { email: account.email, from: 'PLANNER', to: 'MEMBER' } },
    ]);
  });

  it('refuses to make a member of an organisation PLANNER or ADMIN (ALREADY_IN_ORGANIZATION), writing nothing', async () => {
    const organization = await createTestOrganization(api.dataSource, { status: MembershipStatus.APPROVED });
    const member = await createTestAccount(api.dataSource, AccountRole.MEMBER, organization.id, TeamRole.MEMBER);
    const before = await accountRow(api, member.id);
    for (const role of ['PLANNER', 'ADMIN']) {
      const result = await api.query(UPDATE, { input: { accountId: accountId(member), role } }, admin);
      expect(result.data!.updateAccount).toEqual({
        account: null,
        userErrors: [{ code: 'ALREADY_IN_ORGANIZATION', field: ['input', 'role'], message: expect.any(String) }],
      });
    }
    expect(await accountRow(api, member.id)).toEqual(before);
    expect(await auditActions(api, member.id)).toEqual([]);
  });

  it('disabling makes an older token fail on its next request (UNAUTHENTICATED) and sign-in fail; re-enabling lets the account sign in again', async () => {
    const account = await createTestAccount(api.dataSource, AccountRole.MEMBER);
    const { token: older } = await signIn(api, account.email);
    expect((await api.queryWithToken('{ me { email } }', older!)).data!.me.email).toBe(account.email);

    const disabled = await api.query(UPDATE, { input: { accountId: accountId(account), disabled: true } }, admin);
    expect(disabled.data!.updateAccount).toEqual({ account: { id: accountId(account), role: 'MEMBER', disabled: true, teamRole: null }, userErrors: [] });
    await expect(api.queryWithToken('{ me { email } }', older!)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect((await signIn(api, account.email)).userErrors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);

    const enabled = await api.query(UPDATE, { input: { accountId: accountId(account), disabled: false } }, admin);
    expect(enabled.data!.updateAccount.account.disabled).toBe(false);
    const again = await signIn(api, account.email);
    expect(again.userErrors).toEqual([]);
    expect((await api.queryWithToken('{ me { email } }', again.token!)).data!.me.email).toBe(account.email);
    // The token from before the disabling stays revoked.
    await expect(api.queryWithToken('{ me { email } }', older!)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect((await auditActions(api, account.id)).map((e) => e.action)).toEqual(['account.disabled', 'account.enabled']);
  });

  it('shows `disabled` to admins only: null for the account itself and for its team', async () => {
    const organization = await createTestOrganization(api.dataSource, { status: MembershipStatus.APPROVED });
    const owner = await createTestAccount(api.dataSource, AccountRole.MEMBER, organization.id);
    const query = `{ me { disabled } organization(id: "${organization.globalId}") { team { account { disabled } } } }`;
    expect((await api.query(query, {}, owner)).data).toEqual({ me: { disabled: null }, organization: { team: [{ account: { disabled: null } }] } });
    expect((await api.query(query, {}, admin)).data).toEqual({ me: { disabled: false }, organization: { team: [{ account: { disabled: false } }] } });
  });

  const LIST = `query($roles: [AccountRole!], $email: String, $disabled: Boolean, $first: Int, $after: String) {
    accounts(roles: $roles, email: $email, disabled: $disabled, first: $first, after: $after) {
      totalCount edges { node { id email role disabled } } pageInfo { hasNextPage endCursor } } }`;

  it('lists accounts to admins, newest first, by role, address and state, a page at a time', async () => {
    const older = await createTestAccount(api.dataSource, AccountRole.PLANNER);
    const newer = await createTestAccount(api.dataSource, AccountRole.PLANNER);
    await api.dataSource.query('UPDATE account SET disabled_at = now() WHERE id = $1', [newer.id]);
    const list = async (variables: Record<string, unknown>) => {
      const result = await api.query(LIST, variables, admin);
      expect(result.errors).toBeUndefined();
      return result.data!.accounts;
    };
    // The address in any case; LIKE's wildcards are plain text.
    const found = await list({ email: older.email.split('@')[0]!.toUpperCase() });
    expect(found).toMatchObject({ totalCount: 1, edges: [{ node: { id: accountId(older), email: older.email, role: 'PLANNER', disabled: false } }] });
    expect((await list({ email: '%' })).edges).toEqual([]);

    const planners = (await list({ roles: ['PLANNER'], first: 100 })).edges.map((e: any) => e.node);
    expect(planners.every((a: any) => a.role === 'PLANNER')).toBe(true);
    const ids = planners.map((a: any) => a.id);
    expect(ids.indexOf(accountId(newer))).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(accountId(newer))).toBeLessThan(ids.indexOf(accountId(older)));
    const disabled = (await list({ roles: ['PLANNER'], disabled: true, first: 100 })).edges.map((e: any) => e.node.id);
    expect(disabled).toContain(accountId(newer));
    expect(disabled).not.toContain(accountId(older));

    const page1 = await list({ roles: ['PLANNER'], first: 1 });
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await list({ roles: ['PLANNER'], first: 1, after: page1.pageInfo.endCursor });
    expect(page2.edges[0].node.id).not.toBe(page1.edges[0].node.id);
  });

  it('refuses the list to anyone but an admin, and an address too long with BAD_USER_INPUT', async () => {
    const planner = await createTestAccount(api.dataSource, AccountRole.PLANNER);
    expect((await api.query(LIST, {}, planner)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.query(LIST, {}, null)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.query(LIST, { email: 'x'.repeat(321) }, admin)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers an unknown account NOT_FOUND and a change to nothing with the account unchanged (no audit)', async () => {
    const unknown = await api.query(UPDATE, { input: { accountId: toGlobalId('Account', 2_000_000_000), disabled: true } }, admin);
    expect(unknown.data!.updateAccount.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'accountId'], message: 'No account has this id.' }]);
    const account = await createTestAccount(api.dataSource, AccountRole.PLANNER);
    const before = await accountRow(api, account.id);
    const same = await api.query(UPDATE, { input: { accountId: accountId(account), role: 'PLANNER', disabled: false } }, admin);
    expect(same.data!.updateAccount.userErrors).toEqual([]);
    expect(await accountRow(api, account.id)).toEqual(before);
    expect(await auditActions(api, account.id)).toEqual([]);
  });
});

describe('LAST_ADMIN, on a database of its own (the shared one has admins of every other test)', () => {
  let api: TestApi;
  const name = `am_last_admin_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  let server: ReturnType<typeof createDataSource>;
  beforeAll(async () => {
    server = createDataSource({ url: testDatabaseUrl(), poolSize: 1, entities });
    await server.initialize();
    await server.query(`CREATE DATABASE ${name}`);
    const url = new URL(testDatabaseUrl());
    url.pathname = `/${name}`;
    const own = createDataSource({ url: url.toString(), poolSize: 1, entities });
    await own.initialize();
    await own.runMigrations();
    await own.destroy();
    api = await createTestApi({ databaseUrl: url.toString() });
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await server.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await server.destroy();
  });

  const enabledAdmins = async (): Promise<number> =>
    (await api.dataSource.query("SELECT count(*)::int AS n FROM account WHERE role = 'ADMIN' AND disabled_at IS NULL"))[0].n;

  it('the only enabled admin can be neither demoted nor disabled; a disabled admin does not count', async () => {
    const only = await createTestAccount(api.dataSource, AccountRole.ADMIN);
    const sleeping = await createTestAccount(api.dataSource, AccountRole.ADMIN);
    await api.dataSource.query('UPDATE account SET disabled_at = now() WHERE id = $1', [sleeping.id]);
    const before = await accountRow(api, only.id);
    const demote = await api.query(UPDATE, { input: { accountId: accountId(only), role: 'PLANNER' } }, only);
    expect(demote.data!.updateAccount.userErrors).toEqual([{ code: 'LAST_ADMIN', field: ['input', 'role'], message: expect.any(String) }]);
    const disable = await api.query(UPDATE, { input: { accountId: accountId(only), disabled: true } }, only);
    expect(disable.data!.updateAccount.userErrors).toEqual([{ code: 'LAST_ADMIN', field: ['input', 'disabled'], message: expect.any(String) }]);
    expect(await accountRow(api, only.id)).toEqual(before);

    // With a second enabled admin, the first may step down.
    expect((await api.query(UPDATE, { input: { accountId: accountId(sleeping), disabled: false } }, only)).data!.updateAccount.userErrors).toEqual([]);
    expect((await api.query(UPDATE, { input: { accountId: accountId(only), role: 'PLANNER' } }, only)).data!.updateAccount.userErrors).toEqual([]);
    expect(await enabledAdmins()).toBe(1);
    await api.dataSource.query('DELETE FROM audit_entry; DELETE FROM account');
  });

  it('two last admins stepping down at the same moment: one does, the other gets LAST_ADMIN', async () => {
    for (let round = 0; round < 5; round++) {
      const admins = [await createTestAccount(api.dataSource, AccountRole.ADMIN), await createTestAccount(api.dataSource, AccountRole.ADMIN)];
      const results = await Promise.all(
        admins.map((a, i) => api.query(UPDATE, { input: { accountId: accountId(a), ...(i === 0 ? { role: 'PLANNER' } : { disabled: true }) } }, a)),
      );
      const codes = results.map((r) => r.data!.updateAccount.userErrors.map((e: any) => e.code));
      expect(codes.sort()).toEqual([[], ['LAST_ADMIN']]);
      expect(await enabledAdmins()).toBe(1);
      await api.dataSource.query('DELETE FROM audit_entry; DELETE FROM account');
    }
  });
});
