import { cacheExchange, Client, fetchExchange, mapExchange, subscriptionExchange } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';
import { createClient as createWsClient } from 'graphql-ws';
import { requestLang } from '../i18n/i18n';

/** The API on the same origin as the console (the CSP allows no other). */
const ENDPOINT = '/graphql';

/**
 * One urql client per signed-in token (a new one on sign-in or sign-out, so nothing cached for
 * one viewer is shown to the next): HTTP for queries and mutations with the bearer token, graphql-ws
 * on the same path for subscriptions, the token in connection_init as the server reads it.
 */
export function createApiClient(token: string | null, onTokenRefused: () => void): { client: Client; dispose(): void } {
  const authorization = token ? `Bearer ${token}` : undefined;
  const ws = createWsClient({
    url: `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}${ENDPOINT}`,
    connectionParams: authorization ? { authorization } : {},
    // Opens on the first subscription only, and closes when none is left.
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
  });
  const client = new Client({
    url: ENDPOINT,
    // POST always: Apollo's CSRF prevention refuses GET operations without a preflighted header.
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: () => ({
      headers: {
        ...(authorization ? { authorization } : {}),
        // userErrors' messages come in the console's language.
        'accept-language': requestLang(),
      },
    }),
    exchanges: [
      // A token the server no longer accepts (expired, signed out elsewhere) signs the tab out.
      mapExchange({
        onError(error) {
          if (token && (error.response?.status === 401 || error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED'))) onTokenRefused();
        },
      }),
      cacheExchange,
      // Queries and mutations go by the hash codegen gave their text (src/console/codegen.ts), which
      // the server's allow-list knows (schema/persisted-operations.json): the console runs where
      // PERSISTED_QUERIES_ONLY is on, and sends smaller requests where it is not.
      persistedExchange({
        enableForMutation: true,
        preferGetForPersistedQueries: false,
        generateHash: async (_query, document) => (document as { __meta__?: { hash?: string } }).__meta__?.hash,
      }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
  return { client, dispose: () => void ws.dispose() };
}
