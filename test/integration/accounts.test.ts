import { randomUUID } from 'node:crypto';
import { DEMO_ACCOUNTS, seedDemoAccounts } from '../../seeds/demo-accounts';
import { Account } from '../../src/modules/accounts/account.entity';
import { BAD_CREDENTIALS_MESSAGE } from '../../src/modules/accounts/account.service';
import { FAILURES_PER_EMAIL } from '../../src/modules/accounts/sign-in-throttle';
import { Organization } from '../../src/modules/organizations/organization.entity';
import { createTestApi, type TestApi } from '../support/api';
import { newOrganizationInput, removeTestOrganizations } from '../support/organizations';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await removeTestOrganizations(api.dataSource);
  await api.close();
});

const SIGN_UP = `mutation($input: SignUpInput!) {
  signUp(input: $input) {
    token expiresAt
    account { id email role createdAt organization { slug membershipStatus } }
    userErrors { field message code }
  }
}`;
const SIGN_IN = `mutation($input: SignInInput!) {
  signIn(input: $input) { token expiresAt retryAfterSeconds account { id email role } userErrors { field message code } }
}`;
const ME = '{ me { id email role organization { slug } } }';
const PASSWORD = 'a long enough passphrase';

const uniqueEmail = () => `Person.${randomUUID().slice(0, 8)}@Example.ORG`;

async function signUp(input: Record<string, unknown>) {
  const result = await api.query(SIGN_UP, { input });
  expect(result.errors).toBeUndefined();
  return result.data!.signUp;
}

async function signIn(email: string, password: string) {
  const result = await api.query(SIGN_IN, { input: { email, password } });
  expect(result.errors).toBeUndefined();
  return result.data!.signIn;
}

