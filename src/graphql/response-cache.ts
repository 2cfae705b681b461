import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { isDatabaseUnavailable } from '../db/database-unavailable';
import type { RequestContext as Context } from './context';

/**
 * Entries of older data versions can never be read again; the lifetime only bounds how long they
 * hold memory before the LRU would push them out anyway. Freshness comes from the version key.
 */
const ENTRY_SECONDS = 300;

export interface ResponseCacheOptions {
  /** Room for cached answers, by length of their JSON. */
  maxBytes: number;
  /** The data version (src/db/data-version.ts), read once per cacheable request. */
  dataVersion: () => Promise<string>;
}

/** Distinct requests remembered for admission (about 100 bytes each). */
const SEEN_REQUESTS = 20_000;

const anonymous = (request: GraphQLRequestContext<Context>) => request.contextValue.viewer === null;

/** Requests answered without the cache, and never stored: seen for the first time, or their data version could not be read. */
const bypassing = new WeakSet<Context>();
/** Requests looked up in the cache but not stored on a miss: the data changed since they last came. */
const notStored = new WeakSet<Context>();

type Identified = Pick<GraphQLRequestContext<Context>, 'request' | 'queryHash' | 'source'>;

/**
 * The last requests (document, operation and variables) and the data version each last came
 * under, for admission to the cache: as nginx's `proxy_cache_min_uses 2`, an answer is stored only
 * for a request asked before, and only when no write came between (or its version was not read
 * then, on its first time). Most requests of real traffic come once (a profile, a search), or not
 * again before the data changes; caching each would cost a data-version statement, the key's hash
 * and a copy of the answer for nothing.
 */
export interface RequestMemory {
  key(request: Identified): string;
  /** The version `key` last came under: null when it was not read, undefined when the request has not come (among the last `capacity`). */
  last(key: string): string | null | undefined;
  remember(key: string, version: string | null): void;
}

export function requestMemory(capacity = SEEN_REQUESTS): RequestMemory {
  // A Map keeps insertion order: the first key is the one least recently remembered.
  const seen = new Map<string, string | null>();
  return {
    key: ({ request, queryHash, source }) =>
      createHash('sha1')
        .update(`${queryHash ?? source}\n${request.operationName ?? ''}\n${JSON.stringify(request.variables ?? {})}`)
        .digest('base64'),
    last: (key) => seen.get(key),
    remember(key, version) {
      seen.delete(key);
      seen.set(key, version);
      if (seen.size > capacity) seen.delete(seen.keys().next().value as string);
    },
  };
}

/**
 * Whole answers to anonymous queries, by Apollo's response-cache plugin, keyed by the document,
 * its variables and the data version. Every write bumps the version in its own transaction
 * (statement triggers), and the version is read before the answer is: so a cached answer is never
 * older than the data a request could see when it began, on this instance or any other.
 * Signed-in callers are never served from the cache: what they see depends on who they are.
 * A request is cached from its second time, when no write came between (`requestMemory`).
 * Answers with errors, and mutations, are never stored (the plugin's rules).
 */
export function responseCache(options: ResponseCacheOptions): ApolloServerPlugin<Context>[] {
  const memory = requestMemory();
  return [
    {
      // Apollo's cache-control plugin is off (it would wrap every resolver), so nothing else
      // declares an answer cacheable: anonymous queries are, as a whole.
      async requestDidStart() {
        return {
          async didResolveOperation(request) {
            if (anonymous(request) && request.operation?.operation === 'query') {
              request.overallCachePolicy.replace({ maxAge: ENTRY_SECONDS, scope: 'PUBLIC' });
            }
          },
        };
      },
    },
    responseCachePlugin<Context>({
      cache: new InMemoryLRUCache({ maxSize: options.maxBytes }),
      // Signed-in requests, and requests seen for the first time, skip the cache, so they need not
      // read the version either.
      extraCacheKeyData: async (request) => {
        if (!anonymous(request)) return null;
        const key = memory.key(request);
        const last = memory.last(key);
        if (last === undefined) {
          memory.remember(key, null);
          bypassing.add(request.contextValue);
          return null;
        }
        try {
          const dataVersion = await options.dataVersion();
          memory.remember(key, dataVersion);
          if (last !== null && last !== dataVersion) notStored.add(request.contextValue);
          return { dataVersion };
        } catch (error) {
          // The database is unavailable: a plugin error would be a bare 500, so the operation runs
          // uncached instead and its own reads answer SERVICE_UNAVAILABLE (or succeed, if it is back).
          if (!isDatabaseUnavailable(error)) throw error;
          bypassing.add(request.contextValue);
          return null;
        }
      },
      shouldReadFromCache: async (request) => anonymous(request) && !bypassing.has(request.contextValue),
      shouldWriteToCache: async (request) => anonymous(request) && !bypassing.has(request.contextValue) && !notStored.has(request.contextValue),
    }),
  ];
}
