import http from 'node:http';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { ApolloServer } from '@apollo/server';
import express from 'express';
import { Redis } from 'ioredis';
import { redisLimiters } from '../modules/accounts/sign-in-throttle';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { tokenSettings, type SignedConfig } from '../config';
import type { Context } from '../graphql/context';
import { createCostRateLimiter } from '../graphql/limits/rate-limit';
import { graphqlMetricsPlugin, MAX_OPERATION_LABELS } from '../graphql/metrics-plugin';
import { committedAllowList } from '../graphql/persisted/committed-allow-list';
import { readDataVersion } from '../db/data-version';
import { createGraphQLServer } from '../graphql/server';
import { createServices, type Services } from '../services';
import { accountFromAuthorization } from './authentication';
import { bodyErrorHandler } from './body-errors';
import { graphiqlRouter } from './graphiql';
import { createMetricsRegistry } from './metrics';
import { createReadinessCheck } from './readiness';
import { corsPolicy, securityHeaders } from './security';
import { unexpectedErrorHandler } from './unexpected-errors';

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

/** A client's X-Request-Id when it is a plain token (it goes into logs and back in a header); else one is made up. */
function requestIdFrom(header: string | undefined): string | undefined {
  return header && /^[\w.:-]{1,100}$/.test(header) ? header : undefined;
}

/**
 * Express + Apollo on one HTTP server: `/graphql` for the API, `/healthz` for liveness (no
 * database), `/readyz` for readiness (database and migrations), `/metrics` for Prometheus.
 * Every response carries the security headers; `/graphql` adds CORS (CORS_ORIGINS), the body
 * limit (MAX_BODY_BYTES), the rate limit (RATE_LIMIT_COST per RATE_LIMIT_WINDOW_SECONDS, shared
 * through Redis with REDIS_URL) and, with PERSISTED_QUERIES_ONLY, the allow-list.
 */
export async function createApp(config: SignedConfig, dataSource: DataSource, log: Logger): Promise<App> {
  const app = express();
  const httpServer = http.createServer(app);
  // Failed sign-ins are counted in Redis too when it is configured, so every instance sees them.
  const signInRedis = config.redisUrl
    ? new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000 })
    : undefined;
  signInRedis?.on('error', () => undefined); // the cost limiter's client already warns about an unreachable Redis
  const services = createServices(dataSource, tokenSettings(config), { signInLimiters: signInRedis && redisLimiters(signInRedis) });
  const metrics = createMetricsRegistry(dataSource);
  const readiness = createReadinessCheck(dataSource);
  const allowList = committedAllowList();
  const rateLimiter = createCostRateLimiter({
    points: config.rateLimitCost,
    windowSeconds: config.rateLimitWindowSeconds,
    redisUrl: config.redisUrl,
    log,
  });
  const { apollo, contextFor } = await createGraphQLServer(dataSource, services, log, {
    production: config.nodeEnv === 'production',
    introspection: config.introspection,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: DRAIN_GRACE_MS }),
      graphqlMetricsPlugin(metrics, {
        knownOperationNames: allowList.operationNames(),
        // With the allow-list on, no other name can run: nothing else deserves a label.
        maxOperationNames: config.persistedQueriesOnly ? 0 : MAX_OPERATION_LABELS,
      }),
      // Apollo stops once, on shutdown: the Redis connections (cost limiter, sign-in counters) go with it.
      {
        serverWillStart: async () => ({
          serverWillStop: async () => {
            await rateLimiter?.close();
            signInRedis?.disconnect();
          },
        }),
      },
    ],
    limits: { maxDepth: config.maxQueryDepth, maxCost: config.maxQueryCost },
    rateLimiter,
    allowList: config.persistedQueriesOnly ? allowList : undefined,
    responseCache:
      config.responseCacheMb > 0 ? { maxBytes: config.responseCacheMb * 2 ** 20, dataVersion: () => readDataVersion(dataSource) } : undefined,
  });

  app.disable('x-powered-by');
  // Behind a load balancer the client is the first X-Forwarded-For hop, never a header we trust otherwise.
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders());
  const cors = corsPolicy(config.corsOrigins);
  if (cors) app.use('/graphql', cors);
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
  // Browsers asking for /graphql get GraphiQL; operations fall through to Apollo.
  if (config.graphiql) app.use(graphiqlRouter('/graphql'));
  app.use(
    '/graphql',
    express.json({ limit: config.maxBodyBytes }),
    bodyErrorHandler(),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        contextFor({
          requestId: requestIdFrom(req.get('x-request-id')),
          account: await accountFromAuthorization(req.get('authorization'), services),
          clientIp: req.ip ?? req.socket.remoteAddress ?? 'unknown',
        }),
    }),
  );
  app.use(unexpectedErrorHandler(log));
  return { httpServer, apollo, services };
}
