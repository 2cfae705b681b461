import type { ApolloServerPlugin } from '@apollo/server';
import {
  isEnumType,
  Kind,
  type DocumentNode,
  type GraphQLSchema,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type TypeNode,
} from 'graphql';
import type { RequestContext as Context } from '../context';
import type { AllowList } from '../persisted/allow-list';
import { assertStorableStrings, assertVariablesDepth } from './input-checks';
import { assertAllowed } from '../persisted/persisted-queries';
import { operationDepth } from './depth-limit';
import { queryTooCostly, queryTooDeep, rateLimited, tooManyMatchingFields } from './limit-errors';
import { ANONYMOUS_SOLVER_PRICE, MATCHING_FIELDS, operationCost } from './query-cost';
import { rateLimitKey, type CostRateLimiter, type RateLimitState } from './rate-limit';

/** Per-operation limits (MAX_QUERY_DEPTH, MAX_QUERY_COST). */
export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 10, maxCost: 10_000 };

// The cost of each request's operation, for the request log and the metrics (plugins run their
// hooks concurrently, so they read it from here rather than from this plugin's response).
const costs = new WeakMap<Context, number>();

/** The estimated cost of the operation this context's request ran; undefined when it was never priced. */
export function operationCostOf(context: Context): number | undefined {
  return costs.get(context);
}

export interface OperationGates {
  /** Charges each operation's cost to its client's budget. */
  rateLimiter?: CostRateLimiter;
  /** PERSISTED_QUERIES_ONLY: documents not on it are refused before anything else. */
  allowList?: AllowList;
}

/**
 * Once Apollo has parsed, validated and picked the operation, and before anything executes, in
 * this order: refuses documents not on the allow-list (when there is one), variables nested too
 * deep, strings no text can hold (NUL, lone surrogates: BAD_USER_INPUT), operations too deep or
 * too costly, then charges the cost to the client's rate-limit budget (when there is one). One
 * plugin, because Apollo runs the plugins' hooks concurrently and the order matters: a refused
 * document is neither priced nor charged. Reports the cost in `extensions.cost` and the budget left in
 * `RateLimit-*` headers (headers, so equal answers stay equal bodies), so clients see how close
 * they are.
 */
export function limitsPlugin(limits: QueryLimits, { rateLimiter, allowList }: OperationGates = {}): ApolloServerPlugin<Context> {
  const priced = new CostCache();
  return {
    async requestDidStart() {
      let requested: number | undefined;
      let budget: RateLimitState | undefined;
      return {
        async didResolveOperation({ schema, document, operation, operationName, request, contextValue, queryHash }) {
          if (allowList) assertAllowed(allowList, queryHash);
          // Before anything walks the variables (pricing, the response cache's key), and once for
          // every resolver: input no argument could hold is refused as the client's mistake.
          assertVariablesDepth(request.variables);
          if (!operation) return; // Apollo has already answered OPERATION_RESOLUTION_FAILURE
          assertStorableStrings(document, operation, request.variables);
          const depth = operationDepth(operation, document);
          if (depth > limits.maxDepth) throw queryTooDeep(depth, limits.maxDepth);
          // Each matching field is a solve: an anonymous client, the cheapest to multiply, gets one per operation.
          const anonymous = !contextValue.viewer;
          if (anonymous && operation.operation === 'query') {
            const matching = matchingFieldCount(operation, document);
            if (matching > 1) throw tooManyMatchingFields(matching);
          }
          let cost: number;
          let charge: number;
          try {
            const price = (solverPrice: number) =>
              priced.get(queryHash, operationName, costVariables(operation, request.variables, schema), solverPrice, () =>
                operationCost(schema, document, operationName, request.variables, solverPrice),
              );
            cost = price(1);
            // Anonymous budgets pay more for solver time (query-cost.ts); the per-operation limit is the same for all.
            charge = anonymous ? price(ANONYMOUS_SOLVER_PRICE) : cost;
          } catch {
            // Variables that do not coerce: execution rejects them before any resolver runs.
            return;
          }
          if (cost > limits.maxCost) throw queryTooCostly(cost, limits.maxCost);
          requested = cost;
          costs.set(contextValue, cost);
          if (!rateLimiter) return;
          // Every operation spends at least 1, so even `{ __typename }` floods are counted.
          const charged = Math.max(1, charge);
          const decision = await rateLimiter.charge(rateLimitKey(contextValue), charged);
          if (!decision) return;
          budget = decision;
          if (!decision.allowed) throw rateLimited(decision, charged);
        },
        async willSendResponse({ response }) {
          if (budget) {
            const resetSeconds = Math.max(0, Math.ceil((budget.resetAt.getTime() - Date.now()) / 1000));
            response.http.headers.set('ratelimit-limit', String(budget.limit));
            response.http.headers.set('ratelimit-remaining', String(budget.remaining));
            response.http.headers.set('ratelimit-reset', String(resetSeconds));
          }
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (requested !== undefined) {
            result.extensions = { ...result.extensions, cost: { requested, limit: limits.maxCost, remaining: limits.maxCost - requested } };
          }
        },
      };
    },
  };
}

