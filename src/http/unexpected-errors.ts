import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { isDatabaseUnavailable } from '../db/database-unavailable';
import { RETRY_AFTER_SECONDS, serviceUnavailable } from '../graphql/errors';
import { sendGraphQLError } from './graphql-error-response';

/**
 * The last error handler: whatever still failed is logged and answered as a coded 500 (or the
 * client error it says it is, or 503 SERVICE_UNAVAILABLE while the database is down), never express's default page, which shows the stack outside
 * production.
 */
export function unexpectedErrorHandler(log: Logger): ErrorRequestHandler {
  return (error: { status?: unknown; statusCode?: unknown }, req, res, next) => {
    if (res.headersSent) return next(error);
    const status = Number(error?.status ?? error?.statusCode);
    if (status >= 400 && status < 500) {
      return sendGraphQLError(req, res, status, { message: 'The request could not be understood.', code: 'BAD_REQUEST' });
    }
    if (isDatabaseUnavailable(error)) {
      log.warn({ err: error, method: req.method, path: req.path }, 'database unavailable');
      const { message, extensions } = serviceUnavailable('NOT_RUN');
      res.set('retry-after', String(RETRY_AFTER_SECONDS));
      return sendGraphQLError(req, res, 503, { message, code: String(extensions.code), retryAfterSeconds: RETRY_AFTER_SECONDS });
    }
    log.error({ err: error, method: req.method, path: req.path }, 'unexpected error in the HTTP layer');
    sendGraphQLError(req, res, 500, { message: 'Internal server error', code: 'INTERNAL_SERVER_ERROR' });
  };
}
