import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { RequestContext, ViewerLike } from './context';
import { createFormatError } from './format-error';
import { httpStatusPlugin } from './http-status-plugin';
import { DEFAULT_QUERY_LIMITS, limitsPlugin, type QueryLimits } from './limits/limits-plugin';
import type { CostRateLimiter } from './limits/rate-limit';
import type { AllowList } from './persisted/allow-list';
import { allowListCache, knownDocumentsCache } from './persisted/persisted-queries';
import { requestLogPlugin } from './request-log';
import { languageFromHeader, languagePlugin } from './language';
import { responseCache, type ResponseCacheOptions } from './response-cache';

/**
 * graphql-js stops parsing a document past this many tokens (GRAPHQL_PARSE_FAILED). Our largest
 * operations have a few hundred, GraphiQL's introspection query about 300. Without the bound a
 * body of MAX_BODY_BYTES could cost seconds of validation (the overlapping-fields rule is
 * quadratic in fields of one name); at 5,000 tokens its worst case takes about 0.2 s.
 */
export const MAX_DOCUMENT_TOKENS = 5_000;

/** What the modules give the GraphQL server (src/modules/index.ts, graphqlModules). */
export interface GraphQLModules<Viewer extends ViewerLike, Loaders, Account> {
  schema: GraphQLSchema;
  /** The request's DataLoaders. */
  createLoaders(dataSource: DataSource, viewer: Viewer | null): Loaders;
  /** The viewer a signed-in account's row makes. */
  viewerOf(account: Account): Viewer;
  /** Hands the row authentication read to the loaders, so the request's own account lookups need no statement. */
  primeAccount(loaders: Loaders, account: Account): void;
}

export interface GraphQLServer<Viewer extends ViewerLike = any, Loaders = any, Account = any> {
  apollo: ApolloServer<RequestContext<Viewer, Loaders>>;
  /**
   * A fresh context (request id, logger, viewer, DataLoaders) for one request. With `account` (the
   * row authentication read) the viewer is made from it and the row serves the request's own
   * account lookups; a bare `viewer` is trusted as given (in-process callers).
   */
  contextFor(request?: {
    requestId?: string;
    viewer?: Viewer | null;
    account?: Account | null;
    clientIp?: string;
    /** The request's Accept-Language header: Korean error messages when it prefers `ko`. */
    acceptLanguage?: string | null;
  }): RequestContext<Viewer, Loaders>;
}

/** Apollo with our schema, error masking and per-request context; transport-free so tests can drive it in-process. */
export async function createGraphQLServer<Viewer extends ViewerLike, Loaders, Account>(
  dataSource: DataSource,
  modules: GraphQLModules<Viewer, Loaders, Account>,
  log: Logger,
  options: {
    production: boolean;
    /** Answer introspection, and name fields in validation errors ("Did you mean …?"); default: outside production. */
    introspection?: boolean;
    plugins?: ApolloServerPlugin<RequestContext<Viewer, Loaders>>[];
    /** Depth and cost limits per operation; DEFAULT_QUERY_LIMITS (10 deep, cost 10,000) when absent. */
    limits?: QueryLimits;
    /** Charges each operation's cost to its client's budget; no rate limiting when absent. */
    rateLimiter?: CostRateLimiter;
    /** PERSISTED_QUERIES_ONLY: only these documents run; any document may run when absent. */
    allowList?: AllowList;
    /** Documents a client may name by hash alone from its first request (the committed list), when any document may run. */
    knownDocuments?: AllowList;
    /** Caches whole answers to anonymous queries by data version; no cache when absent. */
    responseCache?: ResponseCacheOptions;
  },
): Promise<GraphQLServer<Viewer, Loaders, Account>> {
  const { schema, createLoaders, viewerOf, primeAccount } = modules;
  const introspection = options.introspection ?? !options.production;
  const apollo = new ApolloServer<RequestContext<Viewer, Loaders>>({
    schema,
    formatError: createFormatError(log),
    // Apollo's own complaints (a plugin hook that threw, answered as a bare 500) go to our log as
    // JSON lines, not to the console where no one counts them.
    logger: log,
    includeStacktraceInErrorResponses: false,
    // src/index.ts owns shutdown: it stops Apollo, then closes the pool and the embedded database.
    stopOnTerminationSignals: false,
    introspection,
    // Without introspection, "Did you mean …?" in validation errors would leak the schema anyway.
    hideSchemaDetailsFromClientErrors: !introspection,
    parseOptions: { maxTokens: MAX_DOCUMENT_TOKENS },
    // APQ stays on (Apollo's in-memory cache, per instance, which knows the committed documents from the start);
    // in allow-list mode it serves only listed documents.
    persistedQueries: options.allowList
      ? { cache: allowListCache(options.allowList) }
      : options.knownDocuments
        ? { cache: knownDocumentsCache(options.knownDocuments) }
        : undefined,
    plugins: [
      ...(options.plugins ?? []),
      limitsPlugin(options.limits ?? DEFAULT_QUERY_LIMITS, { rateLimiter: options.rateLimiter, allowList: options.allowList }),
      // After the limits: a cached answer is still priced and charged to the client's budget.
      ...(options.responseCache ? responseCache(options.responseCache) : []),
      // Before the request log, whose line records the status this plugin settles.
      httpStatusPlugin(),
      // Settles the language of each error before formatError words it.
      languagePlugin(),
      requestLogPlugin(log),
      // Apollo's landing page loads from the internet, which these machines cannot reach.
      ApolloServerPluginLandingPageDisabled(),
      // We send no cache hints; Apollo's default cache-control plugin would still wrap every
      // field's resolver to compute them (about 5% of a nested list's CPU, by profile).
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();
  // The request's logger is made when something logs through it: most requests write only the
  // request line, which the request log writes on the root logger (a child with redaction costs
  // 1–2% of a small query). The getter sits on the contexts' prototype because Apollo copies each
  // context's own properties for the operation, which would call an own getter every time.
  const withLazyLog = Object.create(Object.prototype, {
    log: {
      get(this: { requestId: string }): Logger {
        const child = log.child({ requestId: this.requestId });
        Object.defineProperty(this, 'log', { value: child });
        return child;
      },
    },
  }) as object;
  return {
    apollo,
    contextFor({ requestId = randomUUID(), account = null, viewer = account && viewerOf(account), clientIp = '127.0.0.1', acceptLanguage = null } = {}) {
      const loaders = createLoaders(dataSource, viewer);
      if (account) primeAccount(loaders, account);
      return Object.assign(Object.create(withLazyLog), {
        requestId,
        loaders,
        viewer,
        clientIp,
        lang: languageFromHeader(acceptLanguage),
      }) as RequestContext<Viewer, Loaders>;
    },
  };
}
