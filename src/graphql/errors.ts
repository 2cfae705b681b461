import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from '../db/database-unavailable';
import { type Wording, worded } from './language';

/** The codes our GraphQL errors carry in `extensions.code` (docs/api.md). */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  /** The database cannot be reached right now (restart, failover, full pool): retry after `retryAfterSeconds`. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
}

/** What a client is told to wait before retrying while the database is unavailable (HTTP Retry-After). */
export const RETRY_AFTER_SECONDS = 2;

/**
 * What a mutation that failed on an unavailable database did, in `extensions.writeOutcome`:
 * NOT_WRITTEN when its transaction never committed; UNKNOWN when the connection was lost while
 * COMMIT's answer was on its way (retry with the same clientMutationId, applied at most once).
 */
export enum WriteOutcome {
  NOT_WRITTEN = 'NOT_WRITTEN',
  UNKNOWN = 'UNKNOWN',
}

const UNAVAILABLE: Wording = { en: 'The database is unavailable at the moment', ko: '지금은 데이터베이스를 사용할 수 없습니다' };
const RETRY: Wording = { en: `try again in ${RETRY_AFTER_SECONDS} s`, ko: `${RETRY_AFTER_SECONDS}초 후에 다시 시도하십시오` };

/** What SERVICE_UNAVAILABLE says, by what was written (see serviceUnavailable). */
export function unavailableWording(outcome?: WriteOutcome | 'NOT_RUN', options: { idempotencyKey?: boolean } = {}): Wording {
  switch (outcome) {
    case WriteOutcome.NOT_WRITTEN:
      return { en: `${UNAVAILABLE.en}; nothing was written, ${RETRY.en}.`, ko: `${UNAVAILABLE.ko}. 아무것도 기록되지 않았습니다. ${RETRY.ko}.` };
    case WriteOutcome.UNKNOWN:
      return options.idempotencyKey
        ? {
            en: 'The database became unavailable while this change was being committed, so it may or may not have been written. Retry with the same clientMutationId: a change is applied at most once per key.',
            ko: '이 변경을 커밋하는 중에 데이터베이스를 사용할 수 없게 되어 기록되었는지 알 수 없습니다. 같은 clientMutationId로 다시 시도하십시오. 변경은 키마다 한 번만 적용됩니다.',
          }
        : {
            en: 'The database became unavailable while this change was being committed, so it may or may not have been written. Read the object again before retrying (create mutations: send a clientMutationId, and a retry is always safe).',
            ko: '이 변경을 커밋하는 중에 데이터베이스를 사용할 수 없게 되어 기록되었는지 알 수 없습니다. 다시 시도하기 전에 대상을 다시 읽으십시오(생성 뮤테이션은 clientMutationId를 보내면 언제든 안전하게 다시 시도할 수 있습니다).',
          };
    case 'NOT_RUN':
      return {
        en: `${UNAVAILABLE.en}; the request was not run and nothing was written, ${RETRY.en}.`,
        ko: `${UNAVAILABLE.ko}. 요청은 실행되지 않았고 아무것도 기록되지 않았습니다. ${RETRY.ko}.`,
      };
    default:
      return { en: `${UNAVAILABLE.en}; ${RETRY.en}.`, ko: `${UNAVAILABLE.ko}. ${RETRY.ko}.` };
  }
}

/**
 * SERVICE_UNAVAILABLE: answered with HTTP 503 and Retry-After (extensions.http serves errors
 * raised outside execution, such as while building the request context; http-status-plugin.ts
 * settles the status of execution results). `outcome` is for mutations only: what was written.
 */
export function serviceUnavailable(outcome?: WriteOutcome | 'NOT_RUN', options: { idempotencyKey?: boolean } = {}): GraphQLError {
  const message = unavailableWording(outcome, options);
  const error = new GraphQLError(message.en, {
    extensions: {
      code: ErrorCode.SERVICE_UNAVAILABLE,
      retryAfterSeconds: RETRY_AFTER_SECONDS,
      ...(outcome === WriteOutcome.NOT_WRITTEN || outcome === WriteOutcome.UNKNOWN ? { writeOutcome: outcome } : {}),
      http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
    },
  });
  return worded(error, message);
}

/** What a failure of ours says: nothing of its cause, which goes to the log. */
export const INTERNAL_ERROR: Wording = { en: 'Internal server error', ko: '서버 내부 오류가 발생했습니다.' };

/** No valid access token, and the operation needs one. */
export function unauthenticated(
  message: Wording = {
    en: 'Sign in first: this needs an access token (Authorization: Bearer …).',
    ko: '먼저 로그인하십시오. 액세스 토큰(Authorization: Bearer …)이 필요합니다.',
  },
): GraphQLError {
  return worded(new GraphQLError(message.en, { extensions: { code: ErrorCode.UNAUTHENTICATED } }), message);
}

/** Signed in, but the account may not do this. */
export function forbidden(message: Wording = { en: 'Your account may not do this.', ko: '이 계정으로는 할 수 없는 일입니다.' }): GraphQLError {
  return worded(new GraphQLError(message.en, { extensions: { code: ErrorCode.FORBIDDEN } }), message);
}

/** The 503 SERVICE_UNAVAILABLE error for a database-unavailable error; any other error as it is. */
export function unavailableOr(error: unknown, outcome: Parameters<typeof serviceUnavailable>[0] = 'NOT_RUN'): unknown {
  return isDatabaseUnavailable(error) ? serviceUnavailable(outcome) : error;
}

/**
 * Wraps a function that reads the database before any operation runs (the request context:
 * its account read, …) so that an unavailable database answers 503 SERVICE_UNAVAILABLE, not 500.
 */
export function mappingDatabaseUnavailable<A extends unknown[], R>(run: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await run(...args);
    } catch (error) {
      throw unavailableOr(error);
    }
  };
}

/**
 * The code an error is answered with, read from the error before formatting (logs and metrics see
 * those): its own code, SERVICE_UNAVAILABLE for an unavailable database, else INTERNAL_SERVER_ERROR.
 */
export function errorCodeOf(error: { extensions?: Record<string, unknown> }): string {
  const code = error.extensions?.code;
  if (typeof code === 'string') return code;
  return isDatabaseUnavailable(error) ? ErrorCode.SERVICE_UNAVAILABLE : ErrorCode.INTERNAL_SERVER_ERROR;
}
