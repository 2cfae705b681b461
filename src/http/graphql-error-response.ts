import type { Request, Response } from 'express';
import { APPLICATION_JSON, responseMediaType } from './media-type';

/**
 * Answers a request that never reached Apollo (body too large, malformed JSON) the way Apollo
 * answers its own request errors: a GraphQL response with one coded error, in the JSON media
 * type the client accepts, never express's HTML error page.
 */
export function sendGraphQLError(req: Request, res: Response, status: number, error: { message: string; code: string; [extension: string]: unknown }): void {
  const { message, ...extensions } = error;
  const mediaType = responseMediaType(req.get('accept')) ?? APPLICATION_JSON;
  res
    .status(status)
    .type(`${mediaType}; charset=utf-8`)
    .send(JSON.stringify({ errors: [{ message, extensions }] }));
}
