import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context';

/** One log line per operation: its name, how long it took and the error codes it answered with. */
export function requestLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, errors }) {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          const codes = errors?.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          contextValue.log.info({ operationName: operationName ?? null, ms: Math.round(ms * 10) / 10, errors: codes }, 'graphql operation');
        },
      };
    },
  };
}
