import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isLeafType,
  isListType,
  isObjectType,
  type DocumentNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../connection';

/**
 * The estimated cost of an operation, counted like GitHub's and Shopify's APIs: each object costs
 * 1 and scalars cost 0 (their columns come with the row), and a list multiplies what it selects by
 * how many items it may return:
 * - a connection (`organizations`, `projects`, `Domain.organizations`, `WorkingGroup.members`) by
 *   its page size, `first` or `last`, else the argument's default (20 at the top, 10 nested),
 *   at most MAX_PAGE_SIZE (larger pages are refused by argument validation, which should answer);
 * - `partnerMatches` by `first`, plus PARTNER_SEARCH_COST for scoring the candidate pool;
 * - `assembleConsortium` by `options.k`, each consortium also costing a fixed
 *   CONSORTIUM_COST because each is one more mixed-integer program solved;
 * - `explainExclusion` as EXPLAIN_SOLVES consortia (the optimum, the run with the organisation
 *   included, and the feasibility checks that name a rule when no team has it);
 * - `projectMatches` by `first`, plus PARTNER_SEARCH_COST for scoring the open projects;
 * - any other list of objects (capabilities, technologies, slots, …) by LIST_SIZE_ESTIMATE.
 * E.g. `organizations(first: 100) { edges { node { capabilities { technologies { slug } } } } }`
 * costs 1 + 100 × (1 + 6 × (1 + 6 × 1)) = 4301.
 * A field may set its own cost with type-graphql's `complexity` option (fieldExtensionsEstimator).
 */
export const LIST_SIZE_ESTIMATE = 6;

/**
 * Matching is priced by solver time, at SOLVER_POINTS_PER_MS. On the seeded data (sample members
 * plus synthetic ones, as a planner, who is matched against every member) a consortium took 64 to
 * 86 ms of HiGHS time at worst (k = 1: 64 ms; k = 3: 221 ms; k = 10 on the 8-slot project:
 * 859 ms), so each costs 80 ms; a partner search scores the pool in linear time, answered in
 * 15–25 ms, so it costs 20 ms. k = 10 with every detail selected stays under the default
 * MAX_QUERY_COST (10,000).
 */
export const SOLVER_POINTS_PER_MS = 10;
export const CONSORTIUM_COST = 80 * SOLVER_POINTS_PER_MS;
export const PARTNER_SEARCH_COST = 20 * SOLVER_POINTS_PER_MS;
/** The consortia explainExclusion may solve, as priced (two always; more only when no team has the organisation). */
export const EXPLAIN_SOLVES = 3;
/**
 * Anonymous clients are charged ten times the solver price against their rate-limit budget (not
 * against MAX_QUERY_COST): the default RATE_LIMIT_COST of 100,000 a minute then buys an address
 * at most 12 consortia (≈ 1 s of solver time) or 50 partner searches a minute, where an account
 * buys ten times as much.
 */
export const ANONYMOUS_SOLVER_PRICE = 10;

/** The fields that run the matching core; an anonymous operation may select one (limits-plugin.ts). */
export const MATCHING_FIELDS: ReadonlySet<string> = new Set([
  'assembleConsortium',
  'partnerMatches',
  'explainExclusion',
  'projectMatches',
  'assemblePortfolio',
]);

/**
 * Past this many selections the cost is not worth counting. It also bounds what scalars, free on
 * their own, could add up to through aliases or fragments spread many times.
 */
export const MAX_COUNTED_SELECTIONS = 10_000;

/** Lists whose size is the page size of the field above them, which already multiplied them. */
const PAGED_LISTS = new Set(['PartnerMatchResult.matches', 'ConsortiumResult.alternatives']);

type Args = Record<string, unknown>;

