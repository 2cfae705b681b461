// `npm run bench`: our GraphQL server and PostGraphile 4 side by side over HTTP, on the same
// database (10,000 synthetic members), the same machine, in the same run. See the README's
// performance section for what is measured and how each server is configured.
//
// Options (flag or environment variable):
//   --duration S     BENCH_DURATION     measured seconds per run (10)
//   --warm-up S      BENCH_WARM_UP      unmeasured seconds before each run (2)
//   --concurrency L  BENCH_CONCURRENCY  connections, comma-separated (1,16,64)
//   --workloads L    BENCH_WORKLOADS    which of W1..W5 (all)
//   --pool N         BENCH_POOL_SIZE    database connections per server (10)
//   --no-postgraphile                   ours only
//   --uncached L     BENCH_UNCACHED     concurrencies at which W1–W3 run again with our response cache off (16; "" for none)
//   --output FILE    BENCH_OUTPUT       (test/bench/results/latest.json)
//   BENCH_NODE_ARGS  extra node flags for our server, e.g. "--cpu-prof --cpu-prof-dir=prof"
import 'reflect-metadata';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../src/config';
import { openBenchDatabase, prepareData, ORGANIZATIONS, type BenchDatabase } from './database';
import { anonymousSeesPublicOnly, loadFixtures, openInProcess, statementsPerHit, statementsPerRequest } from './in-process';
import { drive } from './load';
import { createBenchSchema } from './postgraphile-schema';
import { peerFigures, ratio, round, table, type BenchReport, type WorkloadRow } from './report';
import { SERVER_NODE_FLAGS, startOurs, startPostGraphile, type RunningServer } from './servers';
import { workloads as allWorkloads, type Side, type Workload } from './workloads';

const ROOT = path.join(__dirname, '../../../..');

interface Options {
  duration: number;
  warmUp: number;
  concurrency: number[];
  workloads: string[];
  pool: number | undefined;
  postgraphile: boolean;
  uncached: number[];
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
  const concurrency = list(values.concurrency ?? env.BENCH_CONCURRENCY ?? '1,16,64').map((c) => positive('concurrency', c, 1));
  const workloads = list(values.workloads ?? env.BENCH_WORKLOADS ?? 'W1,W2,W3,W4,W5').map((w) => w.toUpperCase());
  const unknown = workloads.filter((w) => !/^W[1-5]$/.test(w));
  if (unknown.length > 0) throw new Error(`unknown workloads ${unknown.join(', ')}; known: W1..W5`);
  const pool = values.pool ?? env.BENCH_POOL_SIZE;
  return {
    duration: positive('duration', values.duration ?? env.BENCH_DURATION, 10),
    warmUp: positive('warm-up', values['warm-up'] ?? env.BENCH_WARM_UP, 2),
    concurrency,
    workloads,
    pool: pool ? positive('pool', pool, 10) : undefined,
    postgraphile: !values['no-postgraphile'],
    uncached: list(values.uncached ?? env.BENCH_UNCACHED ?? '16').map((c) => positive('uncached', c, 16)),
    output: path.resolve(ROOT, values.output ?? env.BENCH_OUTPUT ?? 'test/bench/results/latest.json'),
    nodeArgs: (env.BENCH_NODE_ARGS ?? '').split(/\s+/).filter(Boolean),
  };
}

const say = (line: string) => process.stderr.write(`${line}\n`);

