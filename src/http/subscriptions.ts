import type http from 'node:http';
import { getOperationAST, GraphQLError, parse, validate, type GraphQLSchema } from 'graphql';
// graphql-ws names it useServer; it is no React hook (Biome's hook rule goes by the name).
import { useServer as serveGraphQLWs } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { Counter, Gauge, type Registry } from 'prom-client';
import { type WebSocket, WebSocketServer } from 'ws';
import { ErrorCode } from '../graphql/errors';
import { createFormatError } from '../graphql/format-error';
import { type Language, languageFromHeader, speakAll, worded } from '../graphql/language';
import { operationDepth } from '../graphql/limits/depth-limit';
import { LimitErrorCode, queryTooCostly, queryTooDeep, rateLimited } from '../graphql/limits/limit-errors';
import { rateLimitKey, type CostRateLimiter } from '../graphql/limits/rate-limit';
import { operationCost } from '../graphql/limits/query-cost';
import type { QueryLimits } from '../graphql/limits/limits-plugin';
import type { AllowList } from '../graphql/persisted/allow-list';
import { notAllowed } from '../graphql/persisted/persisted-queries';
import { MAX_DOCUMENT_TOKENS, type GraphQLServer } from '../graphql/server';
import type { Account } from '../modules/accounts/account.entity';
import type { EventHub } from '../modules/events/live/event-hub';
import type { Services } from '../services';
import { sessionFromAuthorization } from './authentication';

/** A client must send connection_init this soon after connecting, or it is closed (4408). */
export const CONNECTION_INIT_TIMEOUT_MS = 5_000;
/** The server pings every this long; a client that does not answer by the next ping is dropped. */
export const KEEP_ALIVE_MS = 12_000;
/** Open subscriptions one connection may hold; more are refused with TOO_MANY_SUBSCRIPTIONS. */
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 20;
/** Largest message a client may send (a subscribe message is a few hundred bytes). */
const MAX_MESSAGE_BYTES = 64 * 1024;
/** Close code for a connection whose access token expired while it was open (graphql-ws's code for Forbidden). */
export const TOKEN_EXPIRED_CLOSE_CODE = 4403;
/** On shutdown, clients get this long to answer the close (1001 Going away) before their sockets are cut. */
const CLOSE_GRACE_MS = 1_000;

type ConnectionExtra = {
  /** The account the connection signed in as in connection_init; null when anonymous. */
  account?: Account | null;
};

/**
 * A signed-in connection lives no longer than its token: at the expiry the socket is closed
 * (4403), and the client signs in again and resumes with its last cursor. Each event is still
 * authorised against the account's current rights on delivery; this bounds a stolen token too.
 */
function closeOnExpiry(socket: WebSocket, expiresAt: Date): void {
  // setTimeout holds at most 2^31-1 ms (24.8 days); a longer-lived token is re-checked then.
  const wait = Math.min(Math.max(expiresAt.getTime() - Date.now(), 0), 2 ** 31 - 1);
  const timer = setTimeout(() => {
    if (Date.now() >= expiresAt.getTime()) socket.close(TOKEN_EXPIRED_CLOSE_CODE, 'The access token has expired; sign in again.');
    else closeOnExpiry(socket, expiresAt);
  }, wait);
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
}

export interface SubscriptionServer {
  /** Closes every socket with 1001 (going away) and stops accepting new ones. */
  dispose(): Promise<void>;
}

/**
 * GraphQL subscriptions over the graphql-ws protocol on the HTTP server's own port and path
 * (`/graphql`: a WebSocket upgrade goes here, everything else to Express). The access token comes
 * in connection_init (`{ "authorization": "Bearer <token>" }`), read once as the HTTP edge reads
 * the header; a wrong one closes the socket with 4403 (Forbidden). Each operation is checked
 * against the same allow-list (PERSISTED_QUERIES_ONLY), depth and cost limits as over HTTP and
 * gets its own context, with the instance's live-event hub.
 */