/**
 * The operation's cost; Infinity when it has too many selections to count. Throws on variables
 * that do not coerce. `solverPrice` multiplies what the matching fields' solver work costs.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null, variables?: Args, solverPrice = 1): number {
  try {
    return getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables,
      estimators: costEstimators(solverPrice),
      maxQueryNodes: MAX_COUNTED_SELECTIONS,
    });
  } catch (error) {
    if (error instanceof Error && error.message.includes('maximum allowed number of nodes')) return Number.POSITIVE_INFINITY;
    throw error;
  }
}

export function costEstimators(solverPrice = 1): ComplexityEstimator[] {
  return [fieldExtensionsEstimator(), leafEstimator, listEstimator(solverPrice), simpleEstimator({ defaultComplexity: 1 })];
}

/** Scalars and enums, and lists of them, cost nothing. */
export const leafEstimator: ComplexityEstimator = ({ field }) => (isLeafType(getNamedType(field.type)) ? 0 : undefined);

/** Prices lists of objects and the matching fields; leaves single objects to simpleEstimator (1 + what they select). */
export const listEstimator =
  (solverPrice = 1): ComplexityEstimator =>
  ({ type, field, args, childComplexity }) => {
    // Introspection's lists are bounded by the schema itself, and introspection is off in production.
    if (type.name.startsWith('__')) return undefined;
    const coordinate = `${type.name}.${field.name}`;
    if (isConnection(getNamedType(field.type))) return 1 + pageSize(args) * childComplexity;
    // An edge only wraps its node, which is what costs.
    if (isConnection(type) && field.name === 'edges') return childComplexity;
    if (coordinate === 'Query.partnerMatches') return solverPrice * PARTNER_SEARCH_COST + 1 + clampSize(numberOr(args.first, 1)) * childComplexity;
    if (coordinate === 'Query.assembleConsortium') return consortiumCount(field, args) * (solverPrice * CONSORTIUM_COST + childComplexity);
    if (coordinate === 'Query.assemblePortfolio') return portfolioCost(args) * solverPrice * CONSORTIUM_COST + childComplexity;
    if (coordinate === 'Query.explainExclusion') return EXPLAIN_SOLVES * solverPrice * CONSORTIUM_COST + childComplexity;
    if (coordinate === 'Query.projectMatches') return solverPrice * PARTNER_SEARCH_COST + 1 + clampSize(numberOr(args.first, 1)) * childComplexity;
    if (isListType(getNullableType(field.type)) && !PAGED_LISTS.has(coordinate)) return LIST_SIZE_ESTIMATE * (1 + childComplexity);
    return undefined;
  };

/**
 * assemblePortfolio solves one joint model and a baseline of one consortium per project, most of it
 * on small priced models: priced as half a consortium per project (at least one).
 */
function portfolioCost(args: Args): number {
  const ids = Array.isArray(args.projectIds) ? args.projectIds.length : 1;
  return Math.max(1, Math.ceil(Math.min(ids, 20) / 2));
}

/** A Relay connection: its `edges` list is sized by the connection field's own arguments. */
function isConnection(type: GraphQLNamedType): boolean {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  return 'edges' in fields && 'pageInfo' in fields;
}

/** Arguments arrive with their schema defaults applied, so a nested connection's `first` is already 10. */
function pageSize(args: Args): number {
  return clampSize(numberOr(args.last ?? args.first, DEFAULT_PAGE_SIZE));
}

/**
 * Sizes out of range are refused by argument validation, but only when their field resolves: a
 * negative one must not lower the cost of the siblings that would still run.
 */
function clampSize(size: number): number {
  return Math.min(Math.max(size, 0), MAX_PAGE_SIZE);
}

/**
 * ConsortiumOptionsInput.k's largest value: a larger k is refused by argument validation, which
 * names the argument, and so is priced as the largest rather than refused as too costly.
 */
const MAX_CONSORTIUM_K = 10;

/** `options.k`, else the default that ConsortiumOptionsInput declares for it. */
function consortiumCount(field: GraphQLField<unknown, unknown>, args: Args): number {
  const options = args.options as Args | null | undefined;
  if (typeof options?.k === 'number') return Math.min(clampSize(options.k), MAX_CONSORTIUM_K);
  const optionsType = getNamedType(field.args.find((arg) => arg.name === 'options')?.type);
  return numberOr(isInputObjectType(optionsType) ? optionsType.getFields().k?.defaultValue : undefined, 1);
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
