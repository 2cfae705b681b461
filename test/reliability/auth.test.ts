// Issue 11, findings 4–6, against the built server: no public signing key (a random secret per
// installation, kept 0600 in DATA_DIR; production needs JWT_SECRET), loopback and no published
// passwords by default, and the account row, not the token, deciding who is asking.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import { createDataSource, type AppDataSource } from '../../src/db/data-source';
import { DEMO_ACCOUNTS } from '../../seeds/demo-accounts';
import { entities } from '../../src/modules';
import { AccountRole, createTestAccount, TEST_PASSWORD } from '../support/accounts';
import { assertBuilt, entry, startServer, stopServer, userEnv, type ServerProcess } from '../support/server-process';
import { TEST_JWT_SECRET, testDatabaseUrl } from '../support/test-env';
import { projectInput, useTestCity } from '../support/workflows';

/** The key every installation used to sign with when JWT_SECRET was unset: it was in the source. */
const FORMER_BUILT_IN_SECRET = 'alliance-match-development-secret-do-not-use-in-production';
const ISSUER = 'alliance-match';
const AUDIENCE = 'alliance-match-api';

let dataSource: AppDataSource;
let scratch: string;
let removeTestCity: () => Promise<void>;

beforeAll(async () => {
  assertBuilt();
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-match-auth-'));
  dataSource = createDataSource({ url: testDatabaseUrl(), poolSize: 2, entities });
  await dataSource.initialize();
  removeTestCity = await useTestCity(dataSource);
});
afterAll(async () => {
  await removeTestCity?.();
  await dataSource?.destroy();
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** A built server on the test database (no embedded one to wait for); `extra` as environment. */
function serverEnv(dataDir: string, extra: Record<string, string> = {}) {
  // SMTP_URL and PUBLIC_URL are required in production; nothing here sends mail.
  return userEnv(dataDir, {
    DATABASE_URL: testDatabaseUrl(),
    SEED_ON_EMPTY: 'false',
    DB_POOL_SIZE: '2',
    SMTP_URL: 'smtp://127.0.0.1:9',
    PUBLIC_URL: 'https://portal.alliance.test',
    ...extra,
  });
}

async function graphql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, body: (await response.json()) as any };
}

/** A token as a forger would make it: any claims, signed with `secret`; `exp: null` leaves the expiry out. */
function forge(secret: string, accountId: number | string, claims: Record<string, unknown>, exp: string | null = '1h') {
  let jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(String(accountId))
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt();
  if (exp) jwt = jwt.setExpirationTime(exp);
  return jwt.sign(new TextEncoder().encode(secret));
}

const ME = '{ me { email role organization { slug } } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token userErrors { code } } }';
const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) { token userErrors { code } } }';
const SIGN_OUT = 'mutation { signOut { account { email } userErrors { code } } }';
const AUDIT_AND_CONTACTS = '{ auditLog(first: 5) { totalCount } organizations(first: 3) { edges { node { contact { contactEmail } } } } }';
const CREATE_PROJECT = 'mutation($input: CreateProjectInput!) { createProject(input: $input) { project { slug } userErrors { code } } }';

async function signIn(url: string, email: string, password = TEST_PASSWORD): Promise<string> {
  const { body } = await graphql(url, SIGN_IN, { input: { email, password } });
  expect(body.data.signIn.userErrors).toEqual([]);
  return body.data.signIn.token;
}

function expectUnauthenticated(response: { status: number; body: any }) {
  expect(response.status).toBe(401);
  expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(response.body.data ?? null).toBeNull();
}

/** Runs the built server until it exits (config errors exit at once); never longer than `timeout`. */
function runToExit(env: NodeJS.ProcessEnv, timeout = 60_000) {
  return spawnSync(process.execPath, [entry], { env, encoding: 'utf8', timeout });
}

describe('without JWT_SECRET (outside production)', () => {
  const dataDir = () => path.join(scratch, 'secret');
  const secretFile = () => path.join(dataDir(), 'jwt-secret');
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    server = await startServer(serverEnv(dataDir(), { JWT_SECRET: '' }));
  }, 60_000);
  afterAll(async () => {
    if (server) await stopServer(server.child);
  });

  it('generates a random secret on first start, in DATA_DIR, readable by its owner only', () => {
    const stat = fs.statSync(secretFile());
    expect((stat.mode & 0o777).toString(8)).toBe('600');
    const secret = fs.readFileSync(secretFile(), 'utf8').trim();
    expect(Buffer.byteLength(secret)).toBeGreaterThanOrEqual(32);
    expect(secret).not.toBe(FORMER_BUILT_IN_SECRET);
  });

  it('refuses a token forged with the formerly built-in key (an ADMIN reading the audit log and contacts)', async () => {
    const forged = await forge(FORMER_BUILT_IN_SECRET, 1, { role: 'ADMIN', org: null, gen: 0 });
    const response = await graphql(server!.url, AUDIT_AND_CONTACTS, {}, forged);
    expectUnauthenticated(response);
  });

  it('keeps the secret across restarts, so tokens survive them', async () => {
    const before = fs.readFileSync(secretFile(), 'utf8');
    const email = `restart-${randomUUID().slice(0, 8)}@test.example`;
    const signUp = await graphql(server!.url, SIGN_UP, { input: { email, password: TEST_PASSWORD } });
    expect(signUp.body.data.signUp.userErrors).toEqual([]);
    const token: string = signUp.body.data.signUp.token;

    expect(await stopServer(server!.child)).toBe(0);
    server = await startServer(serverEnv(dataDir(), { JWT_SECRET: '' }));
    expect(fs.readFileSync(secretFile(), 'utf8')).toBe(before);
    const me = await graphql(server.url, ME, {}, token);
    expect(me.status).toBe(200);
    expect(me.body.data.me).toEqual({ email, role: 'MEMBER', organization: null });
  }, 60_000);
});

