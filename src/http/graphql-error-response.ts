import type { IncomingMessage, ServerResponse } from 'node:http';
import { languageFromHeader, say, type Wording } from '../graphql/language';
import { APPLICATION_JSON, responseMediaType } from './media-type';

/**
 * Answers a request that never reached Apollo (body too large, malformed JSON) the way Apollo
 * answers its own request errors: a GraphQL response with one coded error, in the JSON media
 * type the client accepts, never express's HTML error page. Plain Node objects, so the Express
 * routes and the direct POST path (graphql-post.ts) answer alike. The message is said in the
 * request's language (Accept-Language), as GraphQL errors are.
 */
export function sendGraphQLError(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  error: { message: Wording; code: string; [extension: string]: unknown },
): void {
  const { message, ...extensions } = error;
  const mediaType = responseMediaType(req.headers.accept) ?? APPLICATION_JSON;
  const body = JSON.stringify({ errors: [{ message: say(languageFromHeader(req.headers['accept-language']), message), extensions }] });
  res.statusCode = status;
  res.setHeader('content-type', `${mediaType}; charset=utf-8`);
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}
