import path from 'node:path';
import http, { type IncomingMessage } from 'node:http';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { ApolloServer } from '@apollo/server';
import express from 'express';
import { redisPasswordResetLimiters } from '../modules/accounts/password-reset-throttle';
import { redisLimiters } from '../modules/accounts/sign-in-throttle';
import { closeRedisClient, createRedisClient } from '../redis';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { tokenSettings, type SignedConfig } from '../config';
import type { Context } from '../modules/context';
import { mappingDatabaseUnavailable } from '../graphql/errors';
import { createCostRateLimiter } from '../graphql/limits/rate-limit';
import { graphqlMetricsPlugin, inFlightGauge, MAX_OPERATION_LABELS } from '../graphql/metrics-plugin';
import { committedAllowList } from '../graphql/persisted/committed-allow-list';
import { readDataVersion } from '../db/data-version';
import { createGraphQLServer } from '../graphql/server';
import { graphqlModules } from '../modules';
import { inProcessRunner, workerPoolRunner } from '../modules/matching/solver-pool';
import { createServices, type Services } from '../services';
import { createMailer } from '../mail/mailer';
import { systemClock } from '../clock';
import { MailDispatcher } from '../modules/notifications/mail-dispatcher';
import { ExpirySweeper } from '../modules/events/expiry-sweeper';
import { accountFromAuthorization } from './authentication';
import { bodyErrorHandler } from './body-errors';
import { consoleRouter } from './console';
import { graphiqlRouter } from './graphiql';
import { createMetricsRegistry } from './metrics';
import { createReadinessCheck } from './readiness';
import { corsPolicy, securityHeaders, securityHeaderValues } from './security';
import { answerUnexpectedError, unexpectedErrorHandler } from './unexpected-errors';
import { languageFromHeader, speak } from '../graphql/language';
import { clientAddress, proxyTrust } from './client-address';
import { graphqlPostHandler } from './graphql-post';
import { inProcessBus, redisBus } from '../modules/events/live/event-bus';
import { EventHub } from '../modules/events/live/event-hub';
import { wakeOnCommit } from '../modules/events/live/wake-on-commit';
import { serveSubscriptions } from './subscriptions';

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  services: Services;
  /** Notification mail (instant and daily digests); src/index.ts starts it once the server listens, Apollo's stop stops it. */
  mailDispatcher: MailDispatcher;
  /** This instance's delivery of live events to its subscriptions. */
  liveEvents: EventHub;
}

/**
 * In-flight requests get this long to finish on shutdown before their connections are closed; it
 * leaves src/index.ts's 10-second deadline room to close the pool and the embedded database.
 */
export const DRAIN_GRACE_MS = 8_000;

/**
 * A request must arrive whole, headers and body, within this long, or its connection is closed
 * with 408: a client trickling a body byte by byte would otherwise hold a connection (and a body
 * buffer) for Node's default 5 minutes, and a few hundred such clients exhaust the server. Our
 * operations are a few kilobytes; even a full MAX_BODY_BYTES (1 MiB by default) arrives in time
 * over a 1 Mbit/s link.
 * The clock stops once the request is received: an operation that then runs long (a solve) is
 * not cut.
 */
export const REQUEST_TIMEOUT_MS = 10_000;
/** The headers alone get as long as the whole request; Node requires it to be no longer. */
export const HEADERS_TIMEOUT_MS = REQUEST_TIMEOUT_MS;
/**
 * How often Node checks connections against those timeouts (default 30 s, which would let a
 * trickle live up to 40 s); the check only walks the open connections.
 */
const CONNECTIONS_CHECK_MS = 1_000;
/**
 * An idle keep-alive connection is closed after this long (Node's default, set so it is seen).
 * A proxy in front should close its idle upstream connections sooner, or it may reuse one as we
 * close it.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 5_000;

/** Logs an unreachable Redis once per half minute rather than on every reconnection attempt. */
function redisWarning(log: Logger): (error: Error) => void {
  let last = 0;
  return (error) => {
    if (Date.now() - last < 30_000) return;
    last = Date.now();
    log.warn({ err: error }, 'Redis unavailable; operations run without rate limiting and sign-in counters stay per instance until it is back');
  };
}

