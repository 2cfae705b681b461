// assembleConsortium of docs/matching.md: the k best distinct teams for a project, by a real MIP.
// Steps: cheap necessary conditions (readable reasons); the organisations that fit a slot; for a
// large pool a small priced model whose top k is proven to be the pool's (pricing.ts), else the
// pool less dominated organisations (candidates.ts); for each alternative, the model with no-good
// cuts on the teams found so far, solved by the MIP solver.
import { candidatePool, fittingCandidates, interchangeGroup, pruneDominated, pruningGroup, seedCandidates, type Candidate } from './candidates';
import { buildConsortiumModel, encodeConsortiumSolution, readConsortiumSolution, type ConsortiumInstance } from './consortium-model';
import { consortiumValue, memberStakes } from './consortium-value';
import { fit } from './fit';
import { searchTopTeams } from './exact-search';
import { describeInfeasibility, infeasibility } from './infeasibility';
import { boundsWithOutside, validMultipliers } from './pricing';
import { budgetShare, rulesOf, stakeCapActive } from './rules';
import { highsSolver, type MipSolver } from './solver';
import {
  LARGE_KIND,
  type AssembleResult,
  type Infeasibility,
  type ConsortiumAlternative,
  type ConsortiumOptions,
  type OrganizationInput,
  type ProjectInput,
} from './types';

/** Budget for all solver runs of one call when options.timeLimitMs is not set. */
export const DEFAULT_TIME_LIMIT_MS = 5_000;

/** Fit improvements smaller than this are rounding noise, not a better assignment. */
const EPSILON = 1e-12;
/** Value slack when comparing bounds with values found, far above rounding and far below any real difference. */
const BOUND_TOLERANCE = 1e-9;
/** Column-generation rounds before the bound is used as it stands (it is valid after any round). */
const MAX_PRICING_ROUNDS = 10;
/** Organisations entering the priced model per round, best reduced profit first. */
const MAX_ENTERING = 100;
/**
 * Pools of at most this many candidates (after pruning) are searched exactly in TypeScript
 * (exact-search.ts) instead of one MIP per alternative: each HiGHS run costs a few milliseconds
 * of set-up and root work even on 20 candidates, the search well under one (docs/performance.md).
 */
const EXACT_SEARCH_UP_TO = 20;
/** Nodes the exact search may visit before it leaves the instance to the MIP (a few ms of work). */
const EXACT_SEARCH_NODES = 200_000;

/** Internal switches, for tests that compare the paths against each other. */
export interface AssembleTuning {
  /** Dominance pruning (default on). */
  pruneDominated?: boolean;
  /** Pools larger than this are solved through a priced model when the solver can (default 60). */
  priceAbove?: number;
  /** Organisations per slot and interchange group in the first priced model (default 1). */
  seedPerGroup?: number;
  /** The first priced model's organisations by id, instead of the per-group seed (included ones are added). */
  seed?: readonly number[];
  /** Column-generation rounds (default 10); 1 prices once and leaves the rest to the certificate. */
  pricingRounds?: number;
  /** Candidate sets up to this size go to the exact search instead of the MIP (default 20; 0: always the MIP). */
  exactUpTo?: number;
}

/** A team in candidate indices: members and, per slot index, the candidate filling it (-1: a gap). */
export interface Team {
  members: number[];
  filledBy: number[];
}

type Stats = AssembleResult['stats'];

/**
 * The k best distinct member sets for `project` among `organizations` (APPROVED ones only), each
 * with its optimal assignment. `alternatives` is empty exactly when `infeasibility` (and `infeasibleReason`) says why.
 * Throws RangeError for malformed input: k < 1, non-integer counts, non-finite numbers, repeated ids.
 */
