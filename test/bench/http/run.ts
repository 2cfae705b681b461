// `npm run bench`: our GraphQL server and PostGraphile 4 side by side over HTTP, on the same
// database (10,000 synthetic members), the same machine, in the same run. docs/performance.md
// describes what is measured and how each server is configured. In order:
//   1. W1–W5 with our server as shipped (response cache on), at each concurrency;
//   2. W6, the mix a cache cannot fake: W1 pages, W2 searches and W3 profiles in equal thirds with
//      variables drawn at random (seeded), both servers, while a client writes 5 times a second
//      through our API; our cache hit rate from /metrics;
//   3. W1–W5 again with our response cache off (RESPONSE_CACHE_MB=0): every request executed;
//   4. isolation: W3 (cache off) alone, then while two clients run assembleConsortium without pause.
// The summary leads with the executed table, then the cached one, W6, isolation and the targets.
//
// Options (flag or environment variable):
//   --duration S     BENCH_DURATION     measured seconds per run (10)
//   --warm-up S      BENCH_WARM_UP      unmeasured seconds before each run (2)
//   --concurrency L  BENCH_CONCURRENCY  connections, comma-separated (1,16,64)
//   --workloads L    BENCH_WORKLOADS    which of W1..W6 (all)
//   --pool N         BENCH_POOL_SIZE    database connections per server (10)
//   --no-postgraphile                   ours only
//   --uncached L     BENCH_UNCACHED     concurrencies at which W1–W5 run again with our response cache off (16; "" for none)
//   --w6 N           BENCH_W6           connections of the W6 run (16; "" for none)
//   --writes N       BENCH_WRITES       writes per second during W6 (5)
//   --isolation N    BENCH_ISOLATION    connections of the isolation runs (16; "" for none)
//   --rounds N       BENCH_ROUNDS       rounds of the executed W1–W3 and W6 comparisons, ours and PostGraphile alternated; medians reported (3)
//   --output FILE    BENCH_OUTPUT       (test/bench/results/latest.json)
//   BENCH_NODE_ARGS  extra node flags for our server, e.g. "--cpu-prof --cpu-prof-dir=prof"
import 'reflect-metadata';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../src/config';
import { cacheCounts, hitRate } from './cache-metrics';
import { openBenchDatabase, prepareData, ORGANIZATIONS, SEED, type BenchDatabase } from './database';
import { anonymousSeesPublicOnly, loadFixtures, openInProcess, statementsPerHit, statementsPerRequest } from './in-process';
import { cyclingBodies, drive, type LoadResult } from './load';
import { createBenchSchema } from './postgraphile-schema';
import {
  cpuPerRequest,
  cpuTable,
  isolationTable,
  medianRound,
  mixedTable,
  peerFigures,
  ratio,
  round,
  roundsLines,
  table,
  targets,
  targetTable,
  type BenchReport,
  type CpuPerRequest,
  type IsolationRow,
  type MixedRow,
  type WorkloadRow,
} from './report';
import { databaseCpu, databaseCpuSince, SERVER_NODE_FLAGS, startOurs, startPostGraphile, type RunningServer } from './servers';
import {
  mixedWorkload,
  W6_OPERATIONS,
  W6_SEARCH_WORDS,
  workloads as allWorkloads,
  type MixedRequest,
  type MixedWorkload,
  type Side,
  type Workload,
} from './workloads';
import { startWriter, writerAccount, type Credentials, type WriterStats } from './writer';

const ROOT = path.join(__dirname, '../../../..');

interface Options {
  duration: number;
  warmUp: number;
  concurrency: number[];
  workloads: string[];
  pool: number | undefined;
  postgraphile: boolean;
  uncached: number[];
  w6: number | null;
  writes: number;
  isolation: number | null;
  rounds: number;
  output: string;
  nodeArgs: string[];
}

