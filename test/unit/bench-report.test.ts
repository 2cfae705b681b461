import fs from 'node:fs';
import path from 'node:path';
import { percentile } from '../bench/http/load';
import { peerFigures, ratio, table, type BenchReport } from '../bench/http/report';
import { SERVER_NODE_FLAGS } from '../bench/http/servers';

describe('HTTP benchmark figures', () => {
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
});