export async function assembleConsortium(
  project: ProjectInput,
  organizations: OrganizationInput[],
  options: ConsortiumOptions,
  solver: MipSolver = highsSolver(),
  tuning: AssembleTuning = {},
): Promise<AssembleResult> {
  validateOptions(options);
  validateInput(project, organizations);
  const stats: Stats = { candidates: 0, prunedFrom: 0, atCapacity: 0, optedOut: 0, solveMs: 0, solves: 0, relaxations: 0, searchNodes: 0 };
  const infeasible = (reason: Infeasibility): AssembleResult => ({
    alternatives: [],
    infeasibility: reason,
    infeasibleReason: describeInfeasibility(reason, options, project),
    stats,
  });

  const excluded = new Set(options.excludeOrganizations);
  const included = new Set(options.includeOrganizations);
  const left = candidatePool(fittingCandidates(project, organizations, excluded), options);
  const fitting = left.pool;
  stats.prunedFrom = fitting.length;
  stats.atCapacity = left.atCapacity;
  stats.optedOut = left.optedOut;
  const reason = infeasibility(project, organizations, fitting, options, left);
  if (reason !== null) return infeasible(reason);

  const maxTeam = Math.min(options.maxMembers, project.slots.length);
  // Dominance pruning (candidates.ts) keeps the top k values of any set it is applied to.
  const prune = (set: readonly Candidate[], keep: ReadonlySet<number> = included): Candidate[] =>
    sortById(tuning.pruneDominated === false ? set : pruneDominated(set, maxTeam + options.k - 1, keep, (c) => pruningGroup(c, options)));
  // Sorted by id so that the model, and so the answer, does not depend on the caller's order.
  const pool = sortById(fitting);
  // The priced model's seed only needs every group represented; relations do not matter there.
  const groupOf = (c: Candidate): string => interchangeGroup(c.organization, options);

  const budgetMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  const clock = { deadline: performance.now() + budgetMs, budgetMs };
  const search: Search = { project, options, solver, stats, clock, exactUpTo: tuning.exactUpTo ?? EXACT_SEARCH_UP_TO };

  const usePricing = solver.solveRelaxation !== undefined && pool.length > (tuning.priceAbove ?? 60);
  const seed = (): Set<Candidate> => {
    if (tuning.seed === undefined) return seedCandidates(pool, project.slots.length, tuning.seedPerGroup ?? 1, included, groupOf);
    const chosen = new Set([...tuning.seed, ...included]);
    return new Set(pool.filter((c) => chosen.has(c.id)));
  };
  const priced = usePricing ? await priceCandidates(search, pool, seed(), tuning.pricingRounds ?? MAX_PRICING_ROUNDS) : null;
  let result: Solved;
  if (priced === null) {
    const candidates = prune(pool);
    stats.candidates = candidates.length;
    result = await solveTopK(search, candidates);
  } else {
    stats.candidates = priced.members.length;
    result = await solveTopK(search, priced.members);
    // Certificate: a team with a left-out organisation B is worth at most teamBounds[B]; when that
    // is no more than the k-th value found, no such team can improve the top k. Otherwise the
    // organisations that might are added (less those dominance pruning shows to be redundant) and
    // the top k solved again, which needs no further check: the k-th value can only rise, and the
    // bounds of the rest stay below the old one.
    const kth = result.alternatives.length >= options.k ? result.alternatives[options.k - 1].value : -Infinity;
    const doubtful = priced.outside.filter((_, i) => priced.teamBounds[i] > kth + BOUND_TOLERANCE);
    if (doubtful.length > 0) {
      const first = result;
      // The teams found so far stay available (kept through pruning) to start the solver from.
      const known = new Set([...included, ...first.alternatives.flatMap((a) => a.memberIds)]);
      const candidates = prune([...priced.members, ...doubtful], known);
      stats.candidates = candidates.length;
      result = await solveTopK(search, candidates, first.alternatives);
      // Out of time before the larger model matched the first answer: keep that, unproven, with
      // its gap to the Lagrangian bound of the whole pool.
      if (result.alternatives.length < first.alternatives.length) {
        result = {
          alternatives: first.alternatives.map((a) => ({ ...a, optimality: { proven: false, gap: relativeGap(priced.bound, a.value) } })),
          stopReason: result.stopReason,
        };
      }
    }
  }
  if (result.alternatives.length === 0) return infeasible(result.stopReason ?? { code: 'JOINTLY_INFEASIBLE' });
  return { alternatives: result.alternatives, infeasibility: null, infeasibleReason: null, stats };
}

