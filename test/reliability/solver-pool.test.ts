// The matching solver must not stall other requests: with two requests of nine aliased
// assembleConsortium calls in flight (seconds of solver work), simple queries still answer,
// correctly, while the solves run, and the solver's CPU time is spent off the thread that answers
// requests (the worker pool). How fast they answer meanwhile is a figure, not a test: `npm run
// bench` reports W3's p95 alone and beside two solving clients (the isolation row). And an
// anonymous operation may run one solve.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assertBuilt, startServer, stopServer, userEnv, type ServerProcess } from '../support/server-process';
import { testDatabaseUrl } from '../support/test-env';

jest.setTimeout(60_000);

const SAMPLES = 60;
/** Bounds every request, so a stalled server fails the test instead of hanging it. */
const GIVE_UP_MS = 30_000;
// One to three seconds per request on the seeded data (k = 3 on a 6-slot project, nine times).
const HEAVY_PROJECT = 'busan-intelligent-administration';
const HEAVY_K = 3;

let server: ServerProcess | undefined;
let dataDir: string;

async function graphql(query: string, token?: string): Promise<{ status: number; body: any }> {
  const response = await fetch(server!.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(GIVE_UP_MS),
  });
  const body = await response.json();
  return { status: response.status, body };
}

/** CPU time (clock ticks) of the server's main thread and of all its other threads together, from /proc. */
function threadTicks(pid: number): { main: number; others: number } {
  const ticks = { main: 0, others: 0 };
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    } catch {
      continue; // the thread ended meanwhile
    }
    // utime and stime, fields 14 and 15, after the command name in parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const used = Number(fields[11]) + Number(fields[12]);
    if (Number(tid) === pid) ticks.main += used;
    else ticks.others += used;
  }
  return ticks;
}

beforeAll(async () => {
  assertBuilt();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-match-solver-pool-'));
  // The heavy requests are above the default cost limits on purpose: what is measured here is
  // whether solver work, however it was allowed, holds up the event loop.
  server = await startServer(
    userEnv(dataDir, { DATABASE_URL: testDatabaseUrl(), SEED_DEMO_ACCOUNTS: 'true', MAX_QUERY_COST: '1000000', RATE_LIMIT_COST: '0' }),
  );
});

afterAll(async () => {
  if (server) await stopServer(server.child);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the solver pool', () => {
  it('answers { pilotCities { slug } } correctly while two nine-alias assembleConsortium requests run, whose solver work runs off the main thread', async () => {
    const signIn = await graphql('mutation { signIn(input: { email: "planner@alliance.example", password: "demo-planner-password" }) { token } }');
    const token: string = signIn.body.data.signIn.token;
    const projects = await graphql(`{ projects(first: 50) { edges { node { id slug } } } }`, token);
    const projectId = projects.body.data.projects.edges.find((e: any) => e.node.slug === HEAVY_PROJECT).node.id;
    const heavy = `{ ${Array.from({ length: 9 }, (_, i) => `a${i}: assembleConsortium(projectId: "${projectId}", options: { k: ${HEAVY_K} }) { alternatives { rank } }`).join(' ')} }`;
    const expected = (await graphql('{ pilotCities { slug } }')).body.data.pilotCities;
    expect(expected.length).toBeGreaterThan(0);
    const pid = server!.child.pid!;
    const before = threadTicks(pid);

    let sampling = true;
    let heavyInFlight = 0;
    let heavyAnswers = 0;
    const load = [0, 1].map(async () => {
      while (sampling) {
        heavyInFlight++;
        const answer = await graphql(heavy, token).finally(() => heavyInFlight--);
        // On a crowded machine a solve may reach its time limit: then it answers the teams found so
        // far, or TIMEOUT when stopped. Solver work all the same; the rest must be teams.
        const codes = (answer.body.errors ?? []).map((e: any) => e.extensions?.code);
        expect(codes.filter((code: string) => code !== 'TIMEOUT')).toEqual([]);
        const solves = Object.values(answer.body.data ?? {}).filter(Boolean) as { alternatives: unknown[] }[];
        expect(solves.every((s) => s.alternatives.length >= 1 && s.alternatives.length <= HEAVY_K)).toBe(true);
        heavyAnswers++;
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 100)); // both heavy requests are in flight
    let answeredDuringSolves = 0;
    for (let i = 0; i < SAMPLES; i++) {
      const solvingAtStart = heavyInFlight > 0;
      const answer = await graphql('{ pilotCities { slug } }');
      expect(answer.status).toBe(200);
      expect(answer.body.data.pilotCities).toEqual(expected);
      if (solvingAtStart && heavyInFlight > 0) answeredDuringSolves++;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    sampling = false;
    await Promise.all(load);
    const after = threadTicks(pid);

    const main = after.main - before.main;
    const others = after.others - before.others;
    process.stderr.write(
      `solver-pool: ${answeredDuringSolves} of ${SAMPLES} reads answered while solves ran; ${heavyAnswers} heavy requests; ` +
        `CPU ticks main thread ${main}, other threads ${others}\n`,
    );
    // The reads were answered while solver work was going on, not after it.
    expect(heavyAnswers).toBeGreaterThanOrEqual(2);
    expect(answeredDuringSolves).toBeGreaterThanOrEqual(SAMPLES / 2);
    // The solver work ran on the pool's threads: they used more CPU than the thread that answers requests.
    expect(others).toBeGreaterThan(main);
  });

  it('refuses an anonymous operation with two matching fields (400, TOO_MANY_MATCHING_FIELDS) and runs one with a single field', async () => {
    const projects = await graphql('{ projects(first: 1) { edges { node { id } } } }');
    const projectId = projects.body.data.projects.edges[0].node.id;
    const field = (alias: string) => `${alias}: assembleConsortium(projectId: "${projectId}", options: { k: 1 }) { alternatives { rank } }`;

    const two = await graphql(`{ ${field('a')} ${field('b')} }`);
    expect(two.status).toBe(400);
    expect(two.body.data).toBeUndefined();
    expect(two.body.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'TOO_MANY_MATCHING_FIELDS', matchingFields: { requested: 2, limit: 1 } }) }),
    ]);

    const one = await graphql(`{ ${field('a')} }`);
    expect(one.status).toBe(200);
    expect(one.body.errors).toBeUndefined();
    expect(one.body.data.a.alternatives.length).toBe(1);
  });
});