async function post(url: string, side: Side, i: number): Promise<any> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: side.query, variables: side.variables(i) }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  if (!response.ok || body.errors) throw new Error(`${url} answered ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return body.data;
}

/** Both servers must give the same data for the same request before either is timed. */
async function checkSameAnswers(workload: Workload, ours: RunningServer, peer: RunningServer): Promise<void> {
  const pg = workload.postgraphile!;
  let nonEmpty = 0;
  for (let i = 0; i < 6; i++) {
    const a = workload.ours.normalise(await post(ours.url, workload.ours, i));
    const b = pg.normalise(await post(peer.url, pg, i));
    if (!isDeepStrictEqual(a, b)) {
      throw new Error(
        `${workload.name}: the servers disagree for variables ${JSON.stringify(workload.ours.variables(i))}\n` +
          `ours:         ${JSON.stringify(a).slice(0, 1500)}\npostgraphile: ${JSON.stringify(b).slice(0, 1500)}`,
      );
    }
    if (JSON.stringify(a).length > 40) nonEmpty++;
  }
  if (nonEmpty === 0) throw new Error(`${workload.name}: every sample answer is empty; the comparison would prove nothing`);
}

async function measure(server: RunningServer, side: Side, concurrency: number, opts: Options) {
  await server.settle();
  if (opts.warmUp > 0) {
    await drive(server.url, side, concurrency, opts.warmUp);
    await server.settle();
  }
  const reset = server.resetPeakRss();
  const result = await drive(server.url, side, concurrency, opts.duration);
  return { result, peakRssMb: server.peakRssMb(), peakIsPerRun: reset };
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
    const sqlPerRequest = new Map<string, number>();
    let sqlPerHit = 0;
    try {
      const publicOnly = await anonymousSeesPublicOnly(api);
      await createBenchSchema(api.dataSource, { publicOnly });
      const fixtures = await loadFixtures(api, publicOnly);
      for (const workload of allWorkloads(fixtures)) {
        if (!opts.workloads.includes(workload.name)) continue;
        selected.push(workload);
        sqlPerRequest.set(workload.name, await statementsPerRequest(api, workload.ours.query, workload.ours.variables));
        sqlPerHit = Math.max(sqlPerHit, await statementsPerHit(cached, workload.ours.query, workload.ours.variables(0)));
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
      for (const workload of selected) if (workload.postgraphile) await checkSameAnswers(workload, ours, peer);
      say('both servers return the same data for W1–W3 samples');
    }

    // PostGraphile's figures per workload and concurrency, measured once and compared with both of ours.
    const peerRuns = new Map<string, ReturnType<typeof peerFigures> | null>();
    const run = async (workload: Workload, concurrency: number, label: string): Promise<WorkloadRow> => {
      const mine = await measure(ours, workload.ours, concurrency, opts);
      const key = `${workload.name}/${concurrency}`;
      if (!peerRuns.has(key)) {
        peerRuns.set(key, peer && workload.postgraphile ? peerFigures((await measure(peer, workload.postgraphile, concurrency, opts)).result) : null);
      }
      const postgraphile = peerRuns.get(key)!;
      const row: WorkloadRow = {
        name: workload.name,
        concurrency,
        ours: { ...peerFigures(mine.result), sqlPerRequest: sqlPerRequest.get(workload.name)!, peakRssMb: mine.peakRssMb },
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

    // The same requests with every one executed: the comparison with PostGraphile for reads the
    // cache cannot answer (first reads, and any read after a write), and matching's own speed.
    const uncached: WorkloadRow[] = [];
    if (opts.uncached.length > 0 && selected.length > 0) {
      await ours.stop();
      servers.splice(servers.indexOf(ours), 1);
      ours = await startOurs(db.url, db.poolSize, opts.nodeArgs, { RESPONSE_CACHE_MB: '0' });
      servers.push(ours);
      for (const workload of selected) {
        for (const concurrency of opts.uncached) uncached.push(await run(workload, concurrency, ' without response cache'));
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
      },
      workloads: rows,
      uncached,
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
        `As shipped (response cache on, ${report.settings.responseCache.mb} MiB; a cached answer costs ${sqlPerHit} SQL statement, ` +
        'SQL/req is what an executed request sends):\n\n' +
        `${table(rows)}\n\n` +
        (uncached.length > 0
          ? `Response cache off (RESPONSE_CACHE_MB=0), every request executed; PostGraphile figures from the same runs as above:\n\n${table(uncached)}\n\n`
          : '') +
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
