/**
 * Whether an error means "the database cannot be reached right now" (a restart, a failover, a
 * network cut, a full pool), as opposed to a bug or a bad statement. Such errors are retryable:
 * the API answers them SERVICE_UNAVAILABLE with HTTP 503 and Retry-After (src/graphql/errors.ts).
 * Driver errors travel wrapped (TypeORM's QueryFailedError keeps them as `driverError`, Apollo as
 * `originalError`, pg-pool as `cause`), so the chain is searched.
 */

/**
 * SQLSTATEs of an unreachable or stopping server: class 08 (connection exception),
 * 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up or shutting
 * down), 53300 too_many_connections.
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const CONNECTION_EXCEPTION_CLASS = '08';

/** Socket-level failures Node reports as `code`. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND', 'ENOENT']);

/** What pg and pg-pool say when a connection dies or cannot be had; they carry no code. */
const CONNECTION_MESSAGES = [
  'Connection terminated', // also "… unexpectedly" and "… due to connection timeout"
  'timeout exceeded when trying to connect', // pg-pool: connectionTimeoutMillis passed
  'is not queryable', // pg: the client's connection already failed or was closed
  'Connection ended unexpectedly',
];

/**
 * TypeORM releases a query runner as soon as its connection emits 'error' (the server terminated
 * it); every later statement of that transaction then fails with one of these, never sent.
 */
const RELEASED_RUNNER_ERRORS = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

/** pg's message for a query on a client whose connection had already failed: that query never reached the server. */
const NEVER_SENT_MESSAGES = ['is not queryable'];

function chain(error: unknown): object[] {
  const seen: object[] = [];
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.length < 10) {
    const current = queue.shift();
    if (typeof current !== 'object' || current === null || seen.includes(current)) continue;
    seen.push(current);
    const candidate = current as { driverError?: unknown; originalError?: unknown; cause?: unknown; errors?: unknown };
    queue.push(candidate.driverError, candidate.originalError, candidate.cause);
    // AggregateError (e.g. connecting to both ::1 and 127.0.0.1 refused).
    if (Array.isArray(candidate.errors)) queue.push(...candidate.errors);
  }
  return seen;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return chain(error).some((e) => {
    const { code, message, name } = e as { code?: unknown; message?: unknown; name?: unknown };
    if (typeof name === 'string' && RELEASED_RUNNER_ERRORS.has(name)) return true;
    if (typeof code === 'string') {
      if (UNAVAILABLE_SQLSTATES.has(code) || NETWORK_CODES.has(code)) return true;
      if (code.length === 5 && code.startsWith(CONNECTION_EXCEPTION_CLASS)) return true;
    }
    return typeof message === 'string' && CONNECTION_MESSAGES.some((m) => message.includes(m));
  });
}

/** A database-unavailable error that certainly never reached the server (so a COMMIT that failed this way did not commit). */
export function neverReachedDatabase(error: unknown): boolean {
  return chain(error).some((e) => {
    const { code, message, name } = e as { code?: unknown; message?: unknown; name?: unknown };
    if (typeof name === 'string' && RELEASED_RUNNER_ERRORS.has(name)) return true;
    if (code === 'ECONNREFUSED' || code === '57P03') return true;
    return typeof message === 'string' && (NEVER_SENT_MESSAGES.some((m) => message.includes(m)) || message.includes('timeout exceeded when trying to connect'));
  });
}
