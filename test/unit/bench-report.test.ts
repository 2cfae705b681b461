import fs from 'node:fs';
import path from 'node:path';
import { hitRate, sumCounter } from '../bench/http/cache-metrics';
import { percentile } from '../bench/http/load';
import {
  cpuPerRequest,
  cpuTable,
  isolationTable,
  medianRound,
  mixedTable,
  peerFigures,
  ratio,
  roundsLines,
  table,
  targets,
  targetTable,
  type BenchReport,
  type MixedRow,
  type WorkloadRow,
} from '../bench/http/report';
import { databaseCpuSince, SERVER_NODE_FLAGS } from '../bench/http/servers';
import { mixedWorkload, W6_SEARCH_WORDS, w6SearchWords, type Fixtures } from '../bench/http/workloads';

const figures = (rps: number, p95: number, errors = 0) => ({ rps, p50: p95 / 2, p95, p99: p95 * 1.5, errors });
const row = (name: string, oursRps: number, peerRps: number | null, sqlPerRequest = 4): WorkloadRow => {
  const peer = peerRps === null ? null : figures(peerRps, 10);
  return {
    name,
    concurrency: 16,
    ours: { ...figures(oursRps, 10), sqlPerRequest, peakRssMb: 200 },
    postgraphile: peer,
    ratio: ratio(figures(oursRps, 10), peer),
  };
};
const w6Row = (oursRps: number, peerRps: number, hit: number | null): MixedRow => ({
  concurrency: 16,
  ours: figures(oursRps, 20),
  postgraphile: figures(peerRps, 40),
  ratio: ratio(figures(oursRps, 20), figures(peerRps, 40)),
  hitRate: hit,
  writes: { perSecondTarget: 5, done: 50, errors: 0, perSecond: 5 },
});

