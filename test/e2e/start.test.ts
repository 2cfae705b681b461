// The README's promise, run the way a new user runs it: the built server on a fresh embedded
// database (no DATABASE_URL), answering the first query over HTTP; then a re-seed changes nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assertBuilt, entry, post, root, startServer, stopServer, userEnv as userEnvIn } from '../support/server-process';

let dataDir: string;

beforeAll(() => {
  assertBuilt();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-match-e2e-'));
});
afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const userEnv = (extra: Record<string, string> = {}) => userEnvIn(dataDir, extra);

const FIRST_QUERY =
  '{ organizations(first: 5, filter: { domains: ["mobility"] }) { totalCount edges { node { nameKo capabilities { domain { slug } level } } } } }';
// Every seeded organisation (64, all statuses) with its capabilities: one page, within the cost
// limit. Only admins see every status, so it is asked as the demo admin (README "Signing in").
const FINGERPRINT = `{ all: organizations(first: 100, orderBy: { field: CREATED_AT }, filter: { membershipStatuses: [APPLIED, APPROVED, REJECTED, SUSPENDED, WITHDRAWN] }) {
  totalCount edges { node { slug workingGroups { role } capabilities { level domain { slug } technologies { slug } cities { slug } } } } } }`;

async function postAsAdmin(url: string, query: string): Promise<any> {
  const signIn = await post(
    url,
    'mutation { signIn(input: { email: "admin@alliance.example", password: "demo-admin-password" }) { token userErrors { code } } }',
  );
  expect(signIn.data.signIn.userErrors).toEqual([]);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${signIn.data.signIn.token}` },
    body: JSON.stringify({ query }),
  });
  expect(response.status).toBe(200);
  return response.json();
}

describe('a fresh start with the embedded database', () => {
  it('migrates, seeds, answers the first query, and stops cleanly on SIGTERM', async () => {
    const server = await startServer(userEnv());
    try {
      expect(server.logs()).toMatch(/embedded PostgreSQL created/);
      expect(server.logs()).toMatch(/embedded PostgreSQL started/);
      expect(server.logs()).toMatch(/empty database seeded/);
      const body = await post(server.url, FIRST_QUERY);
      expect(body.errors).toBeUndefined();
      const { totalCount, edges } = body.data.organizations;
      expect(totalCount).toBeGreaterThanOrEqual(6);
      expect(edges).toHaveLength(5);
      for (const { node } of edges) expect(node.capabilities.some((c: any) => c.domain.slug === 'mobility')).toBe(true);
      const health = await fetch(server.url.replace('/graphql', '/healthz'));
      expect(await health.json()).toEqual({ status: 'ok' });
    } finally {
      expect(await stopServer(server.child)).toBe(0);
    }
  }, 180_000);

  it('keeps its data across restarts, and `npm run seed` run twice changes nothing', async () => {
    let server = await startServer(userEnv());
    const before = await postAsAdmin(server.url, FINGERPRINT);
    expect(await stopServer(server.child)).toBe(0);

    for (let i = 0; i < 2; i++) {
      const seeded = spawnSync(process.execPath, [path.join(root, 'dist/seeds/seed-cli.js')], { env: userEnv(), encoding: 'utf8', timeout: 120_000 });
      expect(seeded.stderr).toBe('');
      expect(seeded.status).toBe(0);
    }

    server = await startServer(userEnv());
    try {
      expect(server.logs()).not.toMatch(/empty database seeded/);
      const after = await postAsAdmin(server.url, FINGERPRINT);
      expect(after).toEqual(before);
      expect(after.data.all.totalCount).toBe(64);
    } finally {
      expect(await stopServer(server.child)).toBe(0);
    }
  }, 300_000);

  it('refuses to start on bad configuration, naming each bad variable', () => {
    const result = spawnSync(process.execPath, [entry], { env: userEnv({ PORT: 'eighty', LOG_LEVEL: 'loud' }), encoding: 'utf8', timeout: 30_000 });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('PORT="eighty" must be a number');
    expect(result.stderr).toContain('LOG_LEVEL="loud" must be one of');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