interface Search {
  project: ProjectInput;
  options: ConsortiumOptions;
  solver: MipSolver;
  stats: Stats;
  clock: { deadline: number; budgetMs: number };
  exactUpTo: number;
}

interface Solved {
  alternatives: ConsortiumAlternative[];
  stopReason: Infeasibility | null;
}

const timeLimitReason = (clock: Search['clock']): Infeasibility => ({ code: 'TIME_LIMIT', limitMs: clock.budgetMs });

function instanceOf(search: Search, candidates: readonly Candidate[]): ConsortiumInstance {
  return {
    slots: search.project.slots.map((s) => ({ id: s.id, weight: s.weight, budgetShare: budgetShare(s) })),
    candidates,
    options: search.options,
  };
}

function sortById(candidates: readonly Candidate[]): Candidate[] {
  return [...candidates].sort((a, b) => a.organization.id - b.organization.id);
}

/**
 * Column generation on the LP relaxation: start from `seed`, add the organisations whose reduced
 * profit is positive, until none is (or the round limit). Returns the priced members and, for each
 * organisation left out, an upper bound on any team containing it; null when the relaxation of
 * the restricted model is not solved to optimality (then the caller uses the whole pool).
 */
async function priceCandidates(
  search: Search,
  pool: readonly Candidate[],
  seed: Set<Candidate>,
  rounds: number,
): Promise<{ members: Candidate[]; outside: Candidate[]; bound: number; teamBounds: number[] } | null> {
  const { solver, stats, clock, options } = search;
  const weights = search.project.slots.map((s) => s.weight);
  const shares = search.project.slots.map((s) => budgetShare(s));
  const inModel = new Set(seed);
  for (let round = 0; ; round++) {
    const members = pool.filter((c) => inModel.has(c));
    const outside = pool.filter((c) => !inModel.has(c));
    const model = buildConsortiumModel(instanceOf(search, members));
    const remainingMs = clock.deadline - performance.now();
    if (remainingMs <= 0 || solver.solveRelaxation === undefined) return null;
    const started = performance.now();
    const lp = await solver.solveRelaxation(model.mip, { timeLimitSeconds: remainingMs / 1000 });
    stats.solveMs += performance.now() - started;
    stats.relaxations++;
    if (lp.status !== 'optimal' || lp.rowDuals === null) return null;
    const m = validMultipliers(model.mip, lp.rowDuals);
    const bounds = boundsWithOutside(model, options, weights, m, outside, shares);
    const entering = outside
      .map((c, i) => ({ c, rv: bounds.reducedProfits[i] }))
      .filter((e) => e.rv > BOUND_TOLERANCE)
      .sort((a, b) => b.rv - a.rv || a.c.organization.id - b.c.organization.id);
    if (entering.length === 0 || round + 1 >= rounds) return { members, outside, bound: bounds.bound, teamBounds: bounds.teamBounds };
    for (const e of entering.slice(0, MAX_ENTERING)) inModel.add(e.c);
  }
}

/**
 * The k best distinct teams among `candidates` (sorted by id): one MIP per team, each cutting off
 * the teams before it. Each run starts from the best of the `known` teams not cut off yet.
 */
