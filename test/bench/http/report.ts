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
}

export interface WorkloadRow {
  name: string;
  concurrency: number;
  ours: OursFigures;
  postgraphile: PeerFigures | null;
  /** Ours ÷ PostGraphile: throughput above 1 is better, p95 below 1 is better. */
  ratio: { rps: number; p95: number } | null;
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
  };
  /** Ours as shipped (response cache on) beside PostGraphile. `sqlPerRequest`: statements of a request that is executed, not answered from the cache. */
  workloads: WorkloadRow[];
  /** Ours with the response cache off (RESPONSE_CACHE_MB=0), every request executed; W1–W3 beside the same PostGraphile runs. */
  uncached: WorkloadRow[];
  totalSeconds: number;
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

export { round };
