import type { ApolloServerOptions } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { GraphQLError } from 'graphql';
import type { RequestContext as Context } from '../context';
import type { AllowList } from './allow-list';
import { worded } from '../language';

export const PERSISTED_QUERY_NOT_ALLOWED = 'PERSISTED_QUERY_NOT_ALLOWED';

type PersistedQueryCache = NonNullable<Exclude<ApolloServerOptions<Context>['persistedQueries'], false | undefined>['cache']>;

/**
 * The APQ store in allow-list mode: it knows every listed document from the start, so clients can
 * send just the hash, and it never learns new ones, so registering a document through APQ cannot
 * add it to the list. (Apollo prefixes the keys with `apq:`.)
 */
export function allowListCache(allowList: AllowList): PersistedQueryCache {
  return {
    async get(key: string) {
      return allowList.document(key.replace(/^apq:/, ''));
    },
    async set() {},
    async delete() {
      return false;
    },
  };
}

/**
 * The APQ store when any document may run: the listed documents (the console's among them) are
 * known from the start, so a client may send just their hash on its first request; any other
 * document is registered the usual way, in Apollo's in-memory cache.
 */
export function knownDocumentsCache(known: AllowList): PersistedQueryCache {
  const learned = new InMemoryLRUCache<string>();
  return {
    async get(key: string) {
      return known.document(key.replace(/^apq:/, '')) ?? learned.get(key);
    },
    async set(key: string, value: string, options?: { ttl?: number | null }) {
      await learned.set(key, value, options);
    },
    async delete(key: string) {
      return learned.delete(key);
    },
  };
}

/** PERSISTED_QUERY_NOT_ALLOWED: the document is not on the allow-list. */
export function notAllowed(): GraphQLError {
  const message = {
    en: 'This server runs only persisted operations, and this document is not on its allow-list.',
    ko: '이 서버는 등록된(persisted) 오퍼레이션만 실행하며, 이 문서는 허용 목록에 없습니다.',
  };
  // 403, not 400: the document may be fine; the server's policy refuses it.
  return worded(new GraphQLError(message.en, { extensions: { code: PERSISTED_QUERY_NOT_ALLOWED, http: { status: 403 } } }), message);
}

/**
 * PERSISTED_QUERIES_ONLY: only documents whose SHA-256 is on the allow-list run, whether the
 * client sent the hash, the text or both (Apollo hashes sent text into `queryHash`). The limits
 * plugin calls this first, before pricing the operation or charging the client for it, and before
 * APQ would register the document.
 */
export function assertAllowed(allowList: AllowList, queryHash: string): void {
  if (!allowList.has(queryHash)) throw notAllowed();
}