export function serveSubscriptions(
  httpServer: http.Server,
  options: {
    schema: GraphQLSchema;
    graphql: Pick<GraphQLServer, 'contextFor'>;
    services: Pick<Services, 'tokens' | 'accounts'>;
    liveEvents: EventHub;
    limits: QueryLimits;
    /** The budget HTTP operations are charged to: a subscribe spends from the same one. */
    rateLimiter?: CostRateLimiter;
    /** PERSISTED_QUERIES_ONLY: only listed documents are subscribed to, as over HTTP. */
    allowList?: AllowList;
    /** The client's address as over HTTP (TRUST_PROXY), for its rate-limit budget. */
    clientAddress: (req: http.IncomingMessage) => string;
    metrics?: Registry;
    production: boolean;
    log: Logger;
  },
): SubscriptionServer {
  const { schema, graphql, services, liveEvents, limits, rateLimiter, allowList, log } = options;
  const registers = options.metrics ? [options.metrics] : [];
  const connections = new Gauge({ name: 'ws_connections', help: 'Open GraphQL WebSocket connections.', registers });
  const subscribes = new Counter({
    name: 'ws_subscribe_total',
    help: 'Subscribe messages over WebSocket, by outcome: ok, or the error code that refused them.',
    labelNames: ['outcome'],
    registers,
  });
  // Errors are masked as over HTTP (an unexpected one is logged and answered INTERNAL_SERVER_ERROR),
  // and said in the language of the upgrade request's Accept-Language, as over HTTP.
  const formatError = createFormatError(log);
  const languageOf = (ctx: { extra: { request: http.IncomingMessage } }) => languageFromHeader(ctx.extra.request.headers['accept-language']);
  const masked = (errors: readonly GraphQLError[], lang: Language) => {
    speakAll(errors, lang);
    return errors.map((error) => formatError(error.toJSON(), error));
  };
  /** A refusal before execution, said and masked as the others; `extensions.http` is for HTTP only. */
  const refuse = (error: GraphQLError, lang: Language): GraphQLError[] => {
    subscribes.inc({ outcome: String(error.extensions.code ?? 'ERROR') });
    const [{ message, extensions }] = masked([error], lang);
    const { http: _http, ...rest } = extensions ?? {};
    return [new GraphQLError(message, { extensions: rest })];
  };
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: MAX_MESSAGE_BYTES });
  const server = serveGraphQLWs<Record<string, unknown> | undefined, ConnectionExtra>(
    {
      schema,
      isProd: options.production,
      connectionInitWaitTimeout: CONNECTION_INIT_TIMEOUT_MS,
      onConnect: async (ctx) => {
        // `authorization` as the graphql-ws examples send it; GraphiQL passes its Headers pane as is (`Authorization`).
        const params = ctx.connectionParams ?? {};
        const authorization = params.authorization ?? params.Authorization;
        if (authorization !== undefined && authorization !== null && typeof authorization !== 'string') return false;
        try {
          const session = await sessionFromAuthorization(authorization ?? undefined, services);
          ctx.extra.account = session?.account ?? null;
          if (session) closeOnExpiry(ctx.extra.socket, session.expiresAt);
          connections.inc();
          ctx.extra.socket.once('close', () => connections.dec());
          return true;
        } catch (error) {
          if (error instanceof GraphQLError && error.extensions.code === ErrorCode.UNAUTHENTICATED) return false;
          log.error({ err: error }, 'reading the account of a WebSocket connection failed');
          return false;
        }
      },
      onNext: (ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: masked(result.errors, languageOf(ctx)) } : undefined),
      onError: (ctx, _id, _payload, errors) => masked(errors, languageOf(ctx)),
      onSubscribe: async (ctx, _id, payload) => {
        const lang = languageOf(ctx);
        // The one being subscribed is already counted.
        if (Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS_PER_CONNECTION) {
          const message = {
            en: `At most ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions per connection; complete one first.`,
            ko: `연결 하나에 구독은 ${MAX_SUBSCRIPTIONS_PER_CONNECTION}개까지입니다. 먼저 하나를 끝내십시오.`,
          };
          return refuse(worded(new GraphQLError(message.en, { extensions: { code: LimitErrorCode.TOO_MANY_SUBSCRIPTIONS } }), message), lang);
        }
        let document: ReturnType<typeof parse>;
        try {
          document = parse(payload.query, { maxTokens: MAX_DOCUMENT_TOKENS });
        } catch (error) {
          // Coded as Apollo codes them over HTTP, so the client reads the same answer either way.
          return refuse(
            new GraphQLError(error instanceof GraphQLError ? error.message : 'The document does not parse.', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } }),
            lang,
          );
        }
        // Before anything else is spent on it, as over HTTP.
        if (allowList && !allowList.allows(document)) return refuse(notAllowed(), lang);
        const errors = validate(schema, document);
        if (errors.length > 0) {
          subscribes.inc({ outcome: 'GRAPHQL_VALIDATION_FAILED' });
          return errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
        }
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return refuse(new GraphQLError('Unable to identify the operation.', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }), lang);
        const depth = operationDepth(operation, document);
        if (depth > limits.maxDepth) return refuse(queryTooDeep(depth, limits.maxDepth), lang);
        let cost = 0;
        try {
          cost = operationCost(schema, document, payload.operationName, payload.variables ?? undefined);
          if (cost > limits.maxCost) return refuse(queryTooCostly(cost, limits.maxCost), lang);
        } catch {
          // Variables that do not coerce: execution rejects them.
        }
        const context = graphql.contextFor({
          account: ctx.extra.account ?? null,
          clientIp: options.clientAddress(ctx.extra.request),
          acceptLanguage: ctx.extra.request.headers['accept-language'],
        });
        // As over HTTP, every operation spends at least 1 from the client's budget, so a socket cannot flood.
        const decision = await rateLimiter?.charge(rateLimitKey(context), Math.max(1, cost));
        if (decision && !decision.allowed) return refuse(rateLimited(decision, Math.max(1, cost)), lang);
        subscribes.inc({ outcome: 'ok' });
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          // Added to the context itself: a copy would lose its lazy logger, which lives on its prototype.
          contextValue: Object.assign(context, { liveEvents }),
        };
      },
    },
    wss,
    KEEP_ALIVE_MS,
  );
  return {
    async dispose() {
      const stragglers = setTimeout(() => {
        for (const client of wss.clients) client.terminate();
      }, CLOSE_GRACE_MS);
      try {
        await server.dispose();
      } finally {
        clearTimeout(stragglers);
      }
    },
  };
}
