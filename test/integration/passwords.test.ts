// Passwords (issue 13): changing one's own, asking for a reset link by mail, resetting with it.
// Mail goes to a real SMTP server on loopback; every request names its own client address so the
// per-address limits of one test do not spill into the next.
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { FAILED_RESETS_PER_IP, RESET_REQUESTS_PER_EMAIL, RESET_REQUESTS_PER_IP } from '../../src/modules/accounts/password-reset-throttle';
import { RESET_REQUEST_MIN_MS, RESET_REQUESTED_MESSAGE } from '../../src/modules/accounts/password.service';
import { AccountRole, createTestAccount, TEST_PASSWORD } from '../support/accounts';
import { createTestApi, TEST_PUBLIC_URL, type TestApi } from '../support/api';
import { startTestSmtpServer, tokenFromMail, type TestSmtpServer } from '../support/smtp';

let api: TestApi;
let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
  api = await createTestApi({ smtpUrl: smtp.url });
});
afterAll(async () => {
  await api.close();
  await smtp.close();
});

const NEW_PASSWORD = 'a brand new passphrase';
const CHANGE = `mutation($input: ChangePasswordInput!) {
  changePassword(input: $input) { token expiresAt retryAfterSeconds account { email } userErrors { field message code } }
}`;
const REQUEST = `mutation($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input) { message retryAfterSeconds userErrors { field message code } }
}`;
const RESET = `mutation($input: ResetPasswordInput!) {
  resetPassword(input: $input) { token expiresAt retryAfterSeconds account { email } userErrors { field message code } }
}`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token userErrors { code } } }`;
const ME = '{ me { email } }';

let lastIp = 0;
/** A client address no other request of this file used. */
const freshIp = () => {
  lastIp += 1;
  return `10.13.${Math.floor(lastIp / 250)}.${(lastIp % 250) + 1}`;
};
const unknownEmail = () => `nobody-${lastIp}-${Math.random().toString(36).slice(2)}@test.example`;
const q = (sql: string, params: unknown[] = []) => api.dataSource.query(sql, params);

async function signIn(email: string, password: string): Promise<string> {
  const result = await api.query(SIGN_IN, { input: { email, password } }, null, { clientIp: freshIp() });
  expect(result.data!.signIn.userErrors).toEqual([]);
  return result.data!.signIn.token;
}

async function requestReset(email: string, clientIp = freshIp()) {
  const result = await api.query(REQUEST, { input: { email } }, null, { clientIp });
  expect(result.errors).toBeUndefined();
  return result.data!.requestPasswordReset;
}

async function resetPassword(token: string, newPassword = NEW_PASSWORD, clientIp = freshIp()) {
  const result = await api.query(RESET, { input: { token, newPassword } }, null, { clientIp });
  expect(result.errors).toBeUndefined();
  return result.data!.resetPassword;
}

/** Asks for a reset link for `email` and answers the token of the mail that arrives (the n-th to that address). */
async function mailedToken(email: string): Promise<string> {
  const before = smtp.to(email).length;
  await requestReset(email);
  await smtp.waitFor(email, 10_000, (mail) => smtp.to(email).indexOf(mail) >= before);
  return tokenFromMail(smtp.to(email)[before]);
}

/** What a password change or reset writes: the account row, its reset links, its audit entries. */
const accountState = async (id: number) => ({
  account: await q('SELECT password_hash, token_generation, version, updated_at FROM account WHERE id = $1', [id]),
  resets: await q('SELECT id, used_at FROM password_reset WHERE account_id = $1 ORDER BY id', [id]),
  audit: await q("SELECT count(*)::int AS n FROM audit_entry WHERE subject_type = 'Account' AND subject_id = $1", [id]),
});

const expectUnauthenticated = (token: string) => expect(api.queryWithToken(ME, token)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });

describe('changePassword', () => {
  it('sets the new password, stops every other token and answers a fresh one for this session', async () => {
    const account = await createTestAccount(api.dataSource, AccountRole.MEMBER);
    const thisSession = await signIn(account.email, TEST_PASSWORD);
    // A second token, issued a second later so it is a different string: another device.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const otherSession = await signIn(account.email, TEST_PASSWORD);
    expect(otherSession).not.toBe(thisSession);

    const result = await api.query(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } }, await api.viewerFor(thisSession));
    const payload = result.data!.changePassword;
    expect(result.errors).toBeUndefined();
    expect(payload).toMatchObject({ userErrors: [], retryAfterSeconds: null, account: { email: account.email } });

    await expectUnauthenticated(otherSession);
    await expectUnauthenticated(thisSession);
    expect((await api.queryWithToken(ME, payload.token)).data).toEqual({ me: { email: account.email } });
    const oldPassword = await api.query(SIGN_IN, { input: { email: account.email, password: TEST_PASSWORD } }, null, { clientIp: freshIp() });
    expect(oldPassword.data!.signIn.userErrors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);
    await signIn(account.email, NEW_PASSWORD);
    expect(await q("SELECT action FROM audit_entry WHERE subject_type = 'Account' AND subject_id = $1", [account.id])).toEqual([
      { action: 'account.password_changed' },
    ]);
  });

  it('refuses a wrong current password with INVALID_CREDENTIALS and writes nothing', async () => {
    const account = await createTestAccount(api.dataSource, AccountRole.PLANNER);
    const token = await signIn(account.email, TEST_PASSWORD);
    const before = await accountState(account.id);
    const result = await api.query(CHANGE, { input: { currentPassword: 'not the password at all', newPassword: NEW_PASSWORD } }, await api.viewerFor(token));
    expect(result.data!.changePassword).toEqual({
      token: null,
      expiresAt: null,
      retryAfterSeconds: null,
      account: null,
      userErrors: [{ field: ['input', 'currentPassword'], message: 'The current password is wrong.', code: 'INVALID_CREDENTIALS' }],
    });
    expect(await accountState(account.id)).toEqual(before);
    expect((await api.queryWithToken(ME, token)).data).toEqual({ me: { email: account.email } });
  });

  it('refuses a new password shorter than 12 characters, or the current one, naming the field', async () => {
    const account = await createTestAccount(api.dataSource, AccountRole.ADMIN);
    const viewer = await api.viewerFor(await signIn(account.email, TEST_PASSWORD));
    const before = await accountState(account.id);
    const short = await api.query(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: 'elevenchars' } }, viewer);
    expect(short.data!.changePassword.userErrors).toEqual([
      { field: ['input', 'newPassword'], message: 'newPassword must be at least 12 characters long', code: 'BAD_USER_INPUT' },
    ]);
    const same = await api.query(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD } }, viewer);
    expect(same.data!.changePassword.userErrors).toEqual([
      { field: ['input', 'newPassword'], message: 'The new password is the current one; choose another.', code: 'BAD_USER_INPUT' },
    ]);
    expect(await accountState(account.id)).toEqual(before);
  });
});

describe('requestPasswordReset and resetPassword', () => {
  it('mails a bilingual link to PUBLIC_URL/reset-password that resets once, signs in and stops older tokens', async () => {
    const account = await createTestAccount(api.dataSource, AccountRole.MEMBER);
    const older = await signIn(account.email, TEST_PASSWORD);
    // Case and surrounding spaces do not matter, as for signIn.
    expect(await requestReset(`  ${account.email.toUpperCase()} `)).toEqual({ message: RESET_REQUESTED_MESSAGE.en, retryAfterSeconds: null, userErrors: [] });
    const mail = await smtp.waitFor(account.email);
    expect(mail.subject).toBe('비밀번호 재설정 안내 / Reset your password');
    expect(mail.text!.indexOf('비밀번호 재설정 요청을 받았습니다')).toBeLessThan(mail.text!.indexOf('We received a request'));
    expect(mail.text).toContain('이 링크는 30분 동안 한 번만 사용할 수 있습니다.');
    const token = tokenFromMail(mail);
    expect(mail.text).toContain(`${TEST_PUBLIC_URL}/reset-password?token=${token}`);
    expect(mail.html).toContain(`<a href="${TEST_PUBLIC_URL}/reset-password?token=${token}">비밀번호 재설정하기</a>`);

    const payload = await resetPassword(token);
    expect(payload).toMatchObject({ userErrors: [], retryAfterSeconds: null, account: { email: account.email } });
    expect((await api.queryWithToken(ME, payload.token)).data).toEqual({ me: { email: account.email } });
    await expectUnauthenticated(older);
    await signIn(account.email, NEW_PASSWORD);

    // Single use: the same link again is refused, and writes nothing.
    const before = await accountState(account.id);
    expect(await resetPassword(token, 'yet another passphrase')).toEqual({
      token: null,
      expiresAt: null,
      retryAfterSeconds: null,
      account: null,
      userErrors: [
        {
          field: ['input', 'token'],
          message: 'This reset link does not work: it was used already, it has expired, or it was never issued. Ask for a new one.',
          code: 'INVALID_RESET_TOKEN',
        },
      ],
    });
    expect(await accountState(account.id)).toEqual(before);
    expect(before.resets.every((r: { used_at: Date | null }) => r.used_at !== null)).toBe(true);
  });

  it('uses up every pending link of the account when one of them is used', async () => {
    const account = await createTestAccount(api.dataSource, AccountRole.MEMBER);
    const first = await mailedToken(account.email);
    const second = await mailedToken(account.email);
    expect(second).not.toBe(first);
    expect((await resetPassword(second)).userErrors).toEqual([]);
    expect((await resetPassword(first, 'yet another passphrase')).userErrors.map((e: { code: string }) => e.code)).toEqual(['INVALID_RESET_TOKEN']);
    await signIn(account.email, NEW_PASSWORD);
  });

  it('refuses an expired link and writes nothing', async () => {
    const account = await createTestAccount(api.dataSource, AccountRole.MEMBER);
    const token = await mailedToken(account.email);
    await q("UPDATE password_reset SET expires_at = now() - interval '1 second' WHERE account_id = $1", [account.id]);
    const before = await accountState(account.id);
    expect((await resetPassword(token)).userErrors.map((e: { code: string }) => e.code)).toEqual(['INVALID_RESET_TOKEN']);
    expect(await accountState(account.id)).toEqual(before);
    await signIn(account.email, TEST_PASSWORD);
  });

  it('keeps only the hash of the mailed token: no column of any table holds the token itself', async () => {
    const account = await createTestAccount(api.dataSource, AccountRole.MEMBER);
    const token = await mailedToken(account.email);
    const sha256 = createHash('sha256').update(token).digest('hex');
    expect(await q('SELECT token_hash FROM password_reset WHERE account_id = $1', [account.id])).toEqual([{ token_hash: sha256 }]);
    const columns: { table_name: string; column_name: string }[] = await q(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')`,
    );
    expect(columns.length).toBeGreaterThan(10);
    for (const { table_name, column_name } of columns) {
      const [{ n }] = await q(`SELECT count(*)::int AS n FROM "${table_name}" WHERE strpos("${column_name}"::text, $1) > 0`, [token]);
      expect({ table_name, column_name, n }).toEqual({ table_name, column_name, n: 0 });
    }
  });

  it('answers an unknown address exactly as a known one, and mails nothing to it', async () => {
    const account = await createTestAccount(api.dataSource, AccountRole.MEMBER);
    const disabled = await createTestAccount(api.dataSource, AccountRole.MEMBER);
    await q('UPDATE account SET disabled_at = now() WHERE id = $1', [disabled.id]);
    const nobody = unknownEmail();
    const [{ n: resetsBefore }] = await q('SELECT count(*)::int AS n FROM password_reset');

    const unknownAnswer = await api.query(REQUEST, { input: { email: nobody } }, null, { clientIp: freshIp() });
    const disabledAnswer = await api.query(REQUEST, { input: { email: disabled.email } }, null, { clientIp: freshIp() });
    const knownAnswer = await api.query(REQUEST, { input: { email: account.email } }, null, { clientIp: freshIp() });
    expect(JSON.stringify(unknownAnswer)).toBe(JSON.stringify(knownAnswer));
    expect(JSON.stringify(disabledAnswer)).toBe(JSON.stringify(knownAnswer));

    // The known address's mail was sent after the others' requests; once it is in, theirs would be too.
    await smtp.waitFor(account.email);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.to(nobody)).toEqual([]);
    expect(smtp.to(disabled.email)).toEqual([]);
    const [{ n: resetsAfter }] = await q('SELECT count(*)::int AS n FROM password_reset');
    expect(resetsAfter).toBe(resetsBefore + 1);
  });

  it('takes the same time for a known and an unknown address (medians within 10%), never less than the floor', async () => {
    const SAMPLES = 15;
    const known: number[] = [];
    const unknown: number[] = [];
    const timed = async (email: string) => {
      const started = performance.now();
      await requestReset(email);
      return performance.now() - started;
    };
    for (let i = 0; i < SAMPLES; i += 1) {
      // Each known sample is a different account (the per-email limit stays out of the way), interleaved with the unknown ones.
      const account = await createTestAccount(api.dataSource, AccountRole.MEMBER);
      known.push(await timed(account.email));
      unknown.push(await timed(unknownEmail()));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const [knownMedian, unknownMedian] = [median(known), median(unknown)];
    expect(Math.abs(knownMedian - unknownMedian) / Math.min(knownMedian, unknownMedian)).toBeLessThan(0.1);
    expect(Math.min(...known, ...unknown)).toBeGreaterThanOrEqual(RESET_REQUEST_MIN_MS - 1);
  });
});

