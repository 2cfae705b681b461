import type { ErrorRequestHandler } from 'express';
import type { Wording } from '../graphql/language';
import { sendGraphQLError } from './graphql-error-response';

/** Codes of requests refused before GraphQL sees them, in `extensions.code`. */
export enum BodyErrorCode {
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  BAD_REQUEST = 'BAD_REQUEST',
}

export const NOT_JSON: Wording = { en: 'The request body is not valid JSON.', ko: '요청 본문이 올바른 JSON이 아닙니다.' };
export const UNREADABLE: Wording = { en: 'The request body could not be read.', ko: '요청 본문을 읽을 수 없습니다.' };

/** What body-parser's errors carry (https://github.com/expressjs/body-parser#errors). */
interface BodyParserError {
  type?: unknown;
  status?: unknown;
  limit?: unknown;
}

/**
 * Turns express.json()'s failures into coded GraphQL errors: a body over MAX_BODY_BYTES is 413
 * PAYLOAD_TOO_LARGE (with the limit, so a client can split its work), malformed JSON and other
 * unreadable bodies are 400 BAD_REQUEST, an unsupported charset or encoding 415. Anything else is
 * not a body problem and goes on to the next error handler.
 */
export function bodyErrorHandler(): ErrorRequestHandler {
  return (error: BodyParserError, req, res, next) => {
    if (typeof error?.type !== 'string' || typeof error.status !== 'number') return next(error);
    switch (error.type) {
      case 'entity.too.large':
        return sendGraphQLError(req, res, 413, {
          message: {
            en: `The request body is larger than the limit of ${String(error.limit)} bytes.`,
            ko: `요청 본문이 한도인 ${String(error.limit)}바이트를 넘습니다.`,
          },
          code: BodyErrorCode.PAYLOAD_TOO_LARGE,
          limit: error.limit,
        });
      case 'entity.parse.failed':
        return sendGraphQLError(req, res, 400, { message: NOT_JSON, code: BodyErrorCode.BAD_REQUEST });
      case 'charset.unsupported':
      case 'encoding.unsupported':
        return sendGraphQLError(req, res, 415, {
          message: { en: 'The request body must be JSON in UTF-8, without content encoding.', ko: '요청 본문은 콘텐츠 인코딩 없이 UTF-8 JSON이어야 합니다.' },
          code: BodyErrorCode.BAD_REQUEST,
        });
      default:
        // Aborted or mis-sized bodies: the client's fault, and the client has often gone already.
        return sendGraphQLError(req, res, error.status >= 400 && error.status < 500 ? error.status : 400, {
          message: UNREADABLE,
          code: BodyErrorCode.BAD_REQUEST,
        });
    }
  };
}
