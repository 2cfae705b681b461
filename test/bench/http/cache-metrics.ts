// Our server's response-cache figures, read from its Prometheus endpoint: operations answered and
// those answered from the cache, for the given operation names.

export interface CacheCounts {
  operations: number;
  hits: number;
}

/** Sums a counter's samples whose `operation` label is one of `operations`. */
export function sumCounter(metricsText: string, name: string, operations: readonly string[]): number {
  let sum = 0;
  for (const line of metricsText.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const operation = /operation="([^"]*)"/.exec(line)?.[1];
    if (operation === undefined || !operations.includes(operation)) continue;
    sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return sum;
}

export async function cacheCounts(graphqlUrl: string, operations: readonly string[]): Promise<CacheCounts> {
  const response = await fetch(new URL('/metrics', graphqlUrl));
  if (!response.ok) throw new Error(`/metrics answered ${response.status}`);
  const text = await response.text();
  return {
    operations: sumCounter(text, 'graphql_operations_total', operations),
    hits: sumCounter(text, 'graphql_response_cache_hits_total', operations),
  };
}

/** Hits ÷ operations between two readings; null when nothing was answered. */
export function hitRate(before: CacheCounts, after: CacheCounts): number | null {
  const operations = after.operations - before.operations;
  return operations > 0 ? Math.round(((after.hits - before.hits) / operations) * 1000) / 1000 : null;
}