async function solveTopK(search: Search, candidates: readonly Candidate[], known: readonly ConsortiumAlternative[] = []): Promise<Solved> {
  const { project, options, solver, stats, clock } = search;
  const instance = instanceOf(search, candidates);
  const indexOf = new Map(candidates.map((c, i) => [c.organization.id, i]));
  const included = new Set(options.includeOrganizations);
  if (candidates.length <= search.exactUpTo) {
    if (clock.deadline - performance.now() <= 0) return { alternatives: [], stopReason: timeLimitReason(clock) };
    const started = performance.now();
    const searched = searchTopTeams(instance, options.k, EXACT_SEARCH_NODES);
    stats.solveMs += performance.now() - started;
    stats.searchNodes += searched?.nodes ?? EXACT_SEARCH_NODES;
    if (searched !== null) return searchedAlternatives(search, candidates, searched.teams);
  }
  const slotIndex = new Map(project.slots.map((s, r) => [s.id, r]));
  const found: number[][] = [];
  const foundKeys = new Set<string>();
  const alternatives: ConsortiumAlternative[] = [];
  let stopReason: Infeasibility | null = null;
  for (let n = 0; n < options.k; n++) {
    const remainingMs = clock.deadline - performance.now();
    if (remainingMs <= 0) {
      stopReason = timeLimitReason(clock);
      break;
    }
    const model = buildConsortiumModel(instance, found);
    const hint = known.find((a) => !foundKeys.has(a.memberIds.join(',')));
    const start = hint === undefined ? null : encodeConsortiumSolution(instance, model, { memberIds: hint.memberIds, assignment: hint.assignments });
    const started = performance.now();
    const solution = await solver.solve(model.mip, { timeLimitSeconds: remainingMs / 1000 }, start);
    stats.solveMs += performance.now() - started;
    stats.solves++;
    if (solution.values === null) {
      stopReason = solution.status === 'infeasible' ? { code: 'JOINTLY_INFEASIBLE' } : timeLimitReason(clock);
      break;
    }
    const read = readConsortiumSolution(instance, model, solution.values);
    const team: Team = { members: read.memberIds.map((id) => indexOf.get(id) as number), filledBy: project.slots.map(() => -1) };
    for (const a of read.assignment) team.filledBy[slotIndex.get(a.slotId) as number] = indexOf.get(a.organizationId) as number;
    improveAssignment(team, candidates, stakeCheck(project, options));
    preferSmallerIds(team, candidates, included, foundKeys, options);

    const memberIds = team.members.map((o) => candidates[o].organization.id).sort((a, b) => a - b);
    found.push(memberIds);
    foundKeys.add(memberIds.join(','));
    const proven = solution.status === 'optimal';
    alternatives.push(describe(project, team, candidates, options, { proven, gap: proven ? 0 : solution.gap }));
  }
  // Proven solves come out in non-increasing value already; a time-limited one may not.
  alternatives.sort((a, b) => b.value - a.value);
  return { alternatives, stopReason };
}

/**
 * The exact search's teams as alternatives, after the same clean-up as a MIP team: each keeps
 * its value (the search's assignments are optimal), and a swap to smaller-id twins never yields
 * a team listed before it or still to come, so the teams stay distinct.
 */
function searchedAlternatives(search: Search, candidates: readonly Candidate[], teams: readonly { members: number[]; filledBy: number[] }[]): Solved {
  const { project, options } = search;
  if (teams.length === 0) return { alternatives: [], stopReason: { code: 'JOINTLY_INFEASIBLE' } };
  const included = new Set(options.includeOrganizations);
  const keyOf = (members: readonly number[]) =>
    members
      .map((o) => candidates[o].organization.id)
      .sort((a, b) => a - b)
      .join(',');
  const reported = new Set(teams.map((t) => keyOf(t.members)));
  const alternatives = teams.map((t) => {
    const team: Team = { members: [...t.members], filledBy: [...t.filledBy] };
    improveAssignment(team, candidates, stakeCheck(project, options));
    preferSmallerIds(team, candidates, included, reported, options);
    reported.add(keyOf(team.members));
    return describe(project, team, candidates, options, { proven: true, gap: 0 });
  });
  alternatives.sort((a, b) => b.value - a.value);
  return { alternatives, stopReason: null };
}

/** The relative gap between an upper bound and a value found, as MIP solvers report it. */
export function relativeGap(bound: number, value: number): number {
  return Math.max(0, bound - value) / Math.max(1e-9, Math.abs(value));
}

