// `npm run account:create`, run as an operator runs it: the built CLI, in production mode, on a
// fresh empty database of its own (created and dropped here on the test server), which it migrates.
import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import { Client } from 'pg';
import { MIN_PASSWORD_LENGTH } from '../../src/modules/accounts/account.inputs';
import { verifyPassword } from '../../src/modules/accounts/passwords';
import { root } from '../support/server-process';
import { testDatabaseUrl } from '../support/test-env';

const cli = path.join(root, 'dist/src/cli/create-account.js');
const name = `am_account_create_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
const serverUrl = new URL(testDatabaseUrl());
const freshUrl = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
let db: Client;

beforeAll(async () => {
  const admin = new Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
});
afterAll(async () => {
  await db?.end();
  const admin = new Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});

/** Only what production requires, nothing inherited from the test run (no DATA_DIR, no demo accounts). */
function productionEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    DATABASE_URL: freshUrl,
    JWT_SECRET: randomBytes(32).toString('base64url'),
    SMTP_URL: 'smtp://127.0.0.1:2525',
    PUBLIC_URL: 'https://portal.alliance.example',
    ...extra,
  };
}

function createAccount(args: string[], options: { env?: Record<string, string>; stdin?: string } = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    env: productionEnv(options.env),
    input: options.stdin ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function account(email: string): Promise<{ role: string; organization_id: number | null; team_role: string | null; password_hash: string } | undefined> {
  const { rows } = await db.query('SELECT role, organization_id, team_role, password_hash FROM account WHERE email = $1', [email]);
  return rows[0];
}

const accountCount = async () => Number((await db.query('SELECT count(*) FROM account')).rows[0].count);

it('creates the first admin on a fresh production database, migrating it, with the password from ACCOUNT_PASSWORD', async () => {
  const password = 'first admin password';
  const result = createAccount(['--email', ' First.Admin@Alliance.example ', '--role', 'ADMIN'], { env: { ACCOUNT_PASSWORD: password } });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/^Created account first\.admin@alliance\.example: ADMIN; id \S+\.\n$/);
  expect(result.stdout).not.toContain(password);

  db = new Client({ connectionString: freshUrl });
  await db.connect();
  const created = await account('first.admin@alliance.example');
  expect(created).toMatchObject({ role: 'ADMIN', organization_id: null, team_role: null });
  expect(await verifyPassword(password, created!.password_hash)).toBe(true);
  const { rows } = await db.query("SELECT actor_id, details FROM audit_entry WHERE action = 'account.created'");
  expect(rows).toEqual([{ actor_id: null, details: expect.objectContaining({ role: 'ADMIN', by: 'account:create' }) }]);
});

it('reads the password from the first line of piped stdin', async () => {
  const result = createAccount(['--email', 'planner@alliance.example', '--role', 'planner'], { stdin: 'piped planner password\nsecond line ignored\n' });
  expect(result.status).toBe(0);
  expect(result.stdout).toContain('planner@alliance.example: PLANNER');
  const created = await account('planner@alliance.example');
  expect(created).toMatchObject({ role: 'PLANNER', organization_id: null });
  expect(await verifyPassword('piped planner password', created!.password_hash)).toBe(true);
});

it("makes a MEMBER account its organisation's OWNER", async () => {
  // The operator loads the sample members first (`npm run seed`), the same built code.
  const seeded = spawnSync(process.execPath, [path.join(root, 'dist/seeds/seed-cli.js')], { env: productionEnv(), encoding: 'utf8', timeout: 120_000 });
  expect(seeded.status).toBe(0);
  const { rows } = await db.query("SELECT id FROM organization WHERE slug = 'hanbit-telecom'");
  const result = createAccount(['--email', 'chief@hanbit-telecom.example', '--role', 'MEMBER', '--organization', 'hanbit-telecom'], {
    env: { ACCOUNT_PASSWORD: 'owner password 123' },
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toContain('MEMBER, OWNER of Hanbit Telecom (hanbit-telecom)');
  expect(await account('chief@hanbit-telecom.example')).toMatchObject({ role: 'MEMBER', organization_id: rows[0].id, team_role: 'OWNER' });
});

describe('refusals: one line on stderr, exit code 2, nothing written', () => {
  const password = { ACCOUNT_PASSWORD: 'a good long password' };
  it.each([
    [
      'a taken email (any case)',
      ['--email', 'FIRST.ADMIN@alliance.example', '--role', 'ADMIN'],
      password,
      /an account with the email first\.admin@alliance\.example already exists/,
    ],
    ['a bad role', ['--email', 'x@alliance.example', '--role', 'OWNER'], password, /role must be MEMBER, PLANNER, ADMIN, not 'OWNER'/],
    ['a bad email', ['--email', 'not-an-email', '--role', 'ADMIN'], password, /'not-an-email' is not an email address/],
    [
      'an unknown organisation',
      ['--email', 'y@alliance.example', '--role', 'MEMBER', '--organization', 'no-such-org'],
      password,
      /no organisation has the slug 'no-such-org'/,
    ],
    ['a member without organisation', ['--email', 'z@alliance.example', '--role', 'MEMBER'], password, /a MEMBER account needs --organization <slug>/],
    [
      'a planner with an organisation',
      ['--email', 'p@alliance.example', '--role', 'PLANNER', '--organization', 'hanbit-telecom'],
      password,
      /a PLANNER account belongs to no organisation/,
    ],
    [
      'a short password',
      ['--email', 'short@alliance.example', '--role', 'ADMIN'],
      { ACCOUNT_PASSWORD: 'x'.repeat(MIN_PASSWORD_LENGTH - 1) },
      new RegExp(`the password must be at least ${MIN_PASSWORD_LENGTH} characters long`),
    ],
    ['a missing --role', ['--email', 'q@alliance.example'], password, /--email and --role are required/],
    ['an unknown option', ['--email', 'q@alliance.example', '--role', 'ADMIN', '--admin'], password, /Unknown option '--admin'/],
  ])('%s', async (_case, args, env, message) => {
    const before = await accountCount();
    const result = createAccount(args, { env });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')[0]).toMatch(/^account:create: /);
    expect(result.stdout).toBe('');
    expect(await accountCount()).toBe(before);
  });

  it('a short password on stdin', async () => {
    const result = createAccount(['--email', 'short@alliance.example', '--role', 'ADMIN'], { stdin: 'short\n' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`account:create: the password must be at least ${MIN_PASSWORD_LENGTH} characters long.\n`);
    expect(await account('short@alliance.example')).toBeUndefined();
  });

  it('a production configuration that is incomplete', () => {
    const result = createAccount(['--email', 'w@alliance.example', '--role', 'ADMIN'], { env: { ...password, SMTP_URL: '' } });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('SMTP_URL is required when NODE_ENV=production');
  });
});