describe('a secret file the server will not use', () => {
  it('stops the start when others may read it, or when it is too short, saying what to do', () => {
    const dataDir = path.join(scratch, 'bad-secret');
    fs.mkdirSync(dataDir);
    const file = path.join(dataDir, 'jwt-secret');
    fs.writeFileSync(file, `${'s'.repeat(48)}\n`, { mode: 0o644 });
    fs.chmodSync(file, 0o644);
    const readable = runToExit(serverEnv(dataDir, { JWT_SECRET: '' }));
    expect(readable.status).toBe(1);
    expect(readable.stderr).toContain(`${file} may be read by other users (mode 0644)`);
    expect(readable.stderr).toContain(`chmod 600 ${file}`);

    fs.chmodSync(file, 0o600);
    fs.writeFileSync(file, 'too-short\n');
    const short = runToExit(serverEnv(dataDir, { JWT_SECRET: '' }));
    expect(short.status).toBe(1);
    expect(short.stderr).toContain('shorter than 32 bytes');
  }, 120_000);
});

describe('in production', () => {
  it('refuses to start without JWT_SECRET, or with one of 31 bytes', () => {
    const dataDir = path.join(scratch, 'production');
    const missing = runToExit(serverEnv(dataDir, { NODE_ENV: 'production', JWT_SECRET: '' }));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('JWT_SECRET is required when NODE_ENV=production');
    const short = runToExit(serverEnv(dataDir, { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(31) }));
    expect(short.status).toBe(2);
    expect(short.stderr).toContain('JWT_SECRET=(hidden) must be at least 32 bytes');
    expect(short.stderr).not.toContain('x'.repeat(31));
    expect(fs.existsSync(path.join(dataDir, 'jwt-secret'))).toBe(false);
  });
});

describe('the listening address', () => {
  /** Whether anything answers on `host`: 127.0.0.2 is loopback too, but only a server bound to every interface hears it. */
  async function answers(host: string, port: string): Promise<boolean> {
    try {
      await fetch(`http://${host}:${port}/healthz`, { signal: AbortSignal.timeout(5_000) });
      return true;
    } catch {
      return false;
    }
  }

  it('is 127.0.0.1 by default outside production, every interface by default in production', async () => {
    for (const [env, everywhere] of [
      [{ NODE_ENV: 'development' }, false],
      [{ NODE_ENV: 'production' }, true],
    ] as const) {
      const server = await startServer(serverEnv(path.join(scratch, 'host'), { HOST: '', ...env }));
      try {
        const port = new URL(server.url).port;
        expect(await answers('127.0.0.1', port)).toBe(true);
        expect(await answers('127.0.0.2', port)).toBe(everywhere);
      } finally {
        await stopServer(server.child);
      }
    }
  }, 60_000);
});