describe('signUp', () => {
  it('creates a MEMBER account with a lower-cased, trimmed email and signs it in', async () => {
    const email = uniqueEmail();
    const payload = await signUp({ email: `  ${email} `, password: PASSWORD });
    expect(payload.userErrors).toEqual([]);
    expect(payload.account).toMatchObject({ email: email.toLowerCase(), role: 'MEMBER', organization: null });
    const viewer = await api.viewerFor(payload.token);
    expect(viewer).toMatchObject({ role: 'MEMBER', organizationId: null });
    expect(new Date(payload.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const stored = await api.dataSource.getRepository(Account).findOneByOrFail({ email: email.toLowerCase() });
    expect(stored.passwordHash).toMatch(/^scrypt\$/);
    expect(stored.passwordHash).not.toContain(PASSWORD);
  });

  it('with an organisation, creates it APPLIED with the account as its first member, in one go', async () => {
    const organization = newOrganizationInput();
    const payload = await signUp({ email: uniqueEmail(), password: PASSWORD, organization });
    expect(payload.userErrors).toEqual([]);
    expect(payload.account.organization).toEqual({ slug: organization.slug, membershipStatus: 'APPLIED' });
    const viewer = await api.viewerFor(payload.token);
    const row = await api.dataSource.getRepository(Organization).findOneByOrFail({ slug: organization.slug });
    expect(viewer.organizationId).toBe(row.id);
  });

  it('treats emails case-insensitively: the same address in other case is taken', async () => {
    const email = uniqueEmail();
    await signUp({ email: email.toLowerCase(), password: PASSWORD });
    const again = await signUp({ email: email.toUpperCase(), password: PASSWORD });
    expect(again.account).toBeNull();
    expect(again.userErrors).toEqual([{ field: ['input', 'email'], code: 'EMAIL_TAKEN', message: expect.stringMatching(/already exists/) }]);
  });

  it('writes nothing when the organisation part fails (a taken slug rolls the account back too)', async () => {
    const email = uniqueEmail();
    const payload = await signUp({ email, password: PASSWORD, organization: newOrganizationInput({ slug: 'hanbit-telecom' }) });
    expect(payload.userErrors).toEqual([{ field: ['input', 'organization', 'slug'], code: 'SLUG_TAKEN', message: expect.any(String) }]);
    expect(await api.dataSource.getRepository(Account).countBy({ email: email.toLowerCase() })).toBe(0);
  });

  it.each([
    ['a malformed email', { email: 'not-an-email', password: PASSWORD }, ['input', 'email']],
    ['a short password', { email: uniqueEmail(), password: 'short' }, ['input', 'password']],
    [
      'an unknown industry',
      { email: uniqueEmail(), password: PASSWORD, organization: newOrganizationInput({ industry: 'alchemy' }) },
      ['input', 'organization', 'industry'],
    ],
    ['a bad slug', { email: uniqueEmail(), password: PASSWORD, organization: newOrganizationInput({ slug: 'Not A Slug' }) }, ['input', 'organization', 'slug']],
  ])('refuses %s with a BAD_USER_INPUT userError naming the field', async (_name, input, field) => {
    const payload = await signUp(input);
    expect(payload.account).toBeNull();
    expect(payload.token).toBeNull();
    expect(payload.userErrors[0]).toMatchObject({ field, code: 'BAD_USER_INPUT' });
  });
});

describe('signIn', () => {
  let email: string;
  beforeAll(async () => {
    email = uniqueEmail().toLowerCase();
    await signUp({ email, password: PASSWORD });
  });

  it('gives a token for the right password, whatever the case of the email', async () => {
    const payload = await signIn(`  ${email.toUpperCase()}`, PASSWORD);
    expect(payload.userErrors).toEqual([]);
    expect(payload.account.email).toBe(email);
    const me = await api.query(ME, {}, await api.viewerFor(payload.token));
    expect(me.data!.me).toMatchObject({ email, role: 'MEMBER', organization: null });
  });

  it('answers a wrong password and an unknown email with the very same userError', async () => {
    const wrongPassword = await signIn(email, 'not the password at all');
    const unknownEmail = await signIn(`nobody-${randomUUID()}@example.org`, PASSWORD);
    expect(wrongPassword).toEqual(unknownEmail);
    expect(wrongPassword).toMatchObject({ token: null, account: null, retryAfterSeconds: null });
    expect(wrongPassword.userErrors).toEqual([{ field: null, message: BAD_CREDENTIALS_MESSAGE.en, code: 'INVALID_CREDENTIALS' }]);
  });

  it(`refuses even the right password after ${FAILURES_PER_EMAIL} failures, with a retry time`, async () => {
    const victim = uniqueEmail().toLowerCase();
    await signUp({ email: victim, password: PASSWORD });
    for (let i = 0; i < FAILURES_PER_EMAIL; i += 1) {
      expect((await signIn(victim, `wrong guess ${i}`)).userErrors[0].code).toBe('INVALID_CREDENTIALS');
    }
    const refused = await signIn(victim.toUpperCase(), PASSWORD);
    expect(refused.token).toBeNull();
    expect(refused.userErrors).toEqual([{ field: null, code: 'TOO_MANY_ATTEMPTS', message: expect.stringMatching(/try again in \d+ seconds/) }]);
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    // Other accounts are not affected.
    expect((await signIn(email, PASSWORD)).userErrors).toEqual([]);
  });

  it('answers empty credentials with BAD_USER_INPUT', async () => {
    const payload = await signIn('', '');
    expect(payload.userErrors.map((e: any) => [e.field.join('.'), e.code])).toEqual([
      ['input.email', 'BAD_USER_INPUT'],
      ['input.password', 'BAD_USER_INPUT'],
    ]);
  });
});

describe('me', () => {
  it('is null when anonymous', async () => {
    expect((await api.query(ME)).data).toEqual({ me: null });
  });
});

describe('password hashes and passwords never reach a response', () => {
  it('are not in any field of Account (the schema has none) nor in any payload', async () => {
    const email = uniqueEmail();
    const signUpResult = await api.query(SIGN_UP, { input: { email, password: PASSWORD, organization: newOrganizationInput() } });
    const signInResult = await api.query(SIGN_IN, { input: { email, password: PASSWORD } });
    const viewer = await api.viewerFor(signInResult.data!.signIn.token);
    const meResult = await api.query('{ me { __typename id email role createdAt organization { id slug } } }', {}, viewer);
    const hash = (await api.dataSource.getRepository(Account).findOneByOrFail({ email: email.toLowerCase() })).passwordHash;
    const fields = await api.query('{ __type(name: "Account") { fields { name } } }');
    expect(fields.data!.__type.fields.map((f: any) => f.name).sort()).toEqual([
      'createdAt',
      'disabled',
      'email',
      'id',
      'notificationSettings',
      'organization',
      'role',
      'teamRole',
    ]);
    for (const result of [signUpResult, signInResult, meResult]) {
      const text = JSON.stringify(result);
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain(hash);
      expect(text).not.toContain(hash.split('$')[5]);
    }
  });

  it('node(id) does not serve accounts', async () => {
    const email = uniqueEmail();
    const payload = await signUp({ email, password: PASSWORD });
    const result = await api.query('query($id: ID!) { node(id: $id) { id } }', { id: payload.account.id });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('demo accounts', () => {
  it('are created once (idempotently) and sign in with the documented passwords', async () => {
    await seedDemoAccounts(api.dataSource);
    expect(await seedDemoAccounts(api.dataSource)).toBe(0);
    for (const demo of DEMO_ACCOUNTS) {
      const payload = await signIn(demo.email, demo.password);
      expect(payload.userErrors).toEqual([]);
      expect(payload.account.role).toBe(demo.role);
      const viewer = await api.viewerFor(payload.token);
      const me = await api.query(ME, {}, viewer);
      expect(me.data!.me.organization?.slug ?? null).toBe(demo.organization);
    }
  });
});
