// The README's promise, run the way a new user runs it: the built server on a fresh embedded
// database (no DATABASE_URL), answering the first query over HTTP; then a re-seed changes nothing.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.join(__dirname, '../..');
const entry = path.join(root, 'dist/src/index.js');
let dataDir: string;

beforeAll(() => {
  if (!fs.existsSync(entry)) throw new Error('dist/ is missing: run the tests with `npm test`, which builds first.');
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-match-e2e-'));
});
afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** The environment a new user has: no database server configured. */
function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  return { ...env, NODE_ENV: 'development', DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...extra };
}

async function startServer(): Promise<{ child: ChildProcess; url: string; logs: () => string }> {
  const child = spawn(process.execPath, [entry], { env: userEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready at (http:\/\/localhost:\d+\/graphql)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return { child, url, logs: () => output };
}

async function stopServer(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  return exited;
}

async function post(url: string, query: string): Promise<any> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  expect(response.status).toBe(200);
  return response.json();
}

const FIRST_QUERY = '{ organizations(first: 5, filter: { domains: ["mobility"] }) { totalCount edges { node { nameKo capabilities { domain { slug } level } } } } }';
const FINGERPRINT = `{ all: organizations(first: 0, filter: { membershipStatuses: [APPLIED, APPROVED, REJECTED, SUSPENDED, WITHDRAWN] }) { totalCount }
  domains { slug organizations(first: 100) { totalCount edges { node { slug capabilities { level domain { slug } technologies { slug } cities { slug } } } } } } }`;

describe('a fresh start with the embedded database', () => {
  it('migrates, seeds, answers the first query, and stops cleanly on SIGTERM', async () => {
    const server = await startServer();
    try {
      expect(server.logs()).toMatch(/embedded PostgreSQL \(PGlite\) started/);
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
    let server = await startServer();
    const before = await post(server.url, FINGERPRINT);
    expect(await stopServer(server.child)).toBe(0);

    for (let i = 0; i < 2; i++) {
      const seeded = spawnSync(process.execPath, [path.join(root, 'dist/seeds/seed-cli.js')], { env: userEnv(), encoding: 'utf8', timeout: 120_000 });
      expect(seeded.stderr).toBe('');
      expect(seeded.status).toBe(0);
    }

    server = await startServer();
    try {
      expect(server.logs()).not.toMatch(/empty database seeded/);
      const after = await post(server.url, FINGERPRINT);
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
