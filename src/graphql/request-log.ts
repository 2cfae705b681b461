import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { RequestContext as Context } from './context';
import { errorCodeOf } from './errors';
import { operationCostOf } from './limits/limits-plugin';

/**
 * One log line per operation: its request id, name, HTTP status, how
 * long it took, its estimated cost and the error codes it answered with. Never the document's
 * variables or headers: they may carry passwords and tokens. The request id goes back to the
 * client in `X-Request-Id`, so a user's report can be matched to the line.
 */
export function requestLogPlugin(log: Logger): ApolloServerPlugin<Context> {
  return {
    // Requests Apollo refuses before it has a context (CSRF, batching, a bad body shape).
    async invalidRequestWasReceived({ error }) {
      const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
      log.info({ errors: [String(code ?? 'BAD_REQUEST')], reason: error.message }, 'graphql request refused');
    },
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, errors, response, metrics }) {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          const codes = errors?.map(errorCodeOf);
          response.http.headers.set('x-request-id', contextValue.requestId);
          log.info(
            {
              requestId: contextValue.requestId,
              operationName: operationName ?? null,
              status: response.http.status ?? 200,
              ms: Math.round(ms * 10) / 10,
              cost: operationCostOf(contextValue) ?? null,
              errors: codes,
              // Served whole from the response cache (src/graphql/response-cache.ts).
              ...(metrics.responseCacheHit ? { cached: true } : {}),
            },
            'graphql operation',
          );
        },
      };
    },
  };
}
