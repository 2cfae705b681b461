// Invitations end to end (issue 13): invite → the mail arrives at a real SMTP server on loopback →
// accept with the link's token and a password → the account exists and its token works. Plus the
// rules around it: single use, expiry, revocation, re-invites, taken addresses, claims to the
// contact email, a mail server that is down, and tokens stored only as hashes.
import { createHash, randomUUID } from 'node:crypto';
import type { ParsedMail } from 'mailparser';
import { toGlobalId } from '../../src/graphql/global-id';
import type { Viewer } from '../../src/modules/accounts/tokens';
import { AccountRole, createTestAccount, TeamRole } from '../support/accounts';
import { createTestApi, TEST_PUBLIC_URL, type TestApi } from '../support/api';
import { createTestOrganization, removeTestOrganizations } from '../support/organizations';
import { startTestSmtpServer, type TestSmtpServer, tokenFromMail } from '../support/smtp';

const PASSWORD = 'a long enough passphrase';

const INVITE = `mutation($input: InviteAccountInput!) {
  inviteAccount(input: $input) {
    invitation { id kind email role teamRole status createdAt expiresAt organization { id } invitedBy { email } }
    userErrors { code field message }
  }
}`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    account { email role organization { id } }
    token expiresAt
    userErrors { code field message }
  }
}`;
const REVOKE = `mutation($input: RevokeInvitationInput!) {
  revokeInvitation(input: $input) { invitation { id status } userErrors { code message } }
}`;
const INVITATIONS = `query($organizationId: ID, $status: AccountInvitationStatus) {
  invitations(organizationId: $organizationId, status: $status, first: 100) { totalCount edges { node { id email status kind } } }
}`;
const ME = '{ me { email role organization { id } } }';

let smtp: TestSmtpServer;
let api: TestApi;
let admin: Viewer & { email: string };

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  api = await createTestApi({ smtpUrl: smtp.url });
  admin = await createTestAccount(api.dataSource, AccountRole.ADMIN);
});
afterAll(async () => {
  await removeTestOrganizations(api.dataSource);
  await api.close();
  await smtp.close();
});

const q = (sql: string, params: unknown[] = []) => api.dataSource.query(sql, params);
const newEmail = (prefix = 'invitee') => `${prefix}-${randomUUID()}@test.example`;
const localId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]);

async function invite(input: Record<string, unknown>, viewer: Viewer | null = admin, on: TestApi = api) {
  const result = await on.query(INVITE, { input }, viewer);
  expect(result.errors).toBeUndefined();
  return result.data!.inviteAccount;
}

async function accept(token: string, password = PASSWORD) {
  const result = await api.query(ACCEPT, { input: { token, password } });
  expect(result.errors).toBeUndefined();
  return result.data!.acceptInvitation;
}

/** The newest invitation mail to `email` and its token; it must link to PUBLIC_URL/invitation?token=…. */
async function mailTo(email: string, count = 1): Promise<{ mail: ParsedMail; token: string }> {
  await smtp.waitFor(email, 10_000, () => smtp.to(email).length >= count);
  const mails = smtp.to(email);
  const mail = mails[mails.length - 1];
  const token = tokenFromMail(mail);
  expect(mail.text).toContain(`${TEST_PUBLIC_URL}/invitation?token=${token}`);
  expect(mail.html).toContain(`href="${TEST_PUBLIC_URL}/invitation?token=${token}"`);
  return { mail, token };
}

async function accountRow(email: string) {
  const [row] = await q('SELECT id, role, organization_id, team_role FROM account WHERE email = $1', [email]);
  return row as { id: number; role: string; organization_id: number | null; team_role: string | null } | undefined;
}

const invitationRows = (email: string) => q('SELECT * FROM invitation WHERE email = $1 ORDER BY id', [email]);

describe('a STAFF invitation', () => {
  it('is mailed in Korean then English, accepted with a password, and makes a planner who can sign in', async () => {
    const email = newEmail('planner');
    const sent = await invite({ email: email.toUpperCase(), role: 'PLANNER' });
    expect(sent.userErrors).toEqual([]);
    expect(sent.invitation).toMatchObject({ kind: 'STAFF', email, role: 'PLANNER', teamRole: null, status: 'PENDING', organization: null });
    expect(sent.invitation.invitedBy).toEqual({ email: admin.email });
    const days = (Date.parse(sent.invitation.expiresAt) - Date.parse(sent.invitation.createdAt)) / 86_400_000;
    expect(days).toBeCloseTo(7, 2);

    const { mail, token } = await mailTo(email);
    expect(mail.subject).toBe('얼라이언스 매치 계정 초대 / Your invitation to Alliance Match');
    expect(mail.text!.indexOf('플래너 계정이 만들어집니다')).toBeGreaterThan(-1);
    expect(mail.text!.indexOf('플래너 계정이 만들어집니다')).toBeLessThan(mail.text!.indexOf('planner account'));
    expect(mail.text).toContain('7일 동안 유효하며 한 번만 사용할 수 있습니다');

    const accepted = await accept(token);
    expect(accepted.userErrors).toEqual([]);
    expect(accepted.account).toEqual({ email, role: 'PLANNER', organization: null });
    expect(new Date(accepted.expiresAt).getTime()).toBeGreaterThan(Date.now());
    expect(await accountRow(email)).toMatchObject({ role: 'PLANNER', organization_id: null, team_role: null });
    const me = await api.queryWithToken(ME, accepted.token);
    expect(me.data!.me).toEqual({ email, role: 'PLANNER', organization: null });

    const [row] = await invitationRows(email);
    expect(row.accepted_at).not.toBeNull();
    expect(row.account_id).toBe((await accountRow(email))!.id);
    const audit = await q("SELECT action, actor_id FROM audit_entry WHERE subject_type = 'Invitation' AND subject_id = $1 ORDER BY id", [row.id]);
    expect(audit).toEqual([
      { action: 'invitation.sent', actor_id: admin.accountId },
      { action: 'invitation.accepted', actor_id: row.account_id },
    ]);
  });

  it('makes an admin too', async () => {
    const email = newEmail('admin');
    expect((await invite({ email, role: 'ADMIN' })).userErrors).toEqual([]);
    const { mail, token } = await mailTo(email);
    expect(mail.text).toContain('관리자 계정이 만들어집니다');
    const accepted = await accept(token);
    expect(accepted.account.role).toBe('ADMIN');
    expect((await api.queryWithToken(ME, accepted.token)).data!.me.role).toBe('ADMIN');
  });

  it('needs role PLANNER or ADMIN: a MEMBER joins through an organisation', async () => {
    const email = newEmail();
    for (const input of [{ email, role: 'MEMBER' }, { email }]) {
      const sent = await invite(input);
      expect(sent.invitation).toBeNull();
      expect(sent.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'role'] })]);
    }
    expect(await invitationRows(email)).toEqual([]);
  });

  it('with a clientMutationId, a retry answers the first invitation and sends no second mail', async () => {
    const email = newEmail();
    const input = { email, role: 'PLANNER', clientMutationId: randomUUID() };
    const first = await invite(input);
    await mailTo(email);
    const retry = await invite(input);
    expect(retry).toEqual(first);
    expect(await invitationRows(email)).toHaveLength(1);
    expect(smtp.to(email)).toHaveLength(1);
  });
});

describe('a TEAM invitation', () => {
  it("from an owner makes a MEMBER of the owner's organisation, by default", async () => {
    const organization = await createTestOrganization(api.dataSource);
    const owner = await createTestAccount(api.dataSource, AccountRole.MEMBER, organization.id, TeamRole.OWNER);
    const email = newEmail('colleague');
    const sent = await invite({ email, organizationId: organization.globalId }, owner);
    expect(sent.userErrors).toEqual([]);
    expect(sent.invitation).toMatchObject({ kind: 'TEAM', role: 'MEMBER', teamRole: 'MEMBER', organization: { id: organization.globalId } });
    expect(sent.invitation.invitedBy).toEqual({ email: owner.email });

    const { mail, token } = await mailTo(email);
    expect(mail.subject).toBe(`${organization.nameKo} 팀 초대 / Join ${organization.nameEn} on Alliance Match`);
    expect(mail.text).toContain(`${organization.nameKo} 팀에 팀원으로 초대되었습니다.`);

    const accepted = await accept(token);
    expect(accepted.userErrors).toEqual([]);
    expect(accepted.account).toEqual({ email, role: 'MEMBER', organization: { id: organization.globalId } });
    expect(await accountRow(email)).toMatchObject({ role: 'MEMBER', organization_id: organization.id, team_role: 'MEMBER' });
    const me = await api.queryWithToken(ME, accepted.token);
    expect(me.data!.me).toEqual({ email, role: 'MEMBER', organization: { id: organization.globalId } });
  });

  it('from an admin can make another owner', async () => {
    const organization = await createTestOrganization(api.dataSource);
    await createTestAccount(api.dataSource, AccountRole.MEMBER, organization.id, TeamRole.OWNER);
    const email = newEmail('co-owner');
    const sent = await invite({ email, organizationId: organization.globalId, teamRole: 'OWNER' });
    expect(sent.invitation).toMatchObject({ kind: 'TEAM', teamRole: 'OWNER' });
    const { mail, token } = await mailTo(email);
    expect(mail.text).toContain('팀에 소유자로 초대되었습니다.');
    await accept(token);
    expect(await accountRow(email)).toMatchObject({ organization_id: organization.id, team_role: 'OWNER' });
  });

  it('names an organisation that exists (NOT_FOUND for an admin) and makes members only', async () => {
    const organization = await createTestOrganization(api.dataSource);
    await createTestAccount(api.dataSource, AccountRole.MEMBER, organization.id);
    const email = newEmail();
    const unknown = await invite({ email, organizationId: toGlobalId('Organization', 2_000_000_000) });
    expect(unknown.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'organizationId'] })]);
    const planner = await invite({ email, organizationId: organization.globalId, role: 'PLANNER' });
    expect(planner.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'role'] })]);
    expect(await invitationRows(email)).toEqual([]);
  });
});

describe('a CLAIM invitation', () => {
  it("goes to the organisation's contact email by default and makes the invitee its OWNER", async () => {
    const organization = await createTestOrganization(api.dataSource);
    const contact = newEmail('contact');
    await q('UPDATE organization SET contact_email = $2 WHERE id = $1', [organization.id, contact.replace('contact', 'Contact')]);
    const sent = await invite({ organizationId: organization.globalId });
    expect(sent.userErrors).toEqual([]);
    expect(sent.invitation).toMatchObject({ kind: 'CLAIM', email: contact, role: 'MEMBER', teamRole: 'OWNER' });

    const { mail, token } = await mailTo(contact);
    expect(mail.subject).toBe(`${organization.nameKo} 프로필 관리 계정 안내 / Take over ${organization.nameEn} on Alliance Match`);
    expect(mail.text).toContain('스마트시티 융합 얼라이언스 사무국입니다.');
    const accepted = await accept(token);
    expect(accepted.account).toEqual({ email: contact, role: 'MEMBER', organization: { id: organization.globalId } });
    expect(await accountRow(contact)).toMatchObject({ organization_id: organization.id, team_role: 'OWNER' });
    expect((await api.queryWithToken(ME, accepted.token)).data!.me.organization).toEqual({ id: organization.globalId });

    // Now the organisation has an account: the next invitation into it is a TEAM one.
    const next = await invite({ email: newEmail(), organizationId: organization.globalId });
    expect(next.invitation.kind).toBe('TEAM');
  });

  it('goes to the address given instead, and a new claim replaces a pending one to another address', async () => {
    const organization = await createTestOrganization(api.dataSource);
    await q('UPDATE organization SET contact_email = $2 WHERE id = $1', [organization.id, newEmail('contact')]);
    const first = await invite({ organizationId: organization.globalId });
    const email = newEmail('ceo');
    const second = await invite({ organizationId: organization.globalId, email });
    expect(second.invitation).toMatchObject({ kind: 'CLAIM', email });
    const statuses = await q('SELECT id, revoked_at IS NOT NULL AS revoked FROM invitation WHERE organization_id = $1 ORDER BY id', [organization.id]);
    expect(statuses).toEqual([
      { id: localId(first.invitation.id), revoked: true },
      { id: localId(second.invitation.id), revoked: false },
    ]);
  });

  it('needs an address when the organisation has no contact email', async () => {
    const organization = await createTestOrganization(api.dataSource);
    const sent = await invite({ organizationId: organization.globalId });
    expect(sent.invitation).toBeNull();
    expect(sent.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'email'] })]);
    expect(await q('SELECT id FROM invitation WHERE organization_id = $1', [organization.id])).toEqual([]);
  });
});

describe('the token', () => {
  it('is stored only as its SHA-256: the database never holds the mailed token', async () => {
    const email = newEmail();
    await invite({ email, role: 'PLANNER' });
    const { token } = await mailTo(email);
    expect(token.length).toBeGreaterThanOrEqual(22); // ≥ 128 bits in base64url
    const [row] = await invitationRows(email);
    expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    const [{ found }] = await q(
      `SELECT (SELECT count(*) FROM invitation i WHERE i::text LIKE '%' || $1 || '%')
            + (SELECT count(*) FROM audit_entry a WHERE a::text LIKE '%' || $1 || '%') AS found`,
      [token],
    );
    expect(Number(found)).toBe(0);
  });

  it('works once', async () => {
    const email = newEmail();
    await invite({ email, role: 'PLANNER' });
    const { token } = await mailTo(email);
    expect((await accept(token)).userErrors).toEqual([]);
    const again = await accept(token, 'another long passphrase');
    expect(again).toMatchObject({ account: null, token: null });
    expect(again.userErrors).toEqual([
      { code: 'INVALID_INVITATION', field: ['input', 'token'], message: 'This invitation was already used; sign in instead.' },
    ]);
    expect(await q('SELECT count(*)::int AS n FROM account WHERE email = $1', [email])).toEqual([{ n: 1 }]);
  });

  it('expires', async () => {
    const email = newEmail();
    const sent = await invite({ email, role: 'PLANNER' });
    const { token } = await mailTo(email);
    await q("UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = $1", [localId(sent.invitation.id)]);
    const late = await accept(token);
    expect(late.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INVITATION', message: 'This invitation has expired; ask for a new one.' })]);
    expect(await accountRow(email)).toBeUndefined();
    const listed = await api.query(INVITATIONS, { status: 'EXPIRED' }, admin);
    expect(listed.data!.invitations.edges.map((e: any) => e.node)).toContainEqual({ id: sent.invitation.id, email, status: 'EXPIRED', kind: 'STAFF' });
  });

  it('that is unknown, or a password too short, answers a userError and writes nothing', async () => {
    const unknown = await accept('not-a-token-we-ever-sent');
    expect(unknown.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_INVITATION', message: 'This invitation link is not valid; ask for a new invitation.' }),
    ]);
    const email = newEmail();
    await invite({ email, role: 'PLANNER' });
    const { token } = await mailTo(email);
    const short = await accept(token, 'short');
    expect(short.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'password'] })]);
    expect(await accountRow(email)).toBeUndefined();
    expect((await accept(token)).userErrors).toEqual([]);
  });
});

describe('revoking', () => {
  it('stops the link; a revoked invitation cannot be revoked again', async () => {
    const email = newEmail();
    const sent = await invite({ email, role: 'PLANNER' });
    const { token } = await mailTo(email);
    const revoked = await api.query(REVOKE, { input: { invitationId: sent.invitation.id } }, admin);
    expect(revoked.data!.revokeInvitation).toEqual({ invitation: { id: sent.invitation.id, status: 'REVOKED' }, userErrors: [] });
    const late = await accept(token);
    expect(late.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INVITATION', message: 'This invitation was revoked; ask for a new one.' })]);
    expect(await accountRow(email)).toBeUndefined();
    const again = await api.query(REVOKE, { input: { invitationId: sent.invitation.id } }, admin);
    expect(again.data!.revokeInvitation.userErrors).toEqual([expect.objectContaining({ code: 'INVITATION_NOT_PENDING' })]);
    const audit = await q("SELECT action FROM audit_entry WHERE subject_type = 'Invitation' AND subject_id = $1 ORDER BY id", [localId(sent.invitation.id)]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['invitation.sent', 'invitation.revoked']);
  });

  it('happens to the earlier pending invitation when the same address is invited again', async () => {
    const email = newEmail();
    const first = await invite({ email, role: 'PLANNER' });
    const { token: firstToken } = await mailTo(email, 1);
    const second = await invite({ email, role: 'ADMIN' });
    const { token: secondToken } = await mailTo(email, 2);
    expect(secondToken).not.toBe(firstToken);
    const listed = await api.query(INVITATIONS, {}, admin);
    const mine = listed.data!.invitations.edges.map((e: any) => e.node).filter((n: any) => n.email === email);
    // Newest first.
    expect(mine).toEqual([
      { id: second.invitation.id, email, status: 'PENDING', kind: 'STAFF' },
      { id: first.invitation.id, email, status: 'REVOKED', kind: 'STAFF' },
    ]);
    expect((await accept(firstToken)).userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INVITATION' })]);
    expect((await accept(secondToken)).account.role).toBe('ADMIN');
    const [audit] = await q("SELECT actor_id, details FROM audit_entry WHERE action = 'invitation.revoked' AND subject_id = $1", [
      localId(first.invitation.id),
    ]);
    expect(audit).toEqual({ actor_id: admin.accountId, details: { reason: 'replaced', replacedBy: localId(second.invitation.id) } });
  });
});

describe('refusals that write nothing', () => {
  it('EMAIL_TAKEN: an address that already has an account is not invited (and no mail goes out)', async () => {
    const existing = await createTestAccount(api.dataSource, AccountRole.MEMBER);
    const sent = await invite({ email: existing.email.toUpperCase(), role: 'PLANNER' });
    expect(sent).toEqual({ invitation: null, userErrors: [expect.objectContaining({ code: 'EMAIL_TAKEN', field: ['input', 'email'] })] });
    expect(await invitationRows(existing.email)).toEqual([]);
    expect(smtp.to(existing.email)).toEqual([]);
  });

  it('MAIL_NOT_SENT: with the mail server unreachable nothing is saved, not even the revocation of an earlier invitation', async () => {
    const down = await createTestApi({ smtpUrl: 'smtp://127.0.0.1:9' });
    try {
      const email = newEmail();
      const earlier = await invite({ email, role: 'PLANNER' });
      const before = {
        invitations: await invitationRows(email),
        audit: await q("SELECT count(*)::int AS n FROM audit_entry WHERE subject_type = 'Invitation'"),
      };
      const sent = await invite({ email, role: 'ADMIN' }, admin, down);
      expect(sent).toEqual({ invitation: null, userErrors: [expect.objectContaining({ code: 'MAIL_NOT_SENT', field: null })] });
      expect(await invitationRows(email)).toEqual(before.invitations);
      expect(before.invitations).toEqual([expect.objectContaining({ id: localId(earlier.invitation.id), revoked_at: null })]);
      expect(await q("SELECT count(*)::int AS n FROM audit_entry WHERE subject_type = 'Invitation'")).toEqual(before.audit);

      const fresh = newEmail();
      expect((await invite({ email: fresh, role: 'PLANNER' }, admin, down)).userErrors).toEqual([expect.objectContaining({ code: 'MAIL_NOT_SENT' })]);
      expect(await invitationRows(fresh)).toEqual([]);
    } finally {
      await down.close();
    }
  });
});

describe('the invitations query', () => {
  it("shows an owner its organisation's invitations only, and admins everything", async () => {
    const organization = await createTestOrganization(api.dataSource);
    const owner = await createTestAccount(api.dataSource, AccountRole.MEMBER, organization.id, TeamRole.OWNER);
    const other = await createTestOrganization(api.dataSource);
    const otherOwner = await createTestAccount(api.dataSource, AccountRole.MEMBER, other.id, TeamRole.OWNER);
    const email = newEmail();
    const sent = await invite({ email, organizationId: organization.globalId }, owner);
    await invite({ email: newEmail(), organizationId: other.globalId }, otherOwner);

    const own = await api.query(INVITATIONS, {}, owner);
    expect(own.errors).toBeUndefined();
    expect(own.data!.invitations).toEqual({ totalCount: 1, edges: [{ node: { id: sent.invitation.id, email, status: 'PENDING', kind: 'TEAM' } }] });
    const asked = await api.query(INVITATIONS, { organizationId: other.globalId }, owner);
    expect(asked.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);

    const byAdmin = await api.query(INVITATIONS, { organizationId: organization.globalId, status: 'PENDING' }, admin);
    expect(byAdmin.data!.invitations.edges.map((e: any) => e.node.id)).toEqual([sent.invitation.id]);

    const node = `query($id: ID!) { node(id: $id) { ... on Invitation { email status invitedBy { email } } } }`;
    expect((await api.query(node, { id: sent.invitation.id }, owner)).data!.node).toEqual({ email, status: 'PENDING', invitedBy: { email: owner.email } });
    expect((await api.query(node, { id: sent.invitation.id }, admin)).data!.node).toEqual({ email, status: 'PENDING', invitedBy: { email: owner.email } });
    expect((await api.query(node, { id: sent.invitation.id }, otherOwner)).data!.node).toBeNull();

    for (const viewer of [
      await createTestAccount(api.dataSource, AccountRole.MEMBER, organization.id, TeamRole.MEMBER),
      await createTestAccount(api.dataSource, AccountRole.PLANNER),
    ]) {
      const refused = await api.query(INVITATIONS, {}, viewer);
      expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
    expect((await api.query(INVITATIONS, {})).errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });
});