/** A client's X-Request-Id when it is a plain token (it goes into logs and back in a header); else one is made up. */
function requestIdFrom(header: string | undefined): string | undefined {
  return header && /^[\w.:-]{1,100}$/.test(header) ? header : undefined;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
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
  // Set once Apollo has started: POST /graphql answered without Express (graphql-post.ts).
  let graphqlPost: ((req: http.IncomingMessage, res: http.ServerResponse) => boolean) | undefined;
  const httpServer = http.createServer(
    {
      requestTimeout: REQUEST_TIMEOUT_MS,
      headersTimeout: HEADERS_TIMEOUT_MS,
      connectionsCheckingInterval: CONNECTIONS_CHECK_MS,
      keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
    },
    (req, res) => {
      if (!graphqlPost?.(req, res)) app(req, res);
    },
  );
  // One Redis connection for the cost budgets, the failed sign-ins and the password-reset counters, so every instance shares
  // them; its commands time out after 200 ms and both fail open (src/redis.ts).
  const redis = config.redisUrl ? createRedisClient(config.redisUrl, redisWarning(log)) : undefined;
  // Solves run on worker threads, so one never blocks the requests around it (MATCHING_THREADS).
  const matchingRunner = config.matchingThreads > 0 ? workerPoolRunner(config.matchingThreads) : inProcessRunner();
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, outboxDir: path.join(config.dataDir, 'outbox') }, log);
  const services = createServices(dataSource, tokenSettings(config), {
    signInLimiters: redis && redisLimiters(redis),
    passwordResetLimiters: redis && redisPasswordResetLimiters(redis),
    matchingRunner,
    mail: { mailer, publicUrl: config.publicUrl },
    expiry: { requestTtlDays: config.requestTtlDays, invitationTtlDays: config.invitationTtlDays },
  });
  const mailDispatcher = new MailDispatcher(dataSource, systemClock, { mailer, publicUrl: config.publicUrl, digestHour: config.digestHour }, log);
  // Every instance sweeps; SKIP LOCKED shares the rows between them (src/modules/events/expiry-sweeper.ts).
  const sweeper = new ExpirySweeper(dataSource, services.expiry, log);
  if (config.expirySweepSeconds > 0) sweeper.start(config.expirySweepSeconds * 1000);
  const metrics = createMetricsRegistry(dataSource);
  const countInFlight = inFlightGauge(metrics);
  const readiness = createReadinessCheck(dataSource, redis);
  const allowList = committedAllowList();
  const rateLimiter = createCostRateLimiter({
    points: config.rateLimitCost,
    windowSeconds: config.rateLimitWindowSeconds,
    redis,
    log,
  });
  // Live events: after each COMMIT that wrote events a wake-up goes to every instance (Redis
  // pub/sub with REDIS_URL), whose one tail reader then reads the log and feeds its subscriptions.
  const bus = config.redisUrl ? redisBus(config.redisUrl, log) : inProcessBus();
  wakeOnCommit(dataSource, bus);
  const liveEvents = new EventHub(dataSource, bus, log);
  await liveEvents.start();
  let subscriptions: { dispose(): Promise<void> } | undefined;
  const modules = await graphqlModules(services);
  const limits = { maxDepth: config.maxQueryDepth, maxCost: config.maxQueryCost };
  const { apollo, contextFor } = await createGraphQLServer(dataSource, modules, log, {
    production: config.nodeEnv === 'production',
    introspection: config.introspection,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: DRAIN_GRACE_MS }),
      graphqlMetricsPlugin(metrics, {
        knownOperationNames: allowList.operationNames(),
        // With the allow-list on, no other name can run: nothing else deserves a label.
        maxOperationNames: config.persistedQueriesOnly ? 0 : MAX_OPERATION_LABELS,
      }),
      // Apollo stops once, on shutdown, after draining the requests in flight: the Redis connection
      // (cost limiter, sign-in counters) and the solver threads go with it.
      {
        serverWillStart: async () => ({
          // Before the HTTP drain: WebSocket clients are told 1001 (going away) and reconnect elsewhere with their last cursor.
          drainServer: async () => {
            await liveEvents.close();
            await subscriptions?.dispose();
          },
          serverWillStop: async () => {
            await sweeper.stop();
            await bus.close();
            await rateLimiter?.close();
            // A mail round under way finishes (commits) before the mailer and the pool go.
            await mailDispatcher.stop();
            mailer.close();
            if (redis) closeRedisClient(redis);
            await matchingRunner.close();
          },
        }),
      },
    ],
    limits,
    rateLimiter,
    allowList: config.persistedQueriesOnly ? allowList : undefined,
    knownDocuments: allowList,
    responseCache: config.responseCacheMb > 0 ? { maxBytes: config.responseCacheMb * 2 ** 20, dataVersion: () => readDataVersion(dataSource) } : undefined,
  });

  app.disable('x-powered-by');
  // Behind a load balancer the client is the nearest X-Forwarded-For hop a trusted proxy added.
  const trust = proxyTrust(config.trustProxy);
  if (config.trustProxy === true)
    log.warn(
      'TRUST_PROXY=true believes every X-Forwarded-For hop, so clients can choose their address; set the number of proxies or their addresses unless the front proxy overwrites the header',
    );
  app.set('trust proxy', trust);
  app.use(securityHeaders());
  const cors = corsPolicy(config.corsOrigins);
  if (cors) app.use('/graphql', cors);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const state = await readiness();
    if (state.ready) res.json({ status: 'ready', details: state.details });
    else res.status(503).json({ status: 'not ready', reason: state.reason, details: state.details });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.contentType).send(await metrics.metrics());
  });
  // Browsers asking for /graphql get GraphiQL; operations fall through to Apollo.
  if (config.graphiql) app.use(graphiqlRouter('/graphql'));
  // The console (src/console): static files calling /graphql like any other client.
  app.use(consoleRouter());
  // A database read while building the context (the account) answers 503 when PostgreSQL is down.
  const contextOf = mappingDatabaseUnavailable(async (req: IncomingMessage) =>
    contextFor({
      requestId: requestIdFrom(header(req, 'x-request-id')),
      account: await accountFromAuthorization(header(req, 'authorization'), services),
      clientIp: clientAddress(req, trust),
      acceptLanguage: header(req, 'accept-language'),
    }),
  );
  // Its errors (a rejected token, the 503) come before any plugin could say them in the request's language.
  const requestContext = (req: IncomingMessage) =>
    contextOf(req).catch((error: unknown) => {
      speak(error, languageFromHeader(header(req, 'accept-language')));
      throw error;
    });
  app.use(
    '/graphql',
    express.json({ limit: config.maxBodyBytes }),
    bodyErrorHandler(),
    countInFlight(expressMiddleware(apollo, { context: ({ req }) => requestContext(req) })),
  );
  app.use(unexpectedErrorHandler(log));
  graphqlPost = graphqlPostHandler({
    apollo,
    context: requestContext,
    maxBodyBytes: config.maxBodyBytes,
    headers: securityHeaderValues(),
    cors,
    inFlight: (run) => countInFlight(run)(),
    unexpected: answerUnexpectedError(log),
  });
  subscriptions = serveSubscriptions(httpServer, {
    schema: modules.schema,
    graphql: { contextFor },
    services,
    liveEvents,
    limits,
    rateLimiter,
    allowList: config.persistedQueriesOnly ? allowList : undefined,
    clientAddress: (req) => clientAddress(req, trust),
    metrics,
    production: config.nodeEnv === 'production',
    log,
  });
  return { httpServer, apollo, services, mailDispatcher, liveEvents };
}
