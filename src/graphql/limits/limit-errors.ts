import { GraphQLError } from 'graphql';
import { worded } from '../language';

/** Codes of the abuse limits, in `extensions.code` (README, "Limits"). */
export enum LimitErrorCode {
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY',
  /** PostgreSQL cancelled a statement that ran past DB_STATEMENT_TIMEOUT_MS. */
  TIMEOUT = 'TIMEOUT',
  /** The client spent its query-cost budget for the window (RATE_LIMIT_COST per RATE_LIMIT_WINDOW_SECONDS). */
  RATE_LIMITED = 'RATE_LIMITED',
  /** The request's variables nest deeper than MAX_VARIABLE_DEPTH (src/graphql/limits/input-checks.ts). */
  VARIABLES_TOO_DEEP = 'VARIABLES_TOO_DEEP',
  /** An anonymous operation selected more than one matching field (assembleConsortium, partnerMatches). */
  TOO_MANY_MATCHING_FIELDS = 'TOO_MANY_MATCHING_FIELDS',
  /** Every matching solver thread is busy and its queue is full: retry shortly. */
  SOLVER_BUSY = 'SOLVER_BUSY',
  /** A graphql-ws connection already holds the most subscriptions allowed (src/http/subscriptions.ts). */
  TOO_MANY_SUBSCRIPTIONS = 'TOO_MANY_SUBSCRIPTIONS',
}

// Rejected before execution, like a validation error: the client must change the operation.
const BAD_REQUEST = { status: 400 };

export function queryTooDeep(depth: number, limit: number): GraphQLError {
  return new GraphQLError(`The operation is ${depth} fields deep; the limit is ${limit}.`, {
    extensions: { code: LimitErrorCode.QUERY_TOO_DEEP, depth, limit, http: BAD_REQUEST },
  });
}

export function variablesTooDeep(limit: number): GraphQLError {
  return new GraphQLError(`The variables nest deeper than ${limit} levels of objects and lists; no argument of this API needs that many.`, {
    extensions: { code: LimitErrorCode.VARIABLES_TOO_DEEP, limit, http: BAD_REQUEST },
  });
}

/** `requested` is Infinity when the operation had too many selections to count; it is then answered as null. */
export function queryTooCostly(requested: number, limit: number): GraphQLError {
  const counted = Number.isFinite(requested);
  const cost = counted ? `costs ${requested}` : 'has too many selections to count its cost';
  return new GraphQLError(`The operation ${cost}; the limit is ${limit}. Ask for smaller pages (first/last) or fewer nested lists.`, {
    extensions: { code: LimitErrorCode.QUERY_TOO_COSTLY, cost: { requested: counted ? requested : null, limit }, http: BAD_REQUEST },
  });
}

export function tooManyMatchingFields(count: number): GraphQLError {
  return new GraphQLError(
    `The operation runs the matching solver ${count} times (assembleConsortium, partnerMatches, explainExclusion, projectMatches); without signing in an operation may run it once.`,
    { extensions: { code: LimitErrorCode.TOO_MANY_MATCHING_FIELDS, matchingFields: { requested: count, limit: 1 }, http: BAD_REQUEST } },
  );
}

/** 429 with Retry-After: the client may send the operation again unchanged once the window ends. */
export function rateLimited(state: { limit: number; remaining: number; resetAt: Date }, cost: number): GraphQLError {
  const retryAfter = Math.max(1, Math.ceil((state.resetAt.getTime() - Date.now()) / 1000));
  return new GraphQLError(
    `This operation costs ${cost} and your budget of ${state.limit} per window has ${state.remaining} left; try again in ${retryAfter} s.`,
    {
      extensions: {
        code: LimitErrorCode.RATE_LIMITED,
        rateLimit: { limit: state.limit, remaining: state.remaining, resetAt: state.resetAt.toISOString() },
        http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) },
      },
    },
  );
}

export function timedOut(): GraphQLError {
  return new GraphQLError('The database took too long and cancelled the operation; ask for less (smaller pages, fewer lists) or try again.', {
    extensions: { code: LimitErrorCode.TIMEOUT },
  });
}

/** The matching pool stopped a solve that ran past its time limit (src/modules/matching/solver-pool.ts). */
export function solverTimedOut(limitMs: number): GraphQLError {
  const message = {
    en: `The matching solver did not finish within ${limitMs / 1000} s and was stopped; try again, or ask for fewer alternatives (options.k).`,
    ko: `매칭 계산이 ${limitMs / 1000}초 안에 끝나지 않아 멈췄습니다. 다시 시도하거나 대안 수(options.k)를 줄이십시오.`,
  };
  return worded(new GraphQLError(message.en, { extensions: { code: LimitErrorCode.TIMEOUT } }), message);
}

/** 503 with Retry-After: the same operation may succeed a moment later. */
export function solverBusy(): GraphQLError {
  const message = {
    en: 'Every matching solver is busy and enough requests are waiting; try again in a few seconds.',
    ko: '매칭 계산기가 모두 바쁘고 기다리는 요청도 많습니다. 몇 초 뒤에 다시 시도하십시오.',
  };
  return worded(
    new GraphQLError(message.en, {
      extensions: { code: LimitErrorCode.SOLVER_BUSY, http: { status: 503, headers: new Map([['retry-after', '2']]) } },
    }),
    message,
  );
}

/** PostgreSQL's query_canceled: what statement_timeout raises (and a cancel request, rare here). */
const QUERY_CANCELED = '57014';

/**
 * Whether a database statement was cancelled, looking through the wrappers a driver error
 * travels in (TypeORM's QueryFailedError keeps it as `driverError`; some errors use `cause`).
 */
export function isStatementCancelled(error: unknown): boolean {
  let current: unknown = error;
  for (let hops = 0; hops < 5 && typeof current === 'object' && current !== null; hops += 1) {
    const candidate = current as { code?: unknown; driverError?: unknown; cause?: unknown; originalError?: unknown };
    if (candidate.code === QUERY_CANCELED) return true;
    current = candidate.driverError ?? candidate.originalError ?? candidate.cause;
  }
  return false;
}
