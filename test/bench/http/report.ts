// The benchmark's result: a table for people, test/bench/results/latest.json for tools and the README.
import type { LoadResult } from './load';

export interface OursFigures extends PeerFigures {
  sqlPerRequest: number;
  peakRssMb: number | null;
}
export interface PeerFigures {
  rps: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  errors: number;
  /**
   * CPU milliseconds per request during the measured run, of the server process and of the
   * database's processes (executed rows): steadier than req/s on a shared machine.
   */
  cpuMsPerRequest?: CpuPerRequest;
}

export interface CpuPerRequest {
  server: number;
  database: number;
}

/** CPU per request from clock ticks (1/100 s) over `requests`; null when nothing finished. */
export function cpuPerRequest(serverTicks: number, databaseTicks: number, requests: number): CpuPerRequest | undefined {
  if (requests <= 0) return undefined;
  return { server: round((serverTicks * 10) / requests, 3), database: round((databaseTicks * 10) / requests, 3) };
}

/** Executed rows' CPU per request, ours and PostGraphile's, server and database. */
export function cpuTable(rows: readonly WorkloadRow[]): string {
  const cell = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(2));
  const measured = rows.filter((row) => row.ours.cpuMsPerRequest);
  if (measured.length === 0) return '';
  return [
    '| workload | conc. | ours: server ms | ours: database ms | PostGraphile: server ms | PostGraphile: database ms |',
    '| --- | --- | --- | --- | --- | --- |',
    ...measured.map(
      (row) =>
        `| ${row.name} | ${row.concurrency} | ${cell(row.ours.cpuMsPerRequest?.server)} | ${cell(row.ours.cpuMsPerRequest?.database)} | ` +
        `${cell(row.postgraphile?.cpuMsPerRequest?.server)} | ${cell(row.postgraphile?.cpuMsPerRequest?.database)} |`,
    ),
  ].join('\n');
}

export interface WorkloadRow {
  name: string;
  concurrency: number;
  ours: OursFigures;
  postgraphile: PeerFigures | null;
  /** Ours ÷ PostGraphile: throughput above 1 is better, p95 below 1 is better. */
  ratio: { rps: number; p95: number } | null;
  /**
   * Executed rows: the throughput ratio of each round, ours and PostGraphile measured one after the
   * other, in the order run; the row's figures are those of the median round.
   */
  rounds?: number[];
}

export interface BenchReport {
  date: string;
  /** loadAverage: the 1-minute load average when the run started and ended; above the core count, other work shared the machine. */
  machine: { cores: number; memoryGb: number; cpu: string; node: string; loadAverage: { start: number; end: number } };
  database: 'server' | 'embedded';
  settings: {
    durationSeconds: number;
    warmUpSeconds: number;
    poolSize: number;
    organizations: number;
    postgraphile: string;
    /** Our server as shipped: the response cache on, with this much room; a hit sends `statementsPerHit` SQL statements. */
    responseCache: { mb: number; statementsPerHit: number };
    /** Node flags of our server: those of `npm start`, plus BENCH_NODE_ARGS. */
    ourNodeFlags: string[];
    /** What W6 draws from: the generator's seed, list pages, search words and profiles to choose among; the writer's rate. */
    w6: { seed: number; listPages: number; searchWords: number; profiles: number; writesPerSecond: number } | null;
  };
  /** Ours as shipped (response cache on) beside PostGraphile. `sqlPerRequest`: statements of a request that is executed, not answered from the cache. */
  workloads: WorkloadRow[];
  /** Ours with the response cache off (RESPONSE_CACHE_MB=0), every request executed; W1–W5, W1–W3 beside the same PostGraphile runs. */
  uncached: WorkloadRow[];
  /** The mix a cache cannot fake, ours as shipped (cache on) while a client writes through our API; null when not run. */
  W6: MixedRow | null;
  /** W3 executed (cache off), alone and while two clients run assembleConsortium without pause; null when not run. */
  isolation: IsolationRow | null;
  /** SQL statements of W1's document at two page sizes: equal when the count does not grow with the page. */
  sqlByPageSize: { first: number; statements: number }[];
  totalSeconds: number;
}

export interface MixedRow {
  concurrency: number;
  ours: PeerFigures;
  postgraphile: PeerFigures | null;
  ratio: { rps: number; p95: number } | null;
  /** Share of our W6 requests answered from the response cache during the measured run (from /metrics); null if unknown. */
  hitRate: number | null;
  /** The side client's writes through our API, during both servers' runs. */
  writes: { perSecondTarget: number; done: number; errors: number; perSecond: number };
  /** The throughput ratio of each round, in the order run; the row's figures are those of the median round. */
  rounds?: number[];
}

