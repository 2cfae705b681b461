import { randomUUID } from 'node:crypto';
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

const anonymous = (request: GraphQLRequestContext<Context>) => request.contextValue.viewer === null;

/** Requests whose data version could not be read: answered without the cache, and never stored. */
const versionUnread = new WeakSet<Context>();

/**
 * Whole answers to anonymous queries, by Apollo's response-cache plugin, keyed by the document,
 * its variables and the data version. Every write bumps the version in its own transaction
 * (statement triggers), and the version is read before the answer is: so a cached answer is never
 * older than the data a request could see when it began, on this instance or any other.
 * Signed-in callers are never served from the cache: what they see depends on who they are.
 * Answers with errors, and mutations, are never stored (the plugin's rules).
 */
export function responseCache(options: ResponseCacheOptions): ApolloServerPlugin<Context>[] {
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
      // Signed-in requests skip the cache, so they need not read the version either.
      extraCacheKeyData: async (request) => {
        if (!anonymous(request)) return null;
        try {
          return { dataVersion: await options.dataVersion() };
        } catch (error) {
          // The database is unavailable: a plugin error would be a bare 500, so the operation runs
          // uncached instead and its own reads answer SERVICE_UNAVAILABLE (or succeed, if it is back).
          if (!isDatabaseUnavailable(error)) throw error;
          versionUnread.add(request.contextValue);
          return { dataVersion: `unread:${randomUUID()}` };
        }
      },
      shouldReadFromCache: async (request) => anonymous(request),
      shouldWriteToCache: async (request) => anonymous(request) && !versionUnread.has(request.contextValue),
    }),
  ];
}
