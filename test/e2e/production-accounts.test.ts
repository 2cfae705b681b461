// Issue 13, as the secretariat would first run the service: a production-mode server on an empty
// database. `account:create` makes the first admin, who invites a planner; the mail arrives at an
// SMTP server; the planner accepts, signs in and creates a project. A reset request for an unknown
// address answers exactly like one for a known address, in the same time (medians within 10%).
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { assertBuilt, root, startServer, stopServer, type ServerProcess } from '../support/server-process';
import { startTestSmtpServer, tokenFromMail, type TestSmtpServer } from '../support/smtp';
import { TEST_JWT_SECRET, testDatabaseUrl } from '../support/test-env';

const PUBLIC_URL = 'https://portal.alliance.test';
const ADMIN = { email: 'secretariat-admin@alliance.test', password: 'first admin passphrase' };
const PLANNER = { email: 'planner.kim@alliance.test', password: 'planner passphrase 2026' };

let smtp: TestSmtpServer;
let databaseUrl: string;
let database: string;
let scratch: string;
let server: ServerProcess | undefined;

/** A client on the test run's PostgreSQL server (embedded or not), in its maintenance database. */
async function maintenance<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const url = new URL(testDatabaseUrl());
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function productionEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  return {
    ...env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    DATA_DIR: scratch,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    JWT_SECRET: TEST_JWT_SECRET,
    SMTP_URL: smtp.url,
    PUBLIC_URL,
    // Each request below names its own client address, so the per-address limits count each alone.
    TRUST_PROXY: 'true',
    ...extra,
  };
}

