import http from 'node:http';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { ApolloServer } from '@apollo/server';
import express from 'express';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Context } from '../graphql/context';
import { createGraphQLServer } from '../graphql/server';
import { createServices, type Services } from '../services';

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  services: Services;
}

/** Express + Apollo on one HTTP server: `/graphql` for the API, `/healthz` for liveness. */
export async function createApp(config: Config, dataSource: DataSource, log: Logger): Promise<App> {
  const app = express();
  const httpServer = http.createServer(app);
  const services = createServices(dataSource);
  const { apollo, contextFor } = await createGraphQLServer(dataSource, services, log, {
    production: config.nodeEnv === 'production',
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });

  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => contextFor(req.get('x-request-id')?.slice(0, 100) || undefined),
    }),
  );
  return { httpServer, apollo, services };
}
