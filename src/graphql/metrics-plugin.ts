import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode } from 'graphql';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { RequestContext as Context } from './context';
import { operationCostOf } from './limits/limits-plugin';
import { errorCodeOf } from './errors';

// Label values must stay few: a client chooses the operation name, so only plain GraphQL names
// up to 64 characters are kept as they are.
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

/** The `operation` label: the name when it is a plain GraphQL name, else "anonymous" (none) or "invalid". */
export function operationLabel(name: string | null | undefined): string {
  if (name === null || name === undefined || name === '') return 'anonymous';
  return OPERATION_NAME.test(name) ? name : 'invalid';
}

/** Distinct operation names kept as labels, besides the allow-listed ones, before the rest fold into "other". */
export const MAX_OPERATION_LABELS = 100;

/**
 * Caps how many `operation` label values a process creates: a client names its operations, and
 * every new name is a new time series in Prometheus. Names on the allow-list always keep their
 * label; other names keep theirs first come, first served, up to `maxNames`; later ones are
 * counted as "other".
 */
export function operationLabeller(knownNames: Iterable<string> = [], maxNames = MAX_OPERATION_LABELS): (name: string | null | undefined) => string {
  const known = new Set(knownNames);
  const seen = new Set<string>();
  return (name) => {
    const label = operationLabel(name);
    if (label === 'anonymous' || label === 'invalid' || known.has(label) || seen.has(label)) return label;
    if (seen.size >= maxNames) return 'other';
    seen.add(label);
    return label;
  };
}

/** The `outcome` label: "ok", or the first error's code (an unavailable database counts as SERVICE_UNAVAILABLE, other unexpected errors as INTERNAL_SERVER_ERROR). */
export function outcomeLabel(errors: readonly { extensions?: Record<string, unknown> }[] | undefined): string {
  if (!errors || errors.length === 0) return 'ok';
  const code = errorCodeOf(errors[0]);
  return ERROR_CODE.test(code) ? code : 'INTERNAL_SERVER_ERROR';
}

function soleOperationName(document: DocumentNode | undefined): string | undefined {
  const operations = document?.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION) ?? [];
  return operations.length === 1 ? operations[0].name?.value : undefined;
}

export interface MetricsOptions {
  /** Operation names always kept as labels (the allow-list's). */
  knownOperationNames?: Iterable<string>;
  /** Other distinct names kept before they fold into "other" (MAX_OPERATION_LABELS). */
  maxOperationNames?: number;
}

/** Counts GraphQL operations, times them and records their cost, by operation name and outcome, on the given registry. */
export function graphqlMetricsPlugin(registry: Registry, options: MetricsOptions = {}): ApolloServerPlugin<Context> {
  const labelNames = ['operation', 'outcome'] as const;
  const labelOf = operationLabeller(options.knownOperationNames, options.maxOperationNames);
  const operations = new Counter({
    name: 'graphql_operations_total',
    help: 'GraphQL operations answered, by operation name and outcome (ok or the first error code).',
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'Time from receiving a GraphQL operation to sending its answer, in seconds.',
    labelNames,
    // Reads answer in milliseconds; assembleConsortium takes tens to hundreds; the tail catches solver timeouts.
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const cost = new Histogram({
    name: 'graphql_operation_cost',
    help: 'Estimated cost of the GraphQL operations priced (src/graphql/limits/query-cost.ts), by operation name.',
    labelNames: ['operation'],
    buckets: [1, 10, 100, 1_000, 2_500, 5_000, 10_000],
    registers: [registry],
  });
  const cacheHits = new Counter({
    name: 'graphql_response_cache_hits_total',
    help: 'GraphQL operations answered whole from the response cache (src/graphql/response-cache.ts), by operation name.',
    labelNames: ['operation'],
    registers: [registry],
  });
  // Each request's bookkeeping, done once: by willSendResponse, or, when a plugin hook threw and
  // Apollo answered a bare 500 without calling it, by unexpectedErrorProcessingRequest.
  const finishers = new WeakMap<object, (context: Finished) => void>();
  return {
    async requestDidStart(requestContext) {
      const { request, contextValue } = requestContext;
      const stopTimer = duration.startTimer();
      let finished = false;
      const finish = ({ operationName, document, errors, responseCacheHit }: Finished) => {
        if (finished) return;
        finished = true;
        // Operations that fail validation are never resolved: name them by what the client sent.
        const name = operationName ?? request.operationName ?? soleOperationName(document);
        const labels = { operation: labelOf(name), outcome: outcomeLabel(errors) };
        operations.inc(labels);
        if (responseCacheHit) cacheHits.inc({ operation: labels.operation });
        const requested = operationCostOf(contextValue);
        if (requested !== undefined) cost.observe({ operation: labels.operation }, requested);
        stopTimer(labels);
      };
      finishers.set(requestContext, finish);
      return {
        async willSendResponse({ operationName, document, errors, metrics }) {
          finish({ operationName, document, errors, responseCacheHit: metrics.responseCacheHit });
        },
      };
    },
    async unexpectedErrorProcessingRequest({ requestContext }) {
      const { operationName, document } = requestContext;
      finishers.get(requestContext)?.({ operationName, document, errors: [{ extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    },
  };
}

interface Finished {
  operationName?: string | null;
  document?: DocumentNode;
  errors?: readonly { extensions?: Record<string, unknown> }[];
  responseCacheHit?: boolean;
}

/**
 * `graphql_operations_in_flight`, counted around the whole HTTP handler rather than by Apollo's
 * hooks: a request that fails before Apollo's pipeline (context creation, CSRF, batching) or
 * inside it without reaching willSendResponse (a plugin hook that throws, answered as a bare 500)
 * would otherwise raise it for good. The handler's promise settles exactly once, whatever
 * happened, and only after the operation has run to its end, even for a client that hung up.
 */
export function inFlightGauge(registry: Registry): <A extends unknown[]>(handler: (...args: A) => unknown) => (...args: A) => Promise<void> {
  const inFlight = new Gauge({
    name: 'graphql_operations_in_flight',
    help: 'GraphQL operations received and not yet answered.',
    registers: [registry],
  });
  return (handler) =>
    async (...args) => {
      inFlight.inc();
      try {
        await handler(...args);
      } finally {
        inFlight.dec();
      }
    };
}
