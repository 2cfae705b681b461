import type { ApolloServerPlugin } from '@apollo/server';
import { APPLICATION_JSON, responseMediaType } from '../http/media-type';
import type { RequestContext as Context } from './context';
import { ErrorCode, RETRY_AFTER_SECONDS } from './errors';

/** Request errors the GraphQL-over-HTTP spec answers with 200 under application/json. */
const DOCUMENT_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * SERVICE_UNAVAILABLE (the database is down) answers 503 with Retry-After. Otherwise, the spec's status codes for the two response media types. With
 * `application/graphql-response+json` a document that does not parse, validate or coerce its
 * variables is a 400 (Apollo's behaviour). With the legacy `application/json` the spec says 200
 * (clients of that type read the errors from the body; a 4xx made some of them drop the body), so
 * those answers are turned into 200 here. Our own limits (depth, cost, rate, allow-list) keep
 * their 4xx under both: the spec allows a 4xx when there is no `data`, and proxies and clients
 * can act on them without reading the body.
 */
export function httpStatusPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          // The database is unavailable: retryable. 503 + Retry-After unless part of the answer
          // was produced (the spec wants a 2xx when `data` is not null; the header still says when to retry).
          const unavailable = response.body.singleResult.errors?.some((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE);
          if (unavailable) {
            response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
            if (response.body.singleResult.data == null) response.http.status = 503;
            return;
          }
          if (response.http.status !== 400) return;
          const result = response.body.singleResult;
          if ('data' in result || !result.errors?.length) return;
          if (!result.errors.every((e) => DOCUMENT_ERRORS.has(String(e.extensions?.code)))) return;
          if (responseMediaType(request.http?.headers.get('accept')) === APPLICATION_JSON) response.http.status = 200;
        },
      };
    },
  };
}
