import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { isDatabaseUnavailable } from '../db/database-unavailable';
import { ErrorCode, INTERNAL_ERROR, RETRY_AFTER_SECONDS, unavailableWording } from '../graphql/errors';
import type { Wording } from '../graphql/language';
import { sendGraphQLError } from './graphql-error-response';

const NOT_UNDERSTOOD: Wording = { en: 'The request could not be understood.', ko: '요청을 이해할 수 없습니다.' };

/**
 * The last error handler: whatever still failed is logged and answered as a coded 500 (or the
 * client error it says it is, or 503 SERVICE_UNAVAILABLE while the database is down), never express's default page, which shows the stack outside
 * production.
 */
export function unexpectedErrorHandler(log: Logger): ErrorRequestHandler {
  const answer = answerUnexpectedError(log);
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    answer(error, req, res);
  };
}

/** The same answer for a request served outside Express (graphql-post.ts); headers not yet sent. */
export function answerUnexpectedError(log: Logger): (error: unknown, req: IncomingMessage, res: ServerResponse) => void {
  return (error, req, res) => {
    const failure = error as { status?: unknown; statusCode?: unknown } | undefined;
    const status = Number(failure?.status ?? failure?.statusCode);
    if (status >= 400 && status < 500) {
      return sendGraphQLError(req, res, status, { message: NOT_UNDERSTOOD, code: 'BAD_REQUEST' });
    }
    const path = req.url?.split('?')[0];
    if (isDatabaseUnavailable(error)) {
      log.warn({ err: error, method: req.method, path }, 'database unavailable');
      res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      return sendGraphQLError(req, res, 503, {
        message: unavailableWording('NOT_RUN'),
        code: ErrorCode.SERVICE_UNAVAILABLE,
        retryAfterSeconds: RETRY_AFTER_SECONDS,
      });
    }
    log.error({ err: error, method: req.method, path }, 'unexpected error in the HTTP layer');
    sendGraphQLError(req, res, 500, { message: INTERNAL_ERROR, code: ErrorCode.INTERNAL_SERVER_ERROR });
  };
}