describe('demo accounts (published passwords)', () => {
  it('are refused in production and on a HOST that is not loopback, with a clear message', () => {
    const dataDir = path.join(scratch, 'demo');
    const production = runToExit(serverEnv(dataDir, { NODE_ENV: 'production', SEED_DEMO_ACCOUNTS: 'true' }), 30_000);
    expect(production.status).toBe(2);
    expect(production.stderr).toContain('SEED_DEMO_ACCOUNTS="true" is not allowed when NODE_ENV=production');
    const everywhere = runToExit(serverEnv(dataDir, { HOST: '0.0.0.0', SEED_DEMO_ACCOUNTS: 'true' }), 30_000);
    expect(everywhere.status).toBe(2);
    expect(everywhere.stderr).toContain('SEED_DEMO_ACCOUNTS="true" is not allowed with HOST=0.0.0.0');
  }, 70_000);

  it('are not created on a database server unless asked for', async () => {
    // A database of its own: the shared test database may hold them from another test.
    const name = `am_demo_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    await dataSource.query(`CREATE DATABASE ${name}`);
    const url = new URL(testDatabaseUrl());
    url.pathname = `/${name}`;
    const demoAccounts = async () => {
      const own = createDataSource({ url: url.toString(), poolSize: 1, entities });
      await own.initialize();
      try {
        const [{ count }] = await own.query('SELECT count(*)::int AS count FROM account WHERE email = ANY($1)', [DEMO_ACCOUNTS.map((d) => d.email)]);
        return count as number;
      } finally {
        await own.destroy();
      }
    };
    try {
      const dataDir = path.join(scratch, 'demo-server');
      let server = await startServer(serverEnv(dataDir, { DATABASE_URL: url.toString(), SEED_ON_EMPTY: 'true' }));
      expect(await stopServer(server.child)).toBe(0);
      expect(await demoAccounts()).toBe(0);
      server = await startServer(serverEnv(dataDir, { DATABASE_URL: url.toString(), SEED_DEMO_ACCOUNTS: 'true' }));
      expect(await stopServer(server.child)).toBe(0);
      expect(await demoAccounts()).toBe(DEMO_ACCOUNTS.length);
    } finally {
      await dataSource.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  }, 60_000);
});

describe('the account, not the token, decides', () => {
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    server = await startServer(serverEnv(path.join(scratch, 'accounts')));
  }, 60_000);
  afterAll(async () => {
    if (server) await stopServer(server.child);
  });

  it('refuses a validly signed token for an account that does not exist', async () => {
    const [{ max }] = await dataSource.query('SELECT coalesce(max(id), 0)::int AS max FROM account');
    const token = await forge(TEST_JWT_SECRET, max + 1_000_000, { role: 'MEMBER', org: null, gen: 0 });
    expectUnauthenticated(await graphql(server!.url, ME, {}, token));
  });

  it('refuses a token without an expiry', async () => {
    const member = await createTestAccount(dataSource, AccountRole.MEMBER);
    const forever = await forge(TEST_JWT_SECRET, member.accountId, { role: 'MEMBER', org: null, gen: 0 }, null);
    expectUnauthenticated(await graphql(server!.url, ME, {}, forever));
    // The same claims with an expiry are fine: it is the missing exp that is refused.
    const expiring = await forge(TEST_JWT_SECRET, member.accountId, { role: 'MEMBER', org: null, gen: 0 });
    expect((await graphql(server!.url, ME, {}, expiring)).body.data.me.email).toBe(member.email);
  });

  it("takes a demoted planner's rights away at once: the old token cannot create a project, and nothing is written", async () => {
    const planner = await createTestAccount(dataSource, AccountRole.PLANNER);
    const token = await signIn(server!.url, planner.email);
    const before = await graphql(server!.url, CREATE_PROJECT, { input: projectInput() }, token);
    expect(before.body.data.createProject.userErrors).toEqual([]);

    await dataSource.query(`UPDATE account SET role = 'MEMBER' WHERE id = $1`, [planner.accountId]);
    const input = projectInput();
    const after = await graphql(server!.url, CREATE_PROJECT, { input }, token);
    expect(after.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(after.body.data?.createProject ?? null).toBeNull();
    expect(await dataSource.query('SELECT id FROM project WHERE slug = $1', [input.slug])).toEqual([]);
    expect((await graphql(server!.url, ME, {}, token)).body.data.me.role).toBe('MEMBER');
  });

  it('signOut revokes every token of the account, the one in use from the next request on', async () => {
    const member = await createTestAccount(dataSource, AccountRole.MEMBER);
    const first = await signIn(server!.url, member.email);
    const second = await signIn(server!.url, member.email);
    expect((await graphql(server!.url, ME, {}, first)).body.data.me.email).toBe(member.email);

    const signOut = await graphql(server!.url, SIGN_OUT, {}, first);
    expect(signOut.body.data).toEqual({ signOut: { account: { email: member.email }, userErrors: [] } });
    expectUnauthenticated(await graphql(server!.url, ME, {}, first));
    expectUnauthenticated(await graphql(server!.url, ME, {}, second));
    expectUnauthenticated(await graphql(server!.url, SIGN_OUT, {}, first));

    const fresh = await signIn(server!.url, member.email);
    expect((await graphql(server!.url, ME, {}, fresh)).body.data.me.email).toBe(member.email);
    // Anonymous callers have nothing to sign out of.
    expect((await graphql(server!.url, SIGN_OUT)).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it("refuses a disabled account's tokens at once, and its sign-in", async () => {
    const member = await createTestAccount(dataSource, AccountRole.MEMBER);
    const token = await signIn(server!.url, member.email);
    await dataSource.query('UPDATE account SET disabled_at = now() WHERE id = $1', [member.accountId]);
    expectUnauthenticated(await graphql(server!.url, ME, {}, token));
    const { body } = await graphql(server!.url, SIGN_IN, { input: { email: member.email, password: TEST_PASSWORD } });
    expect(body.data.signIn).toEqual({ token: null, userErrors: [{ code: 'INVALID_CREDENTIALS' }] });
  });
});
