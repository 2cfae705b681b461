// Drives one server with autocannon for a fixed time at a fixed number of connections, each
// request with the next body of the workload; latencies are kept exactly (autocannon's own
// summary has no p95).
import autocannon from 'autocannon';
import type { Variables } from './workloads';

export interface LoadResult {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Non-2xx answers, answers with GraphQL `errors`, socket errors and timeouts. */
  errors: number;
  requests: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * The bodies of a workload that cycles through fixed variables: built before the clock starts, so
 * the load generator spends its time sending.
 */
export function cyclingBodies(request: { query: string; variables: (i: number) => Variables }): (i: number) => string {
  const bodies = Array.from({ length: 64 }, (_, i) => JSON.stringify({ query: request.query, variables: request.variables(i) }));
  return (i) => bodies[i % bodies.length];
}

/** `body(i)`: the i-th request's body, i counting the requests sent in this run over all connections. */
export async function drive(url: string, body: (i: number) => string, connections: number, durationSeconds: number): Promise<LoadResult> {
  let next = 0;
  let answerErrors = 0;
  const latencies: number[] = [];
  const options: autocannon.Options = {
    url,
    connections,
    duration: durationSeconds,
    timeout: 30,
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => ({ ...req, body: body(next++) }),
        onResponse: (status, body) => {
          // A GraphQL error still answers 200; the body says so.
          if (status === 200 && body.includes('"errors"')) answerErrors++;
        },
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
  latencies.sort((a, b) => a - b);
  const seconds = result.duration || durationSeconds;
  return {
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.non2xx + result.errors + result.timeouts + answerErrors,
    requests: latencies.length,
  };
}