/**
 * How many matching fields (distinct response keys) the operation's root selects, through
 * fragments too. No type but Query has them, and no field returns Query.
 */
export function matchingFieldCount(operation: OperationDefinitionNode, document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const keys = new Set<string>();
  const visited = new Set<string>();
  const walk = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (MATCHING_FIELDS.has(selection.name.value)) keys.add(selection.alias?.value ?? selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet);
      } else {
        const fragment = fragments.get(selection.name.value);
        // A fragment spread twice selects the same keys again; cycles fail validation, which ran first.
        if (!fragment || visited.has(fragment.name.value)) continue;
        visited.add(fragment.name.value);
        walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return keys.size;
}

/** Variables of these types are ids, words and choices: no estimator reads their values, only how many a list holds (query-cost.ts). */
const UNPRICED_TYPES: ReadonlySet<string> = new Set(['ID', 'String']);
type Unpriced = ReadonlyMap<string, 'one' | 'list'>;
const unpricedByOperation = new WeakMap<OperationDefinitionNode, Unpriced>();

function unpricedVariables(operation: OperationDefinitionNode, schema: GraphQLSchema): Unpriced {
  let names = unpricedByOperation.get(operation);
  if (!names) {
    const unpriced = (name: string) => UNPRICED_TYPES.has(name) || isEnumType(schema.getType(name));
    const bare = (type: TypeNode): TypeNode => (type.kind === Kind.NON_NULL_TYPE ? bare(type.type) : type);
    const kind = (type: TypeNode): 'one' | 'list' | null => {
      const outer = bare(type);
      if (outer.kind === Kind.NAMED_TYPE) return unpriced(outer.name.value) ? 'one' : null;
      const inner = outer.kind === Kind.LIST_TYPE ? bare(outer.type) : outer;
      return inner.kind === Kind.NAMED_TYPE && unpriced(inner.name.value) ? 'list' : null;
    };
    const found = new Map<string, 'one' | 'list'>();
    for (const definition of operation.variableDefinitions ?? []) {
      const k = kind(definition.type);
      if (k) found.set(definition.variable.name.value, k);
    }
    names = found;
    unpricedByOperation.set(operation, names);
  }
  return names;
}

/**
 * The variables as far as the cost can tell them apart: a profile's cost does not depend on which
 * organisation it shows, nor a search's on its word or which domains it names (only on how many a
 * list holds), so one price serves them all.
 * A value of the wrong kind is kept, so pricing still meets it (and execution refuses it).
 */
export function costVariables(
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  schema: GraphQLSchema,
): Record<string, unknown> | undefined {
  const unpriced = unpricedVariables(operation, schema);
  if (!variables || unpriced.size === 0) return variables;
  const kept: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(variables)) {
    const kind = unpriced.get(name);
    if (kind === 'one' && typeof value === 'string') kept[name] = '';
    else if (kind === 'list' && Array.isArray(value) && value.every((item) => typeof item === 'string')) kept[name] = value.map(() => '');
    else kept[name] = value;
  }
  return kept;
}

/** Documents priced lately, with their variables: pricing walks the whole selection, and clients repeat operations. */
const COST_CACHE_ENTRIES = 2_000;
/** Variables longer than this (as JSON) are priced every time rather than kept as a key. */
const MAX_CACHED_VARIABLES_LENGTH = 2_048;

/**
 * The cost of a document for given variables (they set page sizes and k), kept for the most recent
 * COST_CACHE_ENTRIES; a Map in insertion order, the oldest dropped first. Per server: the schema is fixed.
 */
class CostCache {
  private readonly entries = new Map<string, number>();

  get(queryHash: string, operationName: string | null, variables: Record<string, unknown> | undefined, solverPrice: number, compute: () => number): number {
    const vars = variables ? JSON.stringify(variables) : '';
    if (vars.length > MAX_CACHED_VARIABLES_LENGTH) return compute();
    const key = `${queryHash}\u0000${operationName ?? ''}\u0000${solverPrice}\u0000${vars}`;
    const known = this.entries.get(key);
    if (known !== undefined) return known;
    const cost = compute();
    if (this.entries.size >= COST_CACHE_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, cost);
    return cost;
  }
}