beforeAll(async () => {
  assertBuilt();
  smtp = await startTestSmtpServer();
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-match-production-'));
  database = `am_production_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  await maintenance((client) => client.query(`CREATE DATABASE ${database}`));
  const url = new URL(testDatabaseUrl());
  url.pathname = `/${database}`;
  databaseUrl = url.toString();
}, 60_000);

afterAll(async () => {
  if (server) await stopServer(server.child);
  await smtp.close();
  await maintenance((client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  fs.rmSync(scratch, { recursive: true, force: true });
}, 60_000);

let forwardedFor = 0;
async function graphql(query: string, variables: Record<string, unknown> = {}, token?: string) {
  forwardedFor += 1;
  const response = await fetch(server!.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': `198.51.100.${forwardedFor % 250}`,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(20_000),
  });
  return { status: response.status, body: (await response.json()) as any };
}

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token account { email role } userErrors { code message } } }';
const RESET = 'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { userErrors { code message } } }';

it('from account:create to a planner creating a project, with real mail', async () => {
  // 1. The first admin, on the empty production database (the CLI applies the migrations).
  const created = spawnSync(process.execPath, ['dist/src/cli/create-account.js', '--email', ADMIN.email, '--role', 'ADMIN'], {
    cwd: root,
    env: productionEnv({ ACCOUNT_PASSWORD: ADMIN.password }),
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect({ status: created.status, stderr: created.stderr }).toEqual({ status: 0, stderr: expect.any(String) });
  expect(created.stdout).toContain(ADMIN.email);
  expect(created.stdout + created.stderr).not.toContain(ADMIN.password);

  server = await startServer(productionEnv());

  // 2. The admin signs in and invites a planner.
  const adminSession = await graphql(SIGN_IN, { input: ADMIN });
  expect(adminSession.body.data.signIn).toMatchObject({ account: { email: ADMIN.email, role: 'ADMIN' }, userErrors: [] });
  const invited = await graphql(
    'mutation($input: InviteAccountInput!) { inviteAccount(input: $input) { invitation { email role kind status } userErrors { code message } } }',
    { input: { email: PLANNER.email, role: 'PLANNER' } },
    adminSession.body.data.signIn.token,
  );
  expect(invited.body).toMatchObject({
    data: { inviteAccount: { invitation: { email: PLANNER.email, role: 'PLANNER', kind: 'STAFF', status: 'PENDING' }, userErrors: [] } },
  });

  // 3. The mail arrives, with a link to the portal carrying the one-time token.
  const mail = await smtp.waitFor(PLANNER.email);
  expect(mail.text).toContain(`${PUBLIC_URL}/invitation?token=`);
  expect(mail.html).toContain(`${PUBLIC_URL}/invitation?token=`);
  const token = tokenFromMail(mail);

  // 4. The planner accepts (the answer signs it in), then signs in again and creates a project.
  const accepted = await graphql(
    'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token account { email role } userErrors { code message } } }',
    { input: { token, password: PLANNER.password } },
  );
  expect(accepted.body.data.acceptInvitation).toMatchObject({ account: { email: PLANNER.email, role: 'PLANNER' }, userErrors: [] });
  expect(accepted.body.data.acceptInvitation.token).toEqual(expect.any(String));
  const plannerSession = await graphql(SIGN_IN, { input: PLANNER });
  expect(plannerSession.body.data.signIn.userErrors).toEqual([]);
  const project = await graphql(
    'mutation($input: CreateProjectInput!) { createProject(input: $input) { project { slug status } userErrors { code message } } }',
    {
      input: {
        city: 'busan-eco-delta',
        slug: 'eco-delta-first-project',
        titleKo: '에코델타 첫 사업',
        titleEn: 'Eco Delta first project',
        slots: [{ role: 'LEAD', domain: 'water', technologies: ['iot'], minLevel: 3, weight: 5 }],
      },
    },
    plannerSession.body.data.signIn.token,
  );
  expect(project.body).toMatchObject({ data: { createProject: { project: { slug: 'eco-delta-first-project', status: 'DRAFT' }, userErrors: [] } } });

  // The invitation is single use.
  const again = await graphql('mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token userErrors { code } } }', {
    input: { token, password: 'another passphrase 123' },
  });
  expect(again.body.data.acceptInvitation.token).toBeNull();
  expect(again.body.data.acceptInvitation.userErrors).toHaveLength(1);
}, 180_000);

it('answers a reset request for an unknown address exactly as for a known one, in the same time', async () => {
  expect(server).toBeDefined();
  const known = [ADMIN.email, PLANNER.email];
  const timed = async (email: string) => {
    const started = process.hrtime.bigint();
    const { status, body } = await graphql(RESET, { input: { email } });
    // (extensions carry the caller's remaining query budget, which is per client, not per answer)
    return { ms: Number(process.hrtime.bigint() - started) / 1e6, answer: { status, data: body.data, errors: body.errors } };
  };
  // Interleaved, so a slow moment of this shared machine falls on both kinds alike.
  const knownRuns: { ms: number; answer: unknown }[] = [];
  const unknownRuns: { ms: number; answer: unknown }[] = [];
  for (let i = 0; i < 4; i++) {
    knownRuns.push(await timed(known[i % 2]));
    unknownRuns.push(await timed(`nobody-${randomUUID()}@alliance.test`));
  }
  for (const run of [...knownRuns, ...unknownRuns]) expect(run.answer).toEqual(knownRuns[0].answer);
  expect((knownRuns[0].answer as any).status).toBe(200);
  expect((knownRuns[0].answer as any).data.requestPasswordReset.userErrors).toEqual([]);
  const median = (runs: { ms: number }[]) => {
    const sorted = runs.map((r) => r.ms).sort((a, b) => a - b);
    return (sorted[(sorted.length - 1) >> 1] + sorted[sorted.length >> 1]) / 2;
  };
  const [k, u] = [median(knownRuns), median(unknownRuns)];
  expect(Math.abs(k - u) / Math.max(k, u)).toBeLessThan(0.1);

  // The known addresses got their reset mails; the unknown ones none.
  const reset = await smtp.waitFor(PLANNER.email, 10_000, (m) => (m.text ?? '').includes('/reset-password?token='));
  expect(reset.text).toContain(`${PUBLIC_URL}/reset-password?token=`);
  expect(smtp.messages.filter((m) => JSON.stringify(m.to).includes('nobody-'))).toEqual([]);
}, 120_000);

it('a changed password or a disabled account stops older tokens on the very next request', async () => {
  expect(server).toBeDefined();
  const me = (token: string) => graphql('{ me { id email } }', {}, token);
  const older = (await graphql(SIGN_IN, { input: PLANNER })).body.data.signIn.token as string;
  const current = (await graphql(SIGN_IN, { input: PLANNER })).body.data.signIn.token as string;
  expect((await me(older)).status).toBe(200);

  const changed = await graphql(
    'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { token userErrors { code message } } }',
    { input: { currentPassword: PLANNER.password, newPassword: 'a brand new planner passphrase' } },
    current,
  );
  expect(changed.body.data.changePassword.userErrors).toEqual([]);
  const fresh = changed.body.data.changePassword.token as string;
  for (const token of [older, current]) {
    const refused = await me(token);
    expect(refused.status).toBe(401);
    expect(refused.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  }
  const planner = (await me(fresh)).body.data.me;
  expect(planner.email).toBe(PLANNER.email);

  const admin = (await graphql(SIGN_IN, { input: ADMIN })).body.data.signIn.token as string;
  const disabled = await graphql(
    'mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { account { disabled } userErrors { code message } } }',
    { input: { accountId: planner.id, disabled: true } },
    admin,
  );
  expect(disabled.body.data.updateAccount).toEqual({ account: { disabled: true }, userErrors: [] });
  const refused = await me(fresh);
  expect(refused.status).toBe(401);
  expect(refused.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
}, 60_000);
