// A Redis that accepts connections but never answers (kill -STOP): the built server must keep
// answering every request within a second, failing open (no rate limit, sign-in counters in
// memory), report Redis as degraded on /readyz while staying ready, and recover after SIGCONT.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assertBuilt, startServer, stopServer, userEnv, type ServerProcess } from '../support/server-process';
import { testDatabaseUrl } from '../support/test-env';
import { freePort, redisAnswers } from '../support/private-redis';

jest.setTimeout(60_000);

/** A request that takes longer than this fails the test instead of hanging it. */
const GIVE_UP_MS = 5_000;
const ANSWER_WITHIN_MS = 1_000;

let redis: ChildProcess | undefined;
let server: ServerProcess | undefined;
let dataDir: string;
let base: string;

async function timed(url: string, init: RequestInit = {}): Promise<{ ms: number; status: number; headers: Headers; body: any }> {
  const started = performance.now();
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(GIVE_UP_MS) });
  const body = await response.json();
  return { ms: performance.now() - started, status: response.status, headers: response.headers, body };
}

function graphql(query: string, token?: string) {
  return timed(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
}

const SIGN_IN = (password: string) =>
  `mutation { signIn(input: { email: "planner@alliance.example", password: "${password}" }) { token userErrors { code } } }`;

beforeAll(async () => {
  assertBuilt();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-match-frozen-redis-'));
  const port = await freePort();
  redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let i = 0; i < 50 && !(await redisAnswers(port)); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  expect(await redisAnswers(port)).toBe(true);
  server = await startServer(
    userEnv(dataDir, { DATABASE_URL: testDatabaseUrl(), REDIS_URL: `redis://127.0.0.1:${port}`, SEED_DEMO_ACCOUNTS: 'true', LOG_LEVEL: 'info' }),
  );
  base = server.url.replace(/\/graphql$/, '');
});

afterAll(async () => {
  if (redis && redis.exitCode === null) {
    redis.kill('SIGCONT');
    redis.kill('SIGKILL');
  }
  if (server) await stopServer(server.child);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('a frozen Redis', () => {
  let token: string;

  it('is used while it answers: budgets come from it and /readyz says redis ok', async () => {
    const signedIn = await graphql(SIGN_IN('demo-planner-password'));
    token = signedIn.body.data.signIn.token;
    expect(token).toEqual(expect.any(String));
    const answer = await graphql('{ pilotCities { slug } }');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('ratelimit-remaining')).not.toBeNull();
    const ready = await timed(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', details: { database: 'ok', redis: 'ok' } });
  });

  it('slows no request past a second, and /readyz says ready with redis degraded', async () => {
    redis!.kill('SIGSTOP');
    const timings: Record<string, number[]> = { anonymous: [], signedIn: [], failedSignIn: [], signIn: [], readyz: [] };
    // Spread over 3 seconds, so both the first requests (before the client gives up on the
    // connection) and the later ones are measured.
    for (let round = 0; round < 6; round++) {
      const anonymous = await graphql('{ pilotCities { slug } }');
      expect(anonymous.status).toBe(200);
      expect(anonymous.body.data.pilotCities.length).toBeGreaterThan(0);
      timings.anonymous.push(anonymous.ms);

      const signedIn = await graphql('{ pilotCities { slug } }', token);
      expect(signedIn.body.data.pilotCities.length).toBeGreaterThan(0);
      timings.signedIn.push(signedIn.ms);

      const failed = await graphql(SIGN_IN('not-the-password'));
      expect(failed.body.data.signIn).toEqual({ token: null, userErrors: [expect.objectContaining({ code: expect.any(String) })] });
      timings.failedSignIn.push(failed.ms);

      const ok = await graphql(SIGN_IN('demo-planner-password'));
      expect(ok.body.data.signIn.token).toEqual(expect.any(String));
      timings.signIn.push(ok.ms);

      const ready = await timed(`${base}/readyz`);
      expect(ready.status).toBe(200);
      expect(ready.body).toEqual({ status: 'ready', details: { database: 'ok', redis: 'degraded' } });
      timings.readyz.push(ready.ms);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    const tooSlow = Object.entries(timings)
      .map(([kind, ms]) => ({ kind, slowestMs: Math.round(Math.max(...ms)) }))
      .filter(({ slowestMs }) => slowestMs >= ANSWER_WITHIN_MS);
    expect(tooSlow).toEqual([]);
  });

  it('is used again once it resumes', async () => {
    redis!.kill('SIGCONT');
    let ready: Awaited<ReturnType<typeof timed>> | undefined;
    for (let i = 0; i < 50; i++) {
      ready = await timed(`${base}/readyz`);
      if (ready.body.details?.redis === 'ok') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(ready!.body).toEqual({ status: 'ready', details: { database: 'ok', redis: 'ok' } });
    const answer = await graphql('{ pilotCities { slug } }');
    expect(answer.ms).toBeLessThan(ANSWER_WITHIN_MS);
    expect(answer.headers.get('ratelimit-remaining')).not.toBeNull();
  });
});