function options(): Options {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string' },
      'warm-up': { type: 'string' },
      concurrency: { type: 'string' },
      workloads: { type: 'string' },
      pool: { type: 'string' },
      'no-postgraphile': { type: 'boolean' },
      uncached: { type: 'string' },
      w6: { type: 'string' },
      writes: { type: 'string' },
      isolation: { type: 'string' },
      rounds: { type: 'string' },
      output: { type: 'string' },
    },
  });
  const env = process.env;
  const positive = (name: string, raw: string | undefined, fallback: number) => {
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got '${raw}'`);
    return value;
  };
  const list = (raw: string) =>
    raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  /** One connection count, or null when set to "" (not run). */
  const optional = (name: string, raw: string | undefined, fallback: number) => (raw === '' ? null : positive(name, raw, fallback) || null);
  const concurrency = list(values.concurrency ?? env.BENCH_CONCURRENCY ?? '1,16,64').map((c) => positive('concurrency', c, 1));
  const workloads = list(values.workloads ?? env.BENCH_WORKLOADS ?? 'W1,W2,W3,W4,W5,W6').map((w) => w.toUpperCase());
  const unknown = workloads.filter((w) => !/^W[1-6]$/.test(w));
  if (unknown.length > 0) throw new Error(`unknown workloads ${unknown.join(', ')}; known: W1..W6`);
  const pool = values.pool ?? env.BENCH_POOL_SIZE;
  return {
    duration: positive('duration', values.duration ?? env.BENCH_DURATION, 10),
    warmUp: positive('warm-up', values['warm-up'] ?? env.BENCH_WARM_UP, 2),
    concurrency,
    workloads,
    pool: pool ? positive('pool', pool, 10) : undefined,
    postgraphile: !values['no-postgraphile'],
    uncached: list(values.uncached ?? env.BENCH_UNCACHED ?? '16').map((c) => positive('uncached', c, 16)),
    w6: workloads.includes('W6') ? optional('w6', values.w6 ?? env.BENCH_W6, 16) : null,
    writes: positive('writes', values.writes ?? env.BENCH_WRITES, 5),
    isolation: optional('isolation', values.isolation ?? env.BENCH_ISOLATION, 16),
    rounds: Math.max(1, Math.round(positive('rounds', values.rounds ?? env.BENCH_ROUNDS, 3))),
    output: path.resolve(ROOT, values.output ?? env.BENCH_OUTPUT ?? 'test/bench/results/latest.json'),
    nodeArgs: (env.BENCH_NODE_ARGS ?? '').split(/\s+/).filter(Boolean),
  };
}

const say = (line: string) => process.stderr.write(`${line}\n`);

async function post(url: string, query: string, variables: Record<string, unknown>): Promise<any> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  if (!response.ok || body.errors) throw new Error(`${url} answered ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return body.data;
}

/** Both servers must give the same data for the same requests before either is timed. */
async function checkSameAnswers(name: string, samples: { ours: MixedRequest; peer: MixedRequest }[], ours: RunningServer, peer: RunningServer): Promise<void> {
  let nonEmpty = 0;
  for (const sample of samples) {
    const a = sample.ours.normalise(await post(ours.url, sample.ours.query, sample.ours.variables));
    const b = sample.peer.normalise(await post(peer.url, sample.peer.query, sample.peer.variables));
    if (!isDeepStrictEqual(a, b)) {
      throw new Error(
        `${name}: the servers disagree for variables ${JSON.stringify(sample.ours.variables)}\n` +
          `ours:         ${JSON.stringify(a).slice(0, 1500)}\npostgraphile: ${JSON.stringify(b).slice(0, 1500)}`,
      );
    }
    if (JSON.stringify(a).length > 40) nonEmpty++;
  }
  if (nonEmpty === 0) throw new Error(`${name}: every sample answer is empty; the comparison would prove nothing`);
}

const asRequest = (side: Side, i: number): MixedRequest => ({ query: side.query, variables: side.variables(i), normalise: side.normalise });
/** One sequence of W6 bodies per server, on through warm-up and measured run: the measured run never replays the warm-up's requests. */
const mixedBodies = (request: (i: number) => MixedRequest) => {
  let next = 0;
  return () => {
    const { query, variables } = request(next++);
    return JSON.stringify({ query, variables });
  };
};