/** Ids key the model's variables and the answer, so they must be unique. */
export function validateInput(project: ProjectInput, organizations: readonly OrganizationInput[]): void {
  const duplicate = <T>(values: T[]): T | undefined => {
    const seen = new Set<T>();
    return values.find((v) => seen.size === seen.add(v).size);
  };
  const slot = duplicate(project.slots.map((s) => s.id));
  if (slot !== undefined) throw new RangeError(`slot ${slot} appears twice in the project`);
  for (const s of project.slots) {
    const b = budgetShare(s);
    if (!(Number.isFinite(b) && b > 0)) throw new RangeError(`slot ${s.id}: budgetShare must be a finite number > 0, got ${String(b)}`);
  }
  const organization = duplicate(organizations.map((o) => o.id));
  if (organization !== undefined) throw new RangeError(`organisation ${organization} appears twice among the organisations`);
}

export function validateOptions(options: ConsortiumOptions): void {
  const integer = (name: keyof ConsortiumOptions, min: number): void => {
    const value = options[name];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
      throw new RangeError(`${name} must be an integer >= ${min}, got ${String(value)}`);
    }
  };
  integer('k', 1);
  integer('maxMembers', 0);
  integer('minSmes', 0);
  integer('minIndustries', 0);
  for (const name of ['maxLargeShare', 'mu', 'kappa'] as const) {
    if (!Number.isFinite(options[name])) throw new RangeError(`${name} must be a finite number, got ${String(options[name])}`);
  }
  const stake = options.maxLargeStake;
  if (stake !== undefined && stake !== null && !(stake >= 0 && stake <= 1)) throw new RangeError(`maxLargeStake must be between 0 and 1, got ${String(stake)}`);
  for (const name of ['interestBonus', 'tieBonus'] as const) {
    const value = options[name];
    if (value !== undefined && !(Number.isFinite(value) && value >= 0)) throw new RangeError(`${name} must be a finite number >= 0, got ${String(value)}`);
  }
  if (options.timeLimitMs !== undefined && !(options.timeLimitMs > 0)) {
    throw new RangeError(`timeLimitMs must be positive, got ${String(options.timeLimitMs)}`);
  }
}

/**
 * The stake cap as a test on a team's assignment: whether a change from `before` to `after` keeps
 * it (or at least does not raise the large members' stake), so that the clean-up below never
 * breaks a team the solver found feasible within its tolerance.
 */
export type StakeCheck = (before: readonly number[], after: readonly number[], candidates: readonly Candidate[]) => boolean;

export function stakeCheck(project: ProjectInput, options: ConsortiumOptions): StakeCheck {
  const rules = rulesOf(options);
  if (!stakeCapActive(rules)) return () => true;
  const shares = project.slots.map((s) => budgetShare(s));
  const largeStake = (filledBy: readonly number[], candidates: readonly Candidate[]): number => {
    let large = 0;
    let total = 0;
    filledBy.forEach((o, r) => {
      if (o < 0) return;
      total += shares[r];
      if (candidates[o].kind === LARGE_KIND) large += shares[r];
    });
    return total > 0 ? large / total : 0;
  };
  return (before, after, candidates) => {
    const next = largeStake(after, candidates);
    return next <= rules.maxLargeStake + BOUND_TOLERANCE || next <= largeStake(before, candidates);
  };
}

/**
 * Moves slots to members with a strictly higher fit (or fills gaps) while every member keeps a
 * slot and the stake cap holds. A proven-optimal solution never changes here; it guards against
 * solver tolerances and improves time-limited incumbents. Each move raises the value, so the loop ends.
 */