/**
 * The round whose throughput ratio is the median (the lower middle of an even count): on a shared
 * machine one pair of runs can swing by 2×, and the median of alternated pairs is what holds.
 */
export function medianRound<T>(rounds: readonly T[], ratioOf: (round: T) => number | null | undefined): T {
  if (rounds.length === 0) throw new Error('no rounds to take the median of');
  const sorted = [...rounds].sort((a, b) => (ratioOf(a) ?? 0) - (ratioOf(b) ?? 0));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** One line per row that ran in rounds: the ratio of each round, in the order run. */
export function roundsLines(rows: readonly { name: string; concurrency: number; rounds?: number[] }[]): string {
  return rows
    .filter((row) => row.rounds && row.rounds.length > 1)
    .map((row) => `- ${row.name} c=${row.concurrency}: ${row.rounds!.map((r) => `${r.toFixed(2)}×`).join(', ')}`)
    .join('\n');
}

export interface IsolationRow {
  concurrency: number;
  /** W3's p95 in ms alone, and while two clients run assembleConsortium (W5's request) back to back. */
  w3AloneP95: number | null;
  w3WithSolvesP95: number | null;
  w3AloneRps: number;
  w3WithSolvesRps: number;
  /** assembleConsortium requests finished during the second run, and W3 errors of both runs plus solve errors. */
  solves: number;
  errors: number;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
/** A latency of a run in which no request finished is unknown (null), not 0. */
const latency = (value: number) => (Number.isFinite(value) ? round(value, 2) : null);

export function peerFigures(result: LoadResult): PeerFigures {
  return { rps: round(result.rps), p50: latency(result.p50), p95: latency(result.p95), p99: latency(result.p99), errors: result.errors };
}

export function ratio(ours: PeerFigures, peer: PeerFigures | null): WorkloadRow['ratio'] {
  if (!peer?.rps || !peer.p95 || ours.p95 === null) return null;
  return { rps: round(ours.rps / peer.rps, 2), p95: round(ours.p95 / peer.p95, 2) };
}

export function table(rows: readonly WorkloadRow[]): string {
  const header = [
    'workload',
    'conc.',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'errors',
    'SQL/req',
    'peak RSS MB',
    'PostGraphile req/s',
    'PostGraphile p95 ms',
    'PostGraphile errors',
    'req/s ratio',
    'p95 ratio',
  ];
  const cell = (value: number | null | undefined, digits = 1) => (value === null || value === undefined ? '—' : value.toFixed(digits));
  const lines = rows.map((w) => [
    w.name,
    String(w.concurrency),
    cell(w.ours.rps),
    cell(w.ours.p50),
    cell(w.ours.p95),
    cell(w.ours.p99),
    String(w.ours.errors),
    String(w.ours.sqlPerRequest),
    cell(w.ours.peakRssMb, 0),
    cell(w.postgraphile?.rps),
    cell(w.postgraphile?.p95),
    w.postgraphile ? String(w.postgraphile.errors) : '—',
    w.ratio ? `${w.ratio.rps.toFixed(2)}×` : '—',
    w.ratio ? `${w.ratio.p95.toFixed(2)}×` : '—',
  ]);
  return [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`, ...lines.map((l) => `| ${l.join(' | ')} |`)].join('\n');
}

export interface Target {
  what: string;
  /** The figure against the target, as printed. */
  figure: string;
  /** null: not measured in this run. */
  met: boolean | null;
}

const times = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${value.toFixed(2)}×`);

/** Issue 16's targets (PostgreSQL server, 16 connections), each met, not met or not measured in this run. */
export function targets(report: Pick<BenchReport, 'workloads' | 'uncached' | 'W6' | 'isolation' | 'sqlByPageSize'>): Target[] {
  const list: Target[] = [];
  for (const name of ['W1', 'W2', 'W3']) {
    const row = report.uncached.find((r) => r.name === name && r.concurrency === 16);
    const value = row?.ratio?.rps;
    list.push({
      what: `${name} executed (cache off) ≥ 1.0× PostGraphile's throughput (goal 1.5×)`,
      figure: value === undefined ? 'not run' : `${times(value)}${value >= 1.5 ? ', goal met' : ''}`,
      met: value === undefined ? null : value >= 1.0,
    });
  }
  const w6 = report.W6?.ratio?.rps;
  list.push({
    what: 'W6 (mixed, writes running, cache as shipped) ≥ 1.5× PostGraphile',
    figure:
      w6 === undefined ? 'not run' : `${times(w6)}, hit rate ${report.W6?.hitRate === null ? 'unknown' : `${((report.W6?.hitRate ?? 0) * 100).toFixed(1)}%`}`,
    met: w6 === undefined ? null : w6 >= 1.5,
  });
  const errorCounts = [
    ...[...report.workloads, ...report.uncached].flatMap((r) => [r.ours.errors, r.postgraphile?.errors ?? 0]),
    ...(report.W6 ? [report.W6.ours.errors, report.W6.postgraphile?.errors ?? 0] : []),
    ...(report.isolation ? [report.isolation.errors] : []),
  ];
  const errors = errorCounts.reduce((sum, n) => sum + n, 0);
  list.push({ what: 'errors 0 (both servers, every run)', figure: String(errors), met: errorCounts.length === 0 ? null : errors === 0 });
  const iso = report.isolation;
  const isoMeasured = iso?.w3AloneP95 != null && iso.w3WithSolvesP95 != null;
  list.push({
    what: 'W3 p95 with two solves running ≤ 2× W3 p95 alone',
    figure: isoMeasured ? `${iso!.w3WithSolvesP95} vs ${iso!.w3AloneP95} ms (${times(iso!.w3WithSolvesP95! / iso!.w3AloneP95!)})` : 'not run',
    met: isoMeasured ? iso!.w3WithSolvesP95! <= 2 * iso!.w3AloneP95! : null,
  });
  const sizes = report.sqlByPageSize;
  const constant = sizes.length >= 2 ? sizes.every((s) => s.statements === sizes[0].statements) : null;
  const w3 = report.uncached.find((r) => r.name === 'W3')?.ours.sqlPerRequest ?? report.workloads.find((r) => r.name === 'W3')?.ours.sqlPerRequest;
  list.push({
    what: 'SQL statements per request constant in page size, W3 ≤ 2',
    figure: `W1 ${sizes.map((s) => `first ${s.first}: ${s.statements}`).join(', ') || 'not counted'}; W3 ${w3 ?? 'not run'}`,
    met: constant === null || w3 === undefined ? null : constant && w3 <= 2,
  });
  return list;
}

export function targetTable(list: readonly Target[]): string {
  const verdict = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : '**not met**');
  return ['| target | figure | verdict |', '| --- | --- | --- |', ...list.map((t) => `| ${t.what} | ${t.figure} | ${verdict(t.met)} |`)].join('\n');
}

export function mixedTable(row: MixedRow): string {
  const cell = (value: number | null | undefined, digits = 1) => (value === null || value === undefined ? '—' : value.toFixed(digits));
  return [
    '| workload | conc. | req/s | p95 ms | errors | hit rate | PostGraphile req/s | PostGraphile p95 ms | PostGraphile errors | req/s ratio | p95 ratio | writes/s (errors) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    `| W6 | ${row.concurrency} | ${cell(row.ours.rps)} | ${cell(row.ours.p95)} | ${row.ours.errors} | ${row.hitRate === null ? '—' : `${(row.hitRate * 100).toFixed(1)}%`} | ` +
      `${cell(row.postgraphile?.rps)} | ${cell(row.postgraphile?.p95)} | ${row.postgraphile ? row.postgraphile.errors : '—'} | ` +
      `${times(row.ratio?.rps)} | ${times(row.ratio?.p95)} | ${row.writes.perSecond.toFixed(1)} (${row.writes.errors}) |`,
  ].join('\n');
}

export function isolationTable(row: IsolationRow): string {
  const cell = (value: number | null | undefined, digits = 1) => (value === null || value === undefined ? '—' : value.toFixed(digits));
  return [
    '| W3, cache off | conc. | req/s | p95 ms |',
    '| --- | --- | --- | --- |',
    `| alone | ${row.concurrency} | ${cell(row.w3AloneRps)} | ${cell(row.w3AloneP95)} |`,
    `| two clients solving without pause (${row.solves} solves) | ${row.concurrency} | ${cell(row.w3WithSolvesRps)} | ${cell(row.w3WithSolvesP95)} |`,
  ].join('\n');
}

export { round };