async function measure(server: RunningServer, body: (i: number) => string, concurrency: number, opts: Options) {
  await server.settle();
  if (opts.warmUp > 0) {
    await drive(server.url, body, concurrency, opts.warmUp);
    await server.settle();
  }
  const reset = server.resetPeakRss();
  const { result, cpu } = await timedDrive(server, body, concurrency, opts.duration);
  return { result, peakRssMb: server.peakRssMb(), peakIsPerRun: reset, cpu };
}

/** A measured run with the CPU per request it cost the server process and the database. */
async function timedDrive(server: RunningServer, body: (i: number) => string, concurrency: number, seconds: number) {
  const serverBefore = server.cpuTicks();
  const databaseBefore = databaseCpu();
  const result = await drive(server.url, body, concurrency, seconds);
  const serverAfter = server.cpuTicks();
  const cpu =
    serverBefore === null || serverAfter === null ? undefined : cpuPerRequest(serverAfter - serverBefore, databaseCpuSince(databaseBefore), result.requests);
  return { result, cpu };
}

/** W6 request bodies, one sequence per server over every round. */
interface MixedBodies {
  ours: (i: number) => string;
  peer: (i: number) => string;
}

/**
 * One round of W6 on both servers (ours first, or PostGraphile first) while the writer runs; our
 * hit rate over the measured run.
 */
async function runMixed(
  bodies: MixedBodies,
  ours: RunningServer,
  peer: RunningServer | null,
  writer: { credentials: Credentials; organizationIds: number[] },
  concurrency: number,
  opts: Options,
  oursFirst: boolean,
): Promise<{ row: MixedRow; writeFailure: string | null }> {
  await ours.settle();
  if (peer) await peer.settle();
  // Nothing waits for the servers to go idle from here on: the writer keeps them busy on purpose.
  const running = await startWriter(ours.url, writer.credentials, writer.organizationIds, opts.writes);
  let stats: WriterStats;
  let mine: LoadResult | null = null;
  let theirs: LoadResult | null = null;
  let rate: number | null = null;
  let myCpu: CpuPerRequest | undefined;
  let theirCpu: CpuPerRequest | undefined;
  // The writer's requests to our server count in ours.
  const timed = (server: RunningServer, body: (i: number) => string) => timedDrive(server, body, concurrency, opts.duration);
  const runOurs = async () => {
    if (opts.warmUp > 0) await drive(ours.url, bodies.ours, concurrency, opts.warmUp);
    const before = await cacheCounts(ours.url, W6_OPERATIONS);
    ({ result: mine, cpu: myCpu } = await timed(ours, bodies.ours));
    rate = hitRate(before, await cacheCounts(ours.url, W6_OPERATIONS));
  };
  const runPeer = async () => {
    if (!peer) return;
    if (opts.warmUp > 0) await drive(peer.url, bodies.peer, concurrency, opts.warmUp);
    ({ result: theirs, cpu: theirCpu } = await timed(peer, bodies.peer));
  };
  try {
    for (const side of oursFirst ? [runOurs, runPeer] : [runPeer, runOurs]) await side();
  } finally {
    stats = await running.stop();
  }
  const figures = { ...peerFigures(mine!), cpuMsPerRequest: myCpu };
  const postgraphile = theirs ? { ...peerFigures(theirs), cpuMsPerRequest: theirCpu } : null;
  const row: MixedRow = {
    concurrency,
    ours: figures,
    postgraphile,
    ratio: ratio(figures, postgraphile),
    hitRate: rate,
    writes: { perSecondTarget: opts.writes, done: stats.writes, errors: stats.errors, perSecond: round(stats.writes / stats.seconds) },
  };
  return { row, writeFailure: stats.firstError };
}