describe('limits', () => {
  const codes = (payload: { userErrors: { code: string }[] }) => payload.userErrors.map((e) => e.code);
  /** A refusal without its wait, which may differ by a second between two requests a moment apart. */
  const withoutWait = ({ retryAfterSeconds, ...rest }: { retryAfterSeconds: number | null }) => rest;

  it(`refuses the ${RESET_REQUESTS_PER_EMAIL + 1}th request for one email, the same way for a known and an unknown one`, async () => {
    const account = await createTestAccount(api.dataSource, AccountRole.MEMBER);
    const nobody = unknownEmail();
    for (let i = 0; i < RESET_REQUESTS_PER_EMAIL; i += 1) {
      const answers = await Promise.all([requestReset(account.email), requestReset(nobody)]);
      expect(answers.map(codes)).toEqual([[], []]);
    }
    const [{ n: resetsBefore }] = await q('SELECT count(*)::int AS n FROM password_reset WHERE account_id = $1', [account.id]);
    const [knownRefusal, unknownRefusal] = await Promise.all([requestReset(account.email), requestReset(nobody)]);
    expect(codes(knownRefusal)).toEqual(['TOO_MANY_ATTEMPTS']);
    expect(knownRefusal.message).toBeNull();
    expect(knownRefusal.retryAfterSeconds).toBeGreaterThan(3500);
    expect(withoutWait(unknownRefusal)).toEqual(withoutWait(knownRefusal));
    expect(Math.abs(unknownRefusal.retryAfterSeconds - knownRefusal.retryAfterSeconds)).toBeLessThanOrEqual(1);
    // A refused request stores no link.
    expect(await q('SELECT count(*)::int AS n FROM password_reset WHERE account_id = $1', [account.id])).toEqual([{ n: resetsBefore }]);
  });

  it(`refuses a client address after ${RESET_REQUESTS_PER_IP} requests, whatever the addresses, the same way for a known and an unknown one`, async () => {
    const ip = freshIp();
    const account = await createTestAccount(api.dataSource, AccountRole.MEMBER);
    const answers = await Promise.all(Array.from({ length: RESET_REQUESTS_PER_IP }, () => requestReset(unknownEmail(), ip)));
    expect(answers.every((a) => codes(a).length === 0)).toBe(true);
    const knownRefusal = await requestReset(account.email, ip);
    const unknownRefusal = await requestReset(unknownEmail(), ip);
    expect(codes(knownRefusal)).toEqual(['TOO_MANY_ATTEMPTS']);
    expect(withoutWait(unknownRefusal)).toEqual(withoutWait(knownRefusal));
    expect(await q('SELECT count(*)::int AS n FROM password_reset WHERE account_id = $1', [account.id])).toEqual([{ n: 0 }]);
    // Another address may still ask for that email's link.
    expect(codes(await requestReset(account.email))).toEqual([]);
  });

  it(`refuses resetPassword from an address after ${FAILED_RESETS_PER_IP} refused links, even with a good one`, async () => {
    const ip = freshIp();
    const account = await createTestAccount(api.dataSource, AccountRole.MEMBER);
    const token = await mailedToken(account.email);
    const refused = await Promise.all(Array.from({ length: FAILED_RESETS_PER_IP }, (_, i) => resetPassword(`not-a-token-${i}`, NEW_PASSWORD, ip)));
    expect(refused.every((p) => codes(p)[0] === 'INVALID_RESET_TOKEN')).toBe(true);
    const before = await accountState(account.id);
    const blocked = await resetPassword(token, NEW_PASSWORD, ip);
    expect(codes(blocked)).toEqual(['TOO_MANY_ATTEMPTS']);
    expect(blocked.retryAfterSeconds).toBeGreaterThan(0);
    expect(await accountState(account.id)).toEqual(before);
    // The link itself is untouched: from another address it works.
    expect(codes(await resetPassword(token))).toEqual([]);
  });
});
