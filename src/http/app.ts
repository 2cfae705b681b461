import http from 'node:http';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { ApolloServer } from '@apollo/server';
import express from 'express';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { tokenSettings, type Config } from '../config';
import type { Context } from '../graphql/context';
import { graphqlMetricsPlugin } from '../graphql/metrics-plugin';
import { createGraphQLServer } from '../graphql/server';
import { createServices, type Services } from '../services';
import { viewerFromAuthorization } from './authentication';
import { createMetricsRegistry } from './metrics';
import { createReadinessCheck } from './readiness';

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  services: Services;
}

/**
 * In-flight requests get this long to finish on shutdown before their connections are closed; it
 * leaves src/index.ts's 10-second deadline room to close the pool and the embedded database.
 */
export const DRAIN_GRACE_MS = 8_000;

/**
 * Express + Apollo on one HTTP server: `/graphql` for the API, `/healthz` for liveness (no
 * database), `/readyz` for readiness (database and migrations), `/metrics` for Prometheus.
 */
export async function createApp(config: Config, dataSource: DataSource, log: Logger): Promise<App> {
  const app = express();
  const httpServer = http.createServer(app);
  const services = createServices(dataSource, tokenSettings(config));
  const metrics = createMetricsRegistry(dataSource);
  const readiness = createReadinessCheck(dataSource);
  const { apollo, contextFor } = await createGraphQLServer(dataSource, services, log, {
    production: config.nodeEnv === 'production',
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: DRAIN_GRACE_MS }), graphqlMetricsPlugin(metrics)],
    limits: { maxDepth: config.maxQueryDepth, maxCost: config.maxQueryCost },
  });

  app.disable('x-powered-by');
  // Behind a load balancer the client is the first X-Forwarded-For hop, never a header we trust otherwise.
  app.set('trust proxy', config.trustProxy);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const state = await readiness();
    if (state.ready) res.json({ status: 'ready' });
    else res.status(503).json({ status: 'not ready', reason: state.reason });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.contentType).send(await metrics.metrics());
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        contextFor({
          requestId: req.get('x-request-id')?.slice(0, 100) || undefined,
          viewer: await viewerFromAuthorization(req.get('authorization'), services.tokens),
          clientIp: req.ip ?? req.socket.remoteAddress ?? 'unknown',
        }),
    }),
  );
  return { httpServer, apollo, services };
}
