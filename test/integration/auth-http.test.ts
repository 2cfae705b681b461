import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { Account } from '../../src/modules/accounts/account.entity';
import { postGraphQL, startTestApp, type RunningApp } from '../support/http-app';
import { newOrganizationInput, removeTestOrganizations } from '../support/organizations';
import { testTokenSettings } from '../support/test-env';

let server: RunningApp;
beforeAll(async () => {
  server = await startTestApp({ LOG_LEVEL: 'trace' });
});
afterAll(async () => {
  await removeTestOrganizations(server.dataSource);
  await server.close();
});

const PASSWORD = 'http test passphrase 42';
const email = `http-${randomUUID().slice(0, 8)}@example.org`;

async function graphql(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return postGraphQL(server.graphql, { query, variables }, headers);
}

describe('access tokens over HTTP', () => {
  let token: string;

  beforeAll(async () => {
    const signUp = await graphql('mutation($input: SignUpInput!) { signUp(input: $input) { userErrors { code } } }', {
      input: { email, password: PASSWORD, organization: newOrganizationInput() },
    });
    expect(signUp.body.data.signUp.userErrors).toEqual([]);
    const signIn = await graphql('mutation($input: SignInInput!) { signIn(input: $input) { token userErrors { code } } }', {
      input: { email: email.toUpperCase(), password: PASSWORD },
    });
    token = signIn.body.data.signIn.token;
    expect(token).toEqual(expect.any(String));
  });

  it('are accepted as Authorization: Bearer', async () => {
    const response = await graphql('{ me { email role } }', {}, { authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
    expect(response.body.data.me).toEqual({ email, role: 'MEMBER' });
  });

  it('leave anonymous requests anonymous', async () => {
    const response = await graphql('{ me { email } }');
    expect(response.body.data.me).toBeNull();
  });

  it('are refused with 401 when tampered with (here: the role raised to ADMIN)', async () => {
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const forged = Buffer.from(JSON.stringify({ ...claims, role: 'ADMIN' })).toString('base64url');
    const response = await graphql('{ me { role } }', {}, { authorization: `Bearer ${header}.${forged}.${signature}` });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(response.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(response.body.data ?? null).toBeNull();
  });

  it('are refused with 401 when expired, saying so', async () => {
    const settings = testTokenSettings();
    const expired = await new SignJWT({ gen: 0 })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('1')
      .setIssuer(settings.issuer)
      .setAudience(settings.audience)
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(new TextEncoder().encode(settings.secret));
    const response = await graphql('{ me { role } }', {}, { authorization: `Bearer ${expired}` });
    expect(response.status).toBe(401);
    expect(response.body.errors[0]).toMatchObject({ message: expect.stringMatching(/expired/), extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('signed with another key are refused with 401', async () => {
    const settings = testTokenSettings();
    const foreign = await new SignJWT({ gen: 0 })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('1')
      .setIssuer(settings.issuer)
      .setAudience(settings.audience)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-secret-that-is-long-enough-to-be-a-key'));
    const response = await graphql('{ me { role } }', {}, { authorization: `Bearer ${foreign}` });
    expect(response.status).toBe(401);
  });

  it('a mutation that needs a role answers UNAUTHENTICATED anonymously and FORBIDDEN for the wrong role', async () => {
    const document = 'mutation($input: CreateTechnologyInput!) { createTechnology(input: $input) { technology { slug } userErrors { code } } }';
    const input = { slug: `t-${randomUUID().slice(0, 8)}`, nameKo: '시험', nameEn: 'Test' };
    const anonymous = await graphql(document, { input });
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const member = await graphql(document, { input }, { authorization: `Bearer ${token}` });
    expect(member.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('never write a password or a password hash to the log, on success or failure', async () => {
    await graphql('mutation($input: SignInInput!) { signIn(input: $input) { userErrors { code } } }', { input: { email, password: 'wrong password here' } });
    await graphql('mutation($input: SignUpInput!) { signUp(input: $input) { userErrors { code } } }', { input: { email, password: PASSWORD } });
    await graphql('mutation($input: SignUpInput!) { signUp(input: $input) { userErrors { code } } }', { input: { email: 'bad', password: 'short' } });
    const hash = (await server.dataSource.getRepository(Account).findOneByOrFail({ email })).passwordHash;
    const log = server.logText();
    expect(log).toContain('graphql operation');
    for (const secret of [PASSWORD, 'wrong password here', hash, hash.split('$')[4], hash.split('$')[5], token]) {
      expect(log).not.toContain(secret);
    }
  });
});
