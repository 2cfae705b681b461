import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';
import { operationDepth } from './depth-limit';
import { queryTooCostly, queryTooDeep } from './limit-errors';
import { operationCost } from './query-cost';

/** Per-operation limits (MAX_QUERY_DEPTH, MAX_QUERY_COST). */
export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 10, maxCost: 10_000 };

/**
 * Rejects operations too deep or too costly once Apollo has parsed, validated and picked the
 * operation, before anything executes; reports the cost of the others in the response's
 * `extensions.cost`, so clients can see how close they are.
 */
export function limitsPlugin(limits: QueryLimits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let requested: number | undefined;
      return {
        async didResolveOperation({ schema, document, operation, operationName, request }) {
          if (!operation) return; // Apollo has already answered OPERATION_RESOLUTION_FAILURE
          const depth = operationDepth(operation, document);
          if (depth > limits.maxDepth) throw queryTooDeep(depth, limits.maxDepth);
          let cost: number;
          try {
            cost = operationCost(schema, document, operationName, request.variables);
          } catch {
            // Variables that do not coerce: execution rejects them before any resolver runs.
            return;
          }
          if (cost > limits.maxCost) throw queryTooCostly(cost, limits.maxCost);
          requested = cost;
        },
        async willSendResponse({ response }) {
          if (requested === undefined || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            cost: { requested, limit: limits.maxCost, remaining: limits.maxCost - requested },
          };
        },
      };
    },
  };
}
