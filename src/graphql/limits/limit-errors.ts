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
  const message = {
    en: `The operation is ${depth} fields deep; the limit is ${limit}.`,
    ko: `요청이 필드 ${depth}단계 깊이입니다. 한도는 ${limit}단계입니다.`,
  };
  return worded(new GraphQLError(message.en, { extensions: { code: LimitErrorCode.QUERY_TOO_DEEP, depth, limit, http: BAD_REQUEST } }), message);
}

export function variablesTooDeep(limit: number): GraphQLError {
  const message = {
    en: `The variables nest deeper than ${limit} levels of objects and lists; no argument of this API needs that many.`,
    ko: `변수의 객체와 목록이 ${limit}단계보다 깊게 중첩되어 있습니다. 이 API의 어떤 인자도 그만큼 필요하지 않습니다.`,
  };
  return worded(new GraphQLError(message.en, { extensions: { code: LimitErrorCode.VARIABLES_TOO_DEEP, limit, http: BAD_REQUEST } }), message);
}

/** `requested` is Infinity when the operation had too many selections to count; it is then answered as null. */
export function queryTooCostly(requested: number, limit: number): GraphQLError {
  const counted = Number.isFinite(requested);
  const message = {
    en: `The operation ${counted ? `costs ${requested}` : 'has too many selections to count its cost'}; the limit is ${limit}. Ask for smaller pages (first/last) or fewer nested lists.`,
    ko: `요청 비용이 ${counted ? `${requested}입니다` : '셀 수 없을 만큼 선택이 많습니다'}. 한도는 ${limit}입니다. 페이지를 작게(first/last) 하거나 중첩 목록을 줄이십시오.`,
  };
  return worded(
    new GraphQLError(message.en, {
      extensions: { code: LimitErrorCode.QUERY_TOO_COSTLY, cost: { requested: counted ? requested : null, limit }, http: BAD_REQUEST },
    }),
    message,
  );
}

export function tooManyMatchingFields(count: number): GraphQLError {
  const message = {
    en: `The operation runs the matching solver ${count} times (assembleConsortium, partnerMatches, explainExclusion, projectMatches); without signing in an operation may run it once.`,
    ko: `이 요청은 매칭 계산을 ${count}번 실행합니다(assembleConsortium, partnerMatches, explainExclusion, projectMatches). 로그인하지 않으면 요청 하나에 한 번만 실행할 수 있습니다.`,
  };
  return worded(
    new GraphQLError(message.en, {
      extensions: { code: LimitErrorCode.TOO_MANY_MATCHING_FIELDS, matchingFields: { requested: count, limit: 1 }, http: BAD_REQUEST },
    }),
    message,
  );
}

/** 429 with Retry-After: the client may send the operation again unchanged once the window ends. */
export function rateLimited(state: { limit: number; remaining: number; resetAt: Date }, cost: number): GraphQLError {
  const retryAfter = Math.max(1, Math.ceil((state.resetAt.getTime() - Date.now()) / 1000));
  const message = {
    en: `This operation costs ${cost} and your budget of ${state.limit} per window has ${state.remaining} left; try again in ${retryAfter} s.`,
    ko: `이 요청의 비용은 ${cost}인데 구간당 한도 ${state.limit} 중 ${state.remaining}만 남았습니다. ${retryAfter}초 뒤에 다시 시도하십시오.`,
  };
  return worded(
    new GraphQLError(message.en, {
      extensions: {
        code: LimitErrorCode.RATE_LIMITED,
        rateLimit: { limit: state.limit, remaining: state.remaining, resetAt: state.resetAt.toISOString() },
        http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) },
      },
    }),
    message,
  );
}

export function timedOut(): GraphQLError {
  const message = {
    en: 'The database took too long and cancelled the operation; ask for less (smaller pages, fewer lists) or try again.',
    ko: '데이터베이스 처리가 너무 오래 걸려 요청을 취소했습니다. 더 적게 요청하거나(작은 페이지, 적은 목록) 다시 시도하십시오.',
  };
  return worded(new GraphQLError(message.en, { extensions: { code: LimitErrorCode.TIMEOUT } }), message);
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
