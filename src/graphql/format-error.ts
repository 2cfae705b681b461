import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ValidationError } from 'class-validator';
import type { Logger } from 'pino';
import { isDatabaseUnavailable } from '../db/database-unavailable';
import { ErrorCode, INTERNAL_ERROR, serviceUnavailable } from './errors';
import { Language, languageOf, say, speak, spokenMessage } from './language';
import { isStatementCancelled, LimitErrorCode, timedOut } from './limits/limit-errors';
import { PERSISTED_QUERY_NOT_ALLOWED } from './persisted/persisted-queries';
import { validationProblems } from './validation-messages';

const KNOWN_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  ...Object.values(LimitErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  PERSISTED_QUERY_NOT_ALLOWED,
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * The last word on every error a client sees: an error worded in both languages is said in the
 * request's (src/graphql/language.ts); argument validation becomes a readable BAD_USER_INPUT naming the argument; a statement cancelled by statement_timeout becomes TIMEOUT;
 * anything unexpected is logged and masked, so no stack trace, SQL or driver message ever leaves
 * the server.
 */
export function createFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error) as { extensions?: Record<string, unknown> } | undefined;
    const code = formatted.extensions?.code as string | undefined;

    const validationErrors = original?.extensions?.validationErrors as ValidationError[] | undefined;
    if (code === ErrorCode.BAD_USER_INPUT && Array.isArray(validationErrors)) {
      const problems = validationProblems(validationErrors, [], languageOf(original as object), true).map((p) => ({
        argument: p.path.join('.'),
        message: p.message,
      }));
      return {
        message: problems.map((p) => p.message).join('; '),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, argument: problems[0]?.argument, problems },
      };
    }
    // PostgreSQL cancelled a statement past DB_STATEMENT_TIMEOUT_MS: the client asked for too much
    // (or the database is overloaded); say so, without the SQL the driver error carries.
    if (isStatementCancelled(original)) {
      log.warn({ err: original, path: formatted.path }, 'database statement cancelled by statement_timeout');
      const { message, extensions } = inLanguageOf(original, timedOut());
      return { message, locations: formatted.locations, path: formatted.path, extensions };
    }
    // graphql-js's own execution errors (a null for a non-null argument, a bad enum value in a
    // variable) carry no code and wrap nothing: they are the client's input, not our failure.
    if (original instanceof GraphQLError && original.originalError === undefined && !original.extensions?.code && formatted.path) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.BAD_USER_INPUT } };
    }
    // Apollo's own request errors without a code (an APQ hash that does not match the document,
    // an unsupported APQ version) carry a 4xx: the client's mistake, not ours.
    if (isUncodedClientError(original) && !formatted.path) {
      return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
    }
    if (code && KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      // Apollo prefixes errors of the context function; ours say what happened on their own.
      const message =
        spokenMessage(original) ?? (code === ErrorCode.SERVICE_UNAVAILABLE ? formatted.message.replace(/^Context creation failed: /, '') : formatted.message);
      return { ...formatted, message, extensions };
    }
    // PostgreSQL is down or restarting: retryable, not our bug (the status plugin makes it a 503).
    if (isDatabaseUnavailable(original ?? error)) {
      log.warn({ err: original ?? error, path: formatted.path }, 'database unavailable');
      const { message, extensions } = inLanguageOf(original ?? error, serviceUnavailable());
      const { http: _http, ...visible } = extensions;
      return { message, locations: formatted.locations, path: formatted.path, extensions: visible };
    }
    log.error({ err: original ?? error, path: formatted.path }, 'unexpected error while executing an operation');
    return {
      message: say(languageOfCause(original ?? error), INTERNAL_ERROR),
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/** The language the error `cause` is said in (the language plugin settled it). */
const languageOfCause = (cause: unknown): Language => (typeof cause === 'object' && cause !== null ? languageOf(cause) : Language.EN);

/** An error made here to stand for `cause`, with its message in the language `cause` is said in. */
function inLanguageOf(cause: unknown, error: GraphQLError): { message: string; extensions: GraphQLError['extensions'] } {
  speak(error, languageOfCause(cause));
  return { message: spokenMessage(error) ?? error.message, extensions: error.extensions };
}

function isUncodedClientError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined) return false;
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}
