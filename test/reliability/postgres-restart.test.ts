// Issue 11, findings 2 and 3: PostgreSQL restarts under a load of writes and reads. Every error is
// SERVICE_UNAVAILABLE with HTTP 503 and Retry-After; a write answered as failed is not in the
// database, an acknowledged one is there whole, and a retry with its clientMutationId never writes
// twice. The server is the built one; the PostgreSQL is the test's own (never the shared one).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startDisposablePostgres, type DisposablePostgres } from '../support/disposable-postgres';
import { assertBuilt, startServer, stopServer, userEnv, type ServerProcess } from '../support/server-process';

jest.setTimeout(120_000);

const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) {
  project { id slug slots { id position domain { slug } technologies { slug } } } userErrors { code message } } }`;
const READ = '{ projects(first: 5) { edges { node { id slots { id } } } } }';
const WRITERS = 4;
const READERS = 2;
const SLOTS = [
  { role: 'LEAD', domain: 'mobility', technologies: ['ai'], minLevel: 2, weight: 3 },
  { role: 'OPERATOR', domain: 'water', technologies: [], minLevel: 1, weight: 1 },
];

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] } | null;
  /** A failure of the HTTP exchange itself (the server must never cause one). */
  transport?: string;
}

interface Attempt {
  slug: string;
  key: string;
  answer: Answer;
}

let postgres: DisposablePostgres | undefined;
let server: ServerProcess | undefined;
let dataDir: string;

beforeAll(async () => {
  assertBuilt();
  postgres = await startDisposablePostgres();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-match-restart-'));
  server = await startServer(userEnv(dataDir, { DATABASE_URL: postgres.url, SEED_DEMO_ACCOUNTS: 'true', RATE_LIMIT_COST: '0', DB_POOL_SIZE: '6' }));
});

afterAll(async () => {
  if (server) await stopServer(server.child);
  await postgres?.destroy();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

async function post(query: string, variables: Record<string, unknown>, token?: string): Promise<Answer> {
  try {
    const response = await fetch(server!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(20_000),
    });
    const text = await response.text();
    let body: Answer['body'] = null;
    try {
      body = JSON.parse(text);
    } catch {
      body = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
    }
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body };
  } catch (error) {
    return { status: 0, retryAfter: null, body: null, transport: String(error) };
  }
}

function projectInput(slug: string, key: string) {
  return { clientMutationId: key, city: 'sejong-5-1', slug, titleKo: `재시작 ${slug}`, titleEn: `Restart ${slug}`, slots: SLOTS };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readyz(): Promise<number> {
  const response = await fetch(server!.url.replace(/\/graphql$/, '/readyz')).catch(() => null);
  return response?.status ?? 0;
}

/** Every error of an answer is SERVICE_UNAVAILABLE, with 503 (no data) and Retry-After. */
function expectRetryable(answer: Answer): void {
  expect(answer.transport).toBeUndefined();
  for (const error of answer.body?.errors ?? []) expect(error.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  if (answer.body?.errors?.length) {
    expect(answer.status).toBe(503);
    expect(Number(answer.retryAfter)).toBeGreaterThan(0);
  } else {
    expect(answer.status).toBe(200);
  }
}

describe('a PostgreSQL restart under load', () => {
  it('answers only SERVICE_UNAVAILABLE (503, Retry-After), writes nothing it reports failed, and never writes a keyed create twice', async () => {
    const signIn = await post('mutation { signIn(input: { email: "planner@alliance.example", password: "demo-planner-password" }) { token } }', {});
    const token: string = signIn.body!.data.signIn.token;
    expect(token).toEqual(expect.any(String));

    const attempts: Attempt[] = [];
    const reads: Answer[] = [];
    const run = `r${Date.now().toString(36)}`;
    let stopAt = Date.now() + 14_000;
    let outageOver = false;
    const writer = async (w: number) => {
      // Bounded in count and time; keeps going a little after the restart so recovery is exercised.
      for (let i = 0; i < 400 && Date.now() < stopAt; i += 1) {
        const slug = `${run}-w${w}-${i}`;
        const key = randomUUID();
        attempts.push({ slug, key, answer: await post(CREATE, { input: projectInput(slug, key) }, token) });
        await sleep(30);
      }
    };
    const reader = async (r: number) => {
      for (let i = 0; i < 400 && Date.now() < stopAt; i += 1) {
        reads.push(await post(READ, {}, r === 0 ? token : undefined));
        await sleep(30);
      }
    };
    const outage = (async () => {
      await sleep(2_000);
      await postgres!.stop();
      await sleep(3_000);
      await postgres!.start();
      outageOver = true;
      // Leave time for writes to succeed again after the restart.
      stopAt = Math.min(stopAt, Date.now() + 4_000);
    })();
    await Promise.all([...Array.from({ length: WRITERS }, (_, w) => writer(w)), ...Array.from({ length: READERS }, (_, r) => reader(r)), outage]);
    expect(outageOver).toBe(true);

    // The service recovers.
    let ready = 0;
    for (let i = 0; i < 40 && ready !== 200; i += 1) {
      ready = await readyz();
      if (ready !== 200) await sleep(250);
    }
    expect(ready).toBe(200);

    // Every answer during the run: success, or only SERVICE_UNAVAILABLE with 503 + Retry-After.
    const all = [...reads, ...attempts.map((a) => a.answer)];
    const odd = all.filter((a) => a.transport || a.body?.errors?.some((e) => e.extensions?.code !== 'SERVICE_UNAVAILABLE'));
    // Shown when the test fails: the odd answers and what the server logged about them.
    const logged = server!
      .logs()
      .split('\n')
      .filter((line) => /"level":(50|60)/.test(line))
      .slice(0, 5);
    expect({ odd: odd.slice(0, 3), logged: odd.length ? logged : [] }).toEqual({ odd: [], logged: [] });
    for (const answer of all) expectRetryable(answer);
    const failed = attempts.filter((a) => a.answer.body?.errors?.length);
    const acknowledged = attempts.filter((a) => a.answer.body?.data?.createProject?.project);
    expect(failed.length).toBeGreaterThan(0); // the outage was felt
    expect(reads.some((r) => r.body?.errors?.length)).toBe(true);
    expect(acknowledged.length).toBeGreaterThan(failed.length / 10);
    expect(acknowledged.length + failed.length).toBe(attempts.length);
    const ambiguous = failed.filter((a) => a.answer.body!.errors!.some((e) => e.extensions?.writeOutcome === 'UNKNOWN'));
    for (const attempt of failed.filter((a) => !ambiguous.includes(a))) {
      const [error] = attempt.answer.body!.errors!;
      expect(error.message).toMatch(/nothing was written/);
    }

    const db = new Client({ connectionString: postgres!.url });
    await db.connect();
    try {
      const rows: { slug: string; id: number; slots: number; technologies: number }[] = (
        await db.query(
          `SELECT p.slug, p.id, count(DISTINCT s.id)::int AS slots, count(t.*)::int AS technologies
             FROM project p LEFT JOIN requirement_slot s ON s.project_id = p.id
             LEFT JOIN requirement_slot_technology t ON t.requirement_slot_id = s.id
            WHERE p.slug LIKE $1 GROUP BY p.id`,
          [`${run}-%`],
        )
      ).rows;
      const bySlug = new Map(rows.map((row) => [row.slug, row]));
      // Acknowledged writes are there, whole, as answered.
      for (const attempt of acknowledged) {
        const row = bySlug.get(attempt.slug);
        expect(row).toMatchObject({ slots: 2, technologies: 1 });
        expect(attempt.answer.body!.data.createProject.project.slots).toHaveLength(2);
      }
      // Writes answered "nothing was written" are not there at all.
      for (const attempt of failed.filter((a) => !ambiguous.includes(a))) expect(bySlug.has(attempt.slug)).toBe(false);
      // Nothing else was written.
      expect(rows.length).toBeLessThanOrEqual(acknowledged.length + ambiguous.length);

      // Retries with the same key: the ambiguous ones (and a few acknowledged ones) end with exactly one copy.
      const retried = [...ambiguous, ...acknowledged.slice(0, 5)];
      for (const attempt of retried) {
        const again = await post(CREATE, { input: projectInput(attempt.slug, attempt.key) }, token);
        expect(again.status).toBe(200);
        expect(again.body!.data.createProject.userErrors).toEqual([]);
        const first = attempt.answer.body?.data?.createProject?.project;
        if (first) expect(again.body!.data.createProject.project.id).toBe(first.id);
      }
      const counts = (
        await db.query(
          'SELECT p.slug, count(*)::int AS copies, min(s.n)::int AS slots FROM project p JOIN LATERAL (SELECT count(*) AS n FROM requirement_slot s WHERE s.project_id = p.id) s ON true WHERE p.slug = ANY($1) GROUP BY p.slug',
          [retried.map((a) => a.slug)],
        )
      ).rows as { slug: string; copies: number; slots: number }[];
      expect(counts).toHaveLength(retried.length);
      for (const count of counts) expect(count).toMatchObject({ copies: 1, slots: 2 });
      // One audit-free table tells no key was recorded twice either.
      const keys = await db.query('SELECT count(*)::int AS n FROM client_mutation WHERE client_mutation_id = ANY($1)', [retried.map((a) => a.key)]);
      expect(keys.rows[0].n).toBe(retried.length);
    } finally {
      await db.end();
    }
  });
});