/** W3 alone, then while two clients send W5's assembleConsortium back to back; ours with the cache off. */
async function runIsolation(w3: Workload, w5: Workload, ours: RunningServer, concurrency: number, opts: Options): Promise<IsolationRow> {
  const body = cyclingBodies(w3.ours);
  const alone = (await measure(ours, body, concurrency, opts)).result;
  let solving = true;
  let solves = 0;
  let solveErrors = 0;
  const solvers = [0, 1].map(async () => {
    for (let i = 0; solving; i++) {
      try {
        await post(ours.url, w5.ours.query, w5.ours.variables(i));
        solves++;
      } catch {
        solveErrors++;
      }
    }
  });
  let withSolves: LoadResult;
  try {
    if (opts.warmUp > 0) await drive(ours.url, body, concurrency, opts.warmUp);
    const solvesBefore = solves;
    withSolves = await drive(ours.url, body, concurrency, opts.duration);
    solves -= solvesBefore;
  } finally {
    solving = false;
    await Promise.all(solvers);
  }
  const a = peerFigures(alone);
  const b = peerFigures(withSolves);
  return {
    concurrency,
    w3AloneP95: a.p95,
    w3WithSolvesP95: b.p95,
    w3AloneRps: a.rps,
    w3WithSolvesRps: b.rps,
    solves,
    errors: a.errors + b.errors + solveErrors,
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadAtStart = os.loadavg()[0];
  const opts = options();
  const db: BenchDatabase = await openBenchDatabase(process.env, { server: opts.pool ?? 10, embedded: opts.pool ?? 10 });
  const servers: RunningServer[] = [];
  try {
    say(`database: ${db.kind}${db.kind === 'server' ? ` (${new URL(db.url).pathname.slice(1)})` : ''}; pool ${db.poolSize} per server`);
    await prepareData(db, say);

    // In process: which profiles anonymous callers see, the fixtures, and SQL statements per request,
    // executed and answered from the response cache.
    const api = await openInProcess(db.url);
    const cached = await openInProcess(db.url, { responseCache: true });
    const selected: Workload[] = [];
    let every: Workload[];
    const sqlPerRequest = new Map<string, number>();
    const sqlByPageSize: BenchReport['sqlByPageSize'] = [];
    let sqlPerHit = 0;
    let mix: MixedWorkload | null = null;
    let w6Draws: { seed: number; listPages: number; searchWords: number; profiles: number } | null = null;
    let writer: { credentials: Credentials; organizationIds: number[] } | null = null;
    try {
      const publicOnly = await anonymousSeesPublicOnly(api);
      await createBenchSchema(api.dataSource, { publicOnly });
      const fixtures = await loadFixtures(api, publicOnly);
      every = allWorkloads(fixtures);
      for (const workload of every) {
        if (!opts.workloads.includes(workload.name) && !(opts.isolation && (workload.name === 'W3' || workload.name === 'W5'))) continue;
        if (opts.workloads.includes(workload.name)) selected.push(workload);
        sqlPerRequest.set(workload.name, await statementsPerRequest(api, workload.ours.query, workload.ours.variables));
        sqlPerHit = Math.max(sqlPerHit, await statementsPerHit(cached, workload.ours.query, workload.ours.variables(0)));
      }
      // The statement count must not grow with the page: W1's document at 5 and 100 rows a page.
      const w1 = every.find((w) => w.name === 'W1')!;
      for (const first of [5, 100]) {
        sqlByPageSize.push({ first, statements: await statementsPerRequest(api, w1.ours.query.replace('first: 50', `first: ${first}`), w1.ours.variables) });
      }
      if (opts.w6) {
        mix = mixedWorkload(fixtures, SEED);
        w6Draws = {
          seed: SEED,
          listPages: fixtures.pages.reduce((sum, p) => sum + p.after.length, 0),
          searchWords: W6_SEARCH_WORDS,
          profiles: fixtures.visibleIds.length,
        };
        // The writer edits visible profiles in an order of its own (every 7th, so not W3's first ones).
        const ids = fixtures.visibleIds.filter((_, i) => i % 7 === 3);
        writer = { credentials: await writerAccount(api.dataSource), organizationIds: ids };
      }
    } finally {
      await api.close();
      await cached.close();
    }

    let ours = await startOurs(db.url, db.poolSize, opts.nodeArgs);
    servers.push(ours);
    let peer: RunningServer | null = null;
    if (opts.postgraphile) {
      peer = await startPostGraphile(db.url, db.poolSize);
      servers.push(peer);
      for (const workload of selected) {
        const pg = workload.postgraphile;
        if (!pg) continue;
        const samples = Array.from({ length: 6 }, (_, i) => ({ ours: asRequest(workload.ours, i), peer: asRequest(pg, i) }));
        await checkSameAnswers(workload.name, samples, ours, peer);
      }
      if (mix) {
        const m = mix;
        await checkSameAnswers(
          'W6',
          Array.from({ length: 24 }, (_, i) => ({ ours: m.ours(i), peer: m.postgraphile(i) })),
          ours,
          peer,
        );
      }
      say('both servers return the same data for the samples of W1–W3 and W6');
    }

    // PostGraphile's figures per workload and concurrency, measured once and compared with both of ours.
    const peerRuns = new Map<string, ReturnType<typeof peerFigures> | null>();
    const run = async (workload: Workload, concurrency: number, label: string): Promise<WorkloadRow> => {
      const mine = await measure(ours, cyclingBodies(workload.ours), concurrency, opts);
      const key = `${workload.name}/${concurrency}`;
      if (!peerRuns.has(key)) {
        peerRuns.set(
          key,
          peer && workload.postgraphile ? peerFigures((await measure(peer, cyclingBodies(workload.postgraphile), concurrency, opts)).result) : null,
        );
      }
      const postgraphile = peerRuns.get(key)!;
      const row: WorkloadRow = {
        name: workload.name,
        concurrency,
        ours: { ...peerFigures(mine.result), cpuMsPerRequest: mine.cpu, sqlPerRequest: sqlPerRequest.get(workload.name)!, peakRssMb: mine.peakRssMb },
        postgraphile,
        ratio: ratio(peerFigures(mine.result), postgraphile),
      };
      say(
        `${workload.name} c=${concurrency}${label}: ours ${row.ours.rps} req/s p95 ${row.ours.p95} ms, errors ${row.ours.errors}` +
          (postgraphile ? `; PostGraphile ${postgraphile.rps} req/s p95 ${postgraphile.p95} ms, errors ${postgraphile.errors}` : ''),
      );
      return row;
    };

    const rows: WorkloadRow[] = [];
    for (const workload of selected) {
      for (const concurrency of opts.concurrency) rows.push(await run(workload, concurrency, ''));
    }

    /**
     * Executed rows beside PostGraphile: `opts.rounds` rounds, ours and PostGraphile one after the
     * other, the order swapped each round; the median round is reported, every round's ratio kept.
     */
    const alternated = async (workload: Workload, concurrency: number): Promise<WorkloadRow> => {
      const pg = workload.postgraphile;
      if (!peer || !pg) return run(workload, concurrency, ' without response cache');
      const target = peer;
      const rounds: { mine: Awaited<ReturnType<typeof measure>>; theirs: ReturnType<typeof peerFigures> }[] = [];
      for (let r = 0; r < opts.rounds; r++) {
        const measureOurs = () => measure(ours, cyclingBodies(workload.ours), concurrency, opts);
        const measurePeer = async () => {
          const { result, cpu } = await measure(target, cyclingBodies(pg), concurrency, opts);
          return { ...peerFigures(result), cpuMsPerRequest: cpu };
        };
        if (r % 2 === 0) {
          const mine = await measureOurs();
          rounds.push({ mine, theirs: await measurePeer() });
        } else {
          const theirs = await measurePeer();
          rounds.push({ mine: await measureOurs(), theirs });
        }
      }
      const ratioOf = (round: (typeof rounds)[number]) => ratio(peerFigures(round.mine.result), round.theirs)?.rps;
      const median = medianRound(rounds, ratioOf);
      const mine = peerFigures(median.mine.result);
      // Every round's errors count, whichever round is reported.
      const errors = (figures: { errors: number }[]) => figures.reduce((sum, f) => sum + f.errors, 0);
      const row: WorkloadRow = {
        name: workload.name,
        concurrency,
        ours: {
          ...mine,
          cpuMsPerRequest: median.mine.cpu,
          errors: errors(rounds.map((round) => round.mine.result)),
          sqlPerRequest: sqlPerRequest.get(workload.name)!,
          peakRssMb: median.mine.peakRssMb,
        },
        postgraphile: { ...median.theirs, errors: errors(rounds.map((round) => round.theirs)) },
        ratio: ratio(mine, median.theirs),
        rounds: rounds.map((round) => ratioOf(round) ?? 0),
      };
      say(
        `${workload.name} c=${concurrency} without response cache (median of ${rounds.length} rounds): ours ${row.ours.rps} req/s p95 ${row.ours.p95} ms, ` +
          `errors ${row.ours.errors}; PostGraphile ${median.theirs.rps} req/s p95 ${median.theirs.p95} ms, errors ${median.theirs.errors}; ` +
          `ratios ${row.rounds!.map((r) => `${r}×`).join(', ')}`,
      );
      return row;
    };

    // W6 with our server as shipped: what the cache is worth when reads spread and writes move the data.
    let w6: MixedRow | null = null;
    if (mix && writer && opts.w6) {
      const bodies: MixedBodies = { ours: mixedBodies(mix.ours), peer: mixedBodies(mix.postgraphile) };
      const results: Awaited<ReturnType<typeof runMixed>>[] = [];
      for (let r = 0; r < (peer ? opts.rounds : 1); r++) results.push(await runMixed(bodies, ours, peer, writer, opts.w6, opts, r % 2 === 0));
      const median = medianRound(results, (result) => result.row.ratio?.rps);
      const writeFailure = results.map((result) => result.writeFailure).find((failure) => failure !== null) ?? null;
      const errorsOf = (side: 'ours' | 'postgraphile') => results.reduce((sum, result) => sum + (result.row[side]?.errors ?? 0), 0);
      w6 = {
        ...median.row,
        ours: { ...median.row.ours, errors: errorsOf('ours') },
        postgraphile: median.row.postgraphile && { ...median.row.postgraphile, errors: errorsOf('postgraphile') },
        // Every error and write of every round counts.
        writes: {
          ...median.row.writes,
          done: results.reduce((sum, result) => sum + result.row.writes.done, 0),
          errors: results.reduce((sum, result) => sum + result.row.writes.errors, 0),
        },
        rounds: results.map((result) => result.row.ratio?.rps ?? 0),
      };
      say(
        `W6 c=${opts.w6}: ours ${w6.ours.rps} req/s p95 ${w6.ours.p95} ms, errors ${w6.ours.errors}, hit rate ${w6.hitRate}` +
          (w6.postgraphile ? `; PostGraphile ${w6.postgraphile.rps} req/s p95 ${w6.postgraphile.p95} ms, errors ${w6.postgraphile.errors}` : '') +
          `; ${w6.writes.done} writes (${w6.writes.perSecond}/s), ${w6.writes.errors} failed${writeFailure ? ` (first: ${writeFailure})` : ''}`,
      );
    }

    // The same requests with every one executed: the comparison with PostGraphile for reads the
    // cache cannot answer (first reads, and any read after a write), and matching's own speed.
    const uncached: WorkloadRow[] = [];
    let isolation: IsolationRow | null = null;
    if ((opts.uncached.length > 0 && selected.length > 0) || opts.isolation) {
      await ours.stop();
      servers.splice(servers.indexOf(ours), 1);
      ours = await startOurs(db.url, db.poolSize, opts.nodeArgs, { RESPONSE_CACHE_MB: '0' });
      servers.push(ours);
      for (const workload of selected) {
        for (const concurrency of opts.uncached) uncached.push(await alternated(workload, concurrency));
      }
      if (opts.isolation) {
        const byName = (name: string) => every.find((w) => w.name === name)!;
        isolation = await runIsolation(byName('W3'), byName('W5'), ours, opts.isolation, opts);
        say(
          `isolation c=${opts.isolation}: W3 p95 alone ${isolation.w3AloneP95} ms, with two clients solving ${isolation.w3WithSolvesP95} ms ` +
            `(${isolation.solves} solves), errors ${isolation.errors}`,
        );
      }
    }

    const report: BenchReport = {
      date: new Date().toISOString(),
      machine: {
        cores: os.cpus().length,
        memoryGb: round(os.totalmem() / 2 ** 30),
        cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
        node: process.version,
        loadAverage: { start: round(loadAtStart, 2), end: round(os.loadavg()[0], 2) },
      },
      database: db.kind,
      settings: {
        durationSeconds: opts.duration,
        warmUpSeconds: opts.warmUp,
        poolSize: db.poolSize,
        organizations: ORGANIZATIONS,
        postgraphile: opts.postgraphile ? (require('postgraphile/package.json') as { version: string }).version : 'off',
        responseCache: { mb: loadConfig({}).responseCacheMb, statementsPerHit: sqlPerHit },
        ourNodeFlags: [...SERVER_NODE_FLAGS, ...opts.nodeArgs],
        w6: w6Draws && w6 ? { ...w6Draws, writesPerSecond: opts.writes } : null,
      },
      workloads: rows,
      uncached,
      W6: w6,
      isolation,
      sqlByPageSize,
      totalSeconds: Math.round((Date.now() - started) / 1000),
    };
    fs.mkdirSync(path.dirname(opts.output), { recursive: true });
    fs.writeFileSync(opts.output, `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(
      `\nAlliance Match vs PostGraphile ${report.settings.postgraphile} — ${report.date.slice(0, 10)}, ${report.machine.cores} cores (${report.machine.cpu}), ` +
        `${report.machine.memoryGb} GiB, Node ${process.version}, database: ${db.kind === 'server' ? 'PostgreSQL server' : 'embedded PostgreSQL'}, ` +
        `pool ${db.poolSize} per server; ${opts.duration} s per run after ${opts.warmUp} s warm-up; ` +
        `load average ${report.machine.loadAverage.start} at start, ${report.machine.loadAverage.end} at end.\n` +
        'Ratios are ours ÷ PostGraphile (req/s: higher is better; p95: lower is better).\n\n' +
        (uncached.length > 0
          ? 'Executed: response cache off (RESPONSE_CACHE_MB=0), every request executed. W1–W3: the median of ' +
            `${opts.rounds} rounds, ours and PostGraphile measured one after the other (order swapped each round), errors of every round:\n\n${table(uncached)}\n\n` +
            (roundsLines(uncached) ? `Ratios of the rounds, in the order run:\n${roundsLines(uncached)}\n\n` : '') +
            (cpuTable(uncached)
              ? `CPU per request in the same runs (ms; the server process, and every PostgreSQL process on the machine):\n\n${cpuTable(uncached)}\n\n`
              : '')
          : '') +
        (rows.length > 0
          ? `As shipped (response cache on, ${report.settings.responseCache.mb} MiB; a cached answer costs ${sqlPerHit} SQL statement; ` +
            'SQL/req is what an executed request sends). Requests cycle through a few variables and nothing writes, so nearly every request of ours is a cache hit:\n\n' +
            `${table(rows)}\n\n`
          : '') +
        (w6
          ? `W6, the mix a cache cannot fake (W1 pages, W2 searches, W3 profiles in equal thirds, variables drawn at random), ours as shipped, ` +
            `while a client makes ${opts.writes} writes a second through our API; the median of ${w6.rounds?.length ?? 1} rounds as above:\n\n${mixedTable(w6)}\n\n` +
            (roundsLines([{ name: 'W6', ...w6 }]) ? `Ratios of the rounds, in the order run:\n${roundsLines([{ name: 'W6', ...w6 }])}\n\n` : '') +
            (w6.ours.cpuMsPerRequest
              ? `CPU per W6 request, median round (ms): ours server ${w6.ours.cpuMsPerRequest.server}, database ${w6.ours.cpuMsPerRequest.database}` +
                (w6.postgraphile?.cpuMsPerRequest
                  ? `; PostGraphile server ${w6.postgraphile.cpuMsPerRequest.server}, database ${w6.postgraphile.cpuMsPerRequest.database}`
                  : '') +
                '\n\n'
              : '')
          : '') +
        (isolation
          ? `Isolation: W3 executed (cache off), alone and while two clients run assembleConsortium (W5) without pause:\n\n${isolationTable(isolation)}\n\n`
          : '') +
        `Targets (issue 16; PostgreSQL server, 16 connections${db.kind === 'server' ? '' : ' — this run used the embedded database'}):\n\n${targetTable(targets(report))}\n\n` +
        `written to ${path.relative(ROOT, opts.output)} in ${report.totalSeconds} s\n`,
    );
  } finally {
    for (const server of servers) await server.stop();
    await db.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
