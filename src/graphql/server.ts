import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../modules/accounts/tokens';
import type { Services } from '../services';
import type { Context } from './context';
import { createFormatError } from './format-error';
import { DEFAULT_QUERY_LIMITS, limitsPlugin, type QueryLimits } from './limits/limits-plugin';
import { createLoaders } from './loaders';
import { requestLogPlugin } from './request-log';
import { buildAppSchema } from './schema';

export interface GraphQLServer {
  apollo: ApolloServer<Context>;
  /** A fresh context (request id, logger, viewer, DataLoaders) for one request. */
  contextFor(request?: { requestId?: string; viewer?: Viewer | null; clientIp?: string }): Context;
}

/** Apollo with our schema, error masking and per-request context; transport-free so tests can drive it in-process. */
export async function createGraphQLServer(
  dataSource: DataSource,
  services: Services,
  log: Logger,
  options: {
    production: boolean;
    plugins?: ApolloServerPlugin<Context>[];
    /** Depth and cost limits per operation; DEFAULT_QUERY_LIMITS (10 deep, cost 10,000) when absent. */
    limits?: QueryLimits;
  },
): Promise<GraphQLServer> {
  const schema = await buildAppSchema(services);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError: createFormatError(log),
    includeStacktraceInErrorResponses: false,
    // src/index.ts owns shutdown: it stops Apollo, then closes the pool and the embedded database.
    stopOnTerminationSignals: false,
    introspection: !options.production,
    hideSchemaDetailsFromClientErrors: options.production,
    plugins: [
      ...(options.plugins ?? []),
      limitsPlugin(options.limits ?? DEFAULT_QUERY_LIMITS),
      requestLogPlugin(),
      // Apollo's landing page loads from the internet, which these machines cannot reach.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  return {
    apollo,
    contextFor({ requestId = randomUUID(), viewer = null, clientIp = '127.0.0.1' } = {}) {
      return { requestId, log: log.child({ requestId }), loaders: createLoaders(dataSource), viewer, clientIp };
    },
  };
}
