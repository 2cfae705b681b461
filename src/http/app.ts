import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Context } from '../graphql/context';
import { createFormatError } from '../graphql/format-error';
import { createLoaders } from '../graphql/loaders';
import { buildAppSchema } from '../graphql/schema';
import { createServices } from '../services';

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
}

/** Express + Apollo on one HTTP server: `/graphql` for the API, `/healthz` for liveness. */
export async function createApp(config: Config, dataSource: DataSource, log: Logger): Promise<App> {
  const app = express();
  const httpServer = http.createServer(app);
  const schema = await buildAppSchema(createServices(dataSource));
  const apollo = new ApolloServer<Context>({
    schema,
    formatError: createFormatError(log),
    includeStacktraceInErrorResponses: false,
    introspection: config.nodeEnv !== 'production',
    hideSchemaDetailsFromClientErrors: config.nodeEnv === 'production',
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's landing page loads from the internet; an offline GraphiQL is planned instead.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<Context> => {
        const requestId = req.get('x-request-id')?.slice(0, 100) || randomUUID();
        return { requestId, log: log.child({ requestId }), loaders: createLoaders(dataSource) };
      },
    }),
  );
  return { httpServer, apollo };
}