export function improveAssignment(team: Team, candidates: readonly Candidate[], stakesOk: StakeCheck): void {
  for (let moved = true; moved; ) {
    moved = false;
    const held = new Map(team.members.map((o) => [o, 0]));
    for (const o of team.filledBy) if (o >= 0) held.set(o, (held.get(o) as number) + 1);
    team.filledBy.forEach((holder, r) => {
      if (holder >= 0 && (held.get(holder) as number) < 2) return;
      const current = holder >= 0 ? candidates[holder].fits[r] : 0;
      let best = -1;
      for (const o of team.members) {
        if (o === holder || !(candidates[o].fits[r] > current + EPSILON) || (best >= 0 && candidates[o].fits[r] <= candidates[best].fits[r])) continue;
        const after = [...team.filledBy];
        after[r] = o;
        if (stakesOk(team.filledBy, after, candidates)) best = o;
      }
      if (best < 0) return;
      if (holder >= 0) held.set(holder, (held.get(holder) as number) - 1);
      held.set(best, (held.get(best) as number) + 1);
      team.filledBy[r] = best;
      moved = true;
    });
  }
}

/**
 * Deterministic ties: a member is replaced by the smallest-id organisation of its industry and
 * kind, outside the team, that fits each of its slots at least as well (so the value does not
 * drop and every constraint still holds), unless that team was already reported. Which of several
 * interchangeable organisations the solver happened to pick then no longer shows. Only
 * organisations without blocks or ties and with the same interest swap, so that no block is
 * broken and no bonus changes.
 */
function preferSmallerIds(
  team: Team,
  candidates: readonly Candidate[],
  included: ReadonlySet<number>,
  reported: ReadonlySet<string>,
  options: ConsortiumOptions,
): void {
  const ids = (members: number[]): string =>
    members
      .map((o) => candidates[o].organization.id)
      .sort((a, b) => a - b)
      .join(',');
  const free = (c: Candidate): boolean => (c.blocks?.length ?? 0) === 0 && (c.ties?.length ?? 0) === 0;
  const interest = (c: Candidate): boolean => (options.interestBonus ?? 0) !== 0 && c.organization.interested === true;
  for (const o of [...team.members].sort((a, b) => candidates[a].organization.id - candidates[b].organization.id)) {
    const org = candidates[o].organization;
    if (included.has(org.id) || !free(candidates[o])) continue;
    const slots = team.filledBy.flatMap((holder, r) => (holder === o ? [r] : []));
    const inTeam = new Set(team.members);
    // candidates are sorted by id, so the first match is the smallest id.
    for (let p = 0; p < o; p++) {
      const twin = candidates[p];
      if (inTeam.has(p) || twin.organization.kind !== org.kind || twin.organization.industryId !== org.industryId) continue;
      if (!free(twin) || interest(twin) !== interest(candidates[o])) continue;
      if (!slots.every((r) => twin.fits[r] >= candidates[o].fits[r])) continue;
      const members = team.members.map((m) => (m === o ? p : m));
      if (reported.has(ids(members))) continue;
      team.members = members;
      team.filledBy = team.filledBy.map((holder) => (holder === o ? p : holder));
      break;
    }
  }
}

export function describe(
  project: ProjectInput,
  team: Team,
  candidates: readonly Candidate[],
  options: ConsortiumOptions,
  optimality: { proven: boolean; gap: number },
): ConsortiumAlternative {
  const members = team.members.map((o) => candidates[o].organization).sort((a, b) => a.id - b.id);
  const assignments: ConsortiumAlternative['assignments'] = [];
  const gaps: number[] = [];
  project.slots.forEach((slot, r) => {
    const holder = team.filledBy[r];
    if (holder < 0) {
      gaps.push(slot.id);
      return;
    }
    const explanation = fit(candidates[holder].organization, slot, project.cityId);
    assignments.push({ slotId: slot.id, organizationId: candidates[holder].organization.id, fit: explanation, weightedFit: slot.weight * explanation.fit });
  });
  // The reported value is consortiumValue itself, recomputed from the final assignment.
  const { value, breakdown } = consortiumValue(
    project,
    members,
    assignments.map((a) => ({ slotId: a.slotId, organizationId: a.organizationId })),
    options,
  );
  const { stakes, largeStake } = memberStakes(project, members, assignments);
  return { memberIds: members.map((m) => m.id), assignments, gaps, value, breakdown, stakes, largeStake, optimality };
}