describe('HTTP benchmark figures', () => {
  it('reports the median round of alternated runs, the lower middle of an even count', () => {
    const rounds = [{ r: 1.4 }, { r: 0.7 }, { r: 1.1 }];
    expect(medianRound(rounds, (x) => x.r)).toBe(rounds[2]);
    expect(medianRound([{ r: 2 }, { r: 1 }], (x) => x.r)).toEqual({ r: 1 });
    expect(medianRound([{ r: 3 }], (x) => x.r)).toEqual({ r: 3 });
    expect(() => medianRound([], () => 1)).toThrow('no rounds');
  });

  it('turns clock ticks into CPU milliseconds per request, and prints them for the rows that have them', () => {
    expect(cpuPerRequest(150, 40, 1000)).toEqual({ server: 1.5, database: 0.4 });
    expect(cpuPerRequest(150, 40, 0)).toBeUndefined();
    const measured = { ...row('W3', 800, 700), ours: { ...row('W3', 800, 700).ours, cpuMsPerRequest: { server: 1.4, database: 0.38 } } };
    measured.postgraphile = { ...measured.postgraphile!, cpuMsPerRequest: { server: 1.9, database: 0.46 } };
    expect(cpuTable([measured, row('W4', 30, null)]).split('\n')).toEqual([
      '| workload | conc. | ours: server ms | ours: database ms | PostGraphile: server ms | PostGraphile: database ms |',
      '| --- | --- | --- | --- | --- | --- |',
      '| W3 | 16 | 1.40 | 0.38 | 1.90 | 0.46 |',
    ]);
    expect(cpuTable([row('W4', 30, null)])).toBe('');
  });

  it('counts the database CPU of each process since the first reading, a new process in full', () => {
    const before = new Map([
      ['10', 100],
      ['11', 50],
      ['12', 70],
    ]);
    // 11 worked 5 ticks, 12 ended (a closed pool connection: its ticks must not come off), 13 started and worked 7.
    const after = new Map([
      ['10', 100],
      ['11', 55],
      ['13', 7],
    ]);
    expect(databaseCpuSince(before, after)).toBe(12);
  });

  it('prints the ratio of every round of the rows that ran in rounds', () => {
    const rows = [{ ...row('W1', 120, 100), rounds: [1.2, 0.95, 1.31] }, { ...row('W4', 30, null), rounds: [1] }, row('W5', 20, null)];
    expect(roundsLines(rows)).toBe('- W1 c=16: 1.20×, 0.95×, 1.31×');
  });

  it('takes percentiles by the nearest-rank method', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNaN();
  });

  it('reports a run in which nothing finished as unknown latencies and no ratio', () => {
    const none = peerFigures({ rps: 0, p50: NaN, p95: NaN, p99: NaN, errors: 0, requests: 0 });
    expect(none).toEqual({ rps: 0, p50: null, p95: null, p99: null, errors: 0 });
    expect(ratio(none, { rps: 10, p50: 1, p95: 2, p99: 3, errors: 0 })).toBeNull();
    expect(ratio({ rps: 10, p50: 1, p95: 2, p99: 3, errors: 0 }, none)).toBeNull();
  });

  it('gives ratios as ours ÷ PostGraphile', () => {
    const ours = { rps: 300, p50: 5, p95: 12, p99: 20, errors: 0 };
    const peer = { rps: 200, p50: 4, p95: 16, p99: 30, errors: 0 };
    expect(ratio(ours, peer)).toEqual({ rps: 1.5, p95: 0.75 });
    expect(ratio(ours, null)).toBeNull();
  });

  it('prints one table row per workload and concurrency, with dashes where PostGraphile has no equivalent', () => {
    const rows: BenchReport['workloads'] = [
      {
        name: 'W1',
        concurrency: 16,
        ours: { rps: 300, p50: 5, p95: 12, p99: 20, errors: 0, sqlPerRequest: 4, peakRssMb: 200 },
        postgraphile: { rps: 200, p50: 4, p95: 16, p99: 30, errors: 0 },
        ratio: { rps: 1.5, p95: 0.75 },
      },
      {
        name: 'W5',
        concurrency: 1,
        ours: { rps: 20, p50: 50, p95: 60, p99: 70, errors: 0, sqlPerRequest: 7, peakRssMb: 250 },
        postgraphile: null,
        ratio: null,
      },
    ];
    const lines = table(rows).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe('| W1 | 16 | 300.0 | 5.0 | 12.0 | 20.0 | 0 | 4 | 200 | 200.0 | 16.0 | 0 | 1.50× | 0.75× |');
    expect(lines[3]).toBe('| W5 | 1 | 20.0 | 50.0 | 60.0 | 70.0 | 0 | 7 | 250 | — | — | — | — | — |');
  });

  it('starts our server with the Node flags of `npm start`, so the bench measures what users run', () => {
    const { scripts } = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.start).toContain(`node ${SERVER_NODE_FLAGS.join(' ')} dist/src/index.js`);
  });

  it('judges the targets of issue 16 from the executed rows, W6, isolation and the statement counts, and says when one was not measured', () => {
    const report = {
      workloads: [row('W1', 700, 100)],
      uncached: [row('W1', 160, 100), row('W2', 90, 100), row('W3', 200, 100, 2), row('W4', 50, null, 8)],
      W6: w6Row(300, 100, 0.12),
      isolation: { concurrency: 16, w3AloneP95: 20, w3WithSolvesP95: 45, w3AloneRps: 500, w3WithSolvesRps: 300, solves: 12, errors: 0 },
      sqlByPageSize: [
        { first: 5, statements: 2 },
        { first: 100, statements: 2 },
      ],
    };
    const verdicts = targets(report).map((t) => [t.what.split(' ')[0], t.met, t.figure]);
    expect(verdicts).toEqual([
      ['W1', true, '1.60×, goal met'],
      ['W2', false, '0.90×'],
      ['W3', true, '2.00×, goal met'],
      ['W6', true, '3.00×, hit rate 12.0%'],
      ['errors', true, '0'],
      ['W3', false, '45 vs 20 ms (2.25×)'],
      ['SQL', true, 'W1 first 5: 2, first 100: 2; W3 2'],
    ]);
    expect(targetTable(targets(report)).split('\n')[3]).toBe("| W2 executed (cache off) ≥ 1.0× PostGraphile's throughput (goal 1.5×) | 0.90× | **not met** |");
  });

  it('counts an error of any run against the errors target, and leaves unmeasured targets open', () => {
    const failing = row('W3', 200, 100);
    failing.postgraphile!.errors = 2;
    const list = targets({ workloads: [failing], uncached: [], W6: null, isolation: null, sqlByPageSize: [] });
    expect(list.map((t) => t.met)).toEqual([null, null, null, null, false, null, null]);
    expect(list[4].figure).toBe('2');
  });

  it('prints the W6 row with its hit rate and the isolation rows', () => {
    expect(mixedTable(w6Row(300, 100, 0.123)).split('\n')[2]).toBe('| W6 | 16 | 300.0 | 20.0 | 0 | 12.3% | 100.0 | 40.0 | 0 | 3.00× | 0.50× | 5.0 (0) |');
    const lines = isolationTable({ concurrency: 16, w3AloneP95: 20, w3WithSolvesP95: 45, w3AloneRps: 500, w3WithSolvesRps: 300, solves: 12, errors: 0 }).split(
      '\n',
    );
    expect(lines[2]).toBe('| alone | 16 | 500.0 | 20.0 |');
    expect(lines[3]).toBe('| two clients solving without pause (12 solves) | 16 | 300.0 | 45.0 |');
  });

  it("reads our response-cache hit rate from the server's metrics, for the named operations only", () => {
    const text = [
      '# HELP graphql_operations_total GraphQL operations answered',
      'graphql_operations_total{operation="W6List",outcome="ok"} 40',
      'graphql_operations_total{operation="W6Search",outcome="ok"} 60',
      'graphql_operations_total{operation="BenchWriterWrite",outcome="ok"} 9',
      'graphql_response_cache_hits_total{operation="W6List"} 10',
      'graphql_response_cache_hits_total{operation="W1"} 500',
    ].join('\n');
    const names = ['W6List', 'W6Search', 'W6Profile'];
    expect(sumCounter(text, 'graphql_operations_total', names)).toBe(100);
    expect(sumCounter(text, 'graphql_response_cache_hits_total', names)).toBe(10);
    expect(hitRate({ operations: 20, hits: 5 }, { operations: 120, hits: 30 })).toBe(0.25);
    expect(hitRate({ operations: 20, hits: 5 }, { operations: 20, hits: 5 })).toBeNull();
  });

  it('draws W6 the same way on every run, in equal thirds, with the same draws for both servers', () => {
    const fixtures: Fixtures = {
      domains: ['mobility', 'safety', 'water'],
      organizationIds: [1],
      seekerIds: [1],
      projectId: 1,
      visibleIds: Array.from({ length: 1000 }, (_, i) => i + 1),
      pages: [{ domain: 'mobility', minLevel: 2, after: [null, 'c1', 'c2'] }],
    };
    const words = w6SearchWords(42);
    expect(new Set(words).size).toBe(W6_SEARCH_WORDS);
    expect(w6SearchWords(42)).toEqual(words);
    const a = mixedWorkload(fixtures, 42);
    const b = mixedWorkload(fixtures, 42);
    const requests = Array.from({ length: 300 }, (_, i) => a.ours(i));
    expect(requests).toEqual(Array.from({ length: 300 }, (_, i) => b.ours(i)));
    const shapes = requests.map((r) => /query (\w+)/.exec(r.query)![1]);
    expect(['W6List', 'W6Search', 'W6Profile'].map((name) => shapes.filter((s) => s === name).length)).toEqual([100, 100, 100]);
    // The same page on both servers: our cursor, PostGraphile's offset.
    for (let i = 0; i < 30; i += 3) {
      const ours = a.ours(i).variables;
      const peer = a.postgraphile(i).variables;
      expect(peer.offset).toBe([null, 'c1', 'c2'].indexOf(ours.after as string | null) * 50);
    }
    expect(a.postgraphile(1).variables).toEqual(a.ours(1).variables);
    // Profiles spread over the organisations, not a few.
    expect(new Set(requests.filter((_, i) => i % 3 === 2).map((r) => r.variables.id)).size).toBeGreaterThan(90);
  });
});
