// assemblePortfolio of docs/matching.md ("Portfolio"): one consortium per project, chosen jointly so
// that no organisation is counted on by more new consortia than it can still join.
//
// One MIP over all projects: each project's consortium model is a block (addConsortiumBlock) with
// its own options, its objective scaled by the project's weight and switched on by s_p (a team
// exists iff s_p = 1); for each organisation o with a finite remaining capacity c_o,
//
//     Σ_p y_o,p <= c_o                                  (capacity rows)
//
// over the projects whose options respect capacity and do not name o in includeOrganizations (an
// included organisation is added by hand, as in assembleConsortium). The objective is
// Σ_p weight_p · value_p. Projects are staffed lexicographically: first every project that can be
// (all s_p = 1); when the capacity rows make that impossible, the most projects possible
// (max Σ s_p), then the best total among those.
//
// The one-at-a-time baseline assembles the projects in the given order with assembleConsortium
// (k = 1), each with the capacity the earlier ones left. It is the joint solve's start, so a time
// limit still answers at least the baseline, with the solver's gap.
import { assembleConsortium, describe, improveAssignment, relativeGap, stakeCheck, validateInput, validateOptions, type Team } from './assemble-consortium';
import { candidatePool, fittingCandidates, interchangeGroup, pruneDominated, pruningGroup, seedCandidates, type Candidate } from './candidates';
import {
  addConsortiumBlock,
  readConsortiumSolution,
  writeConsortiumSolution,
  type ConsortiumBlock,
  type ConsortiumInstance,
  type ModelBuilder,
} from './consortium-model';
import { describeInfeasibility, infeasibility } from './infeasibility';
import type { MipModel } from './mip';
import { lagrangianBound, reducedProfit, validMultipliers } from './pricing';
import { budgetShare } from './rules';
import { highsSolver, type MipSolution, type MipSolver } from './solver';
import type { ConsortiumAlternative, ConsortiumOptions, Infeasibility, OrganizationInput, ProjectInput } from './types';

/** Budget for a whole portfolio call (baseline and joint solve) when timeLimitMs is not set. */
export const DEFAULT_PORTFOLIO_TIME_LIMIT_MS = 10_000;
/** The share of the budget the one-at-a-time baseline may use; the joint solve gets the rest. */
const BASELINE_SHARE = 0.6;
const VALUE_TOLERANCE = 1e-9;
/** Value slack when comparing bounds with totals found (as in assembleConsortium). */
const BOUND_TOLERANCE = 1e-9;
/** Joint pools (summed over projects, after pruning) larger than this go through the priced model. */
const PRICE_ABOVE = 300;
/** Organisations per slot and interchange group in each project's first priced model. */
const SEED_PER_GROUP = 1;
/** Column-generation rounds on the joint relaxation, and organisations entering per project and round. */
const PRICING_ROUNDS = 10;
const MAX_ENTERING = 20;
/**
 * Organisations the certificate may still doubt and the model take in for a second solve; beyond,
 * the priced answer is returned unproven with its gap to the Lagrangian bound (the LP relaxation of
 * nine consortium models together is looser than that of one, so the bound can leave thousands in doubt).
 */
const MAX_DOUBTFUL = 400;

export interface PortfolioProjectInput {
  /** The project's id (echoed in the answer); unique within a portfolio. */
  id: number;
  project: ProjectInput;
  /** Its own consortium options; k is ignored (one team per project). */
  options: ConsortiumOptions;
  /** projectWeight, > 0 (default 1). */
  weight?: number;
  /** Organisations that expressed interest in this project (interestBonus counts them). */
  interested?: readonly number[];
}

export interface PortfolioSettings {
  /** When a project cannot be staffed, assemble none (default false: assemble the rest). */
  requireAll?: boolean;
  /** Wall-clock budget for the whole call, baseline included (default DEFAULT_PORTFOLIO_TIME_LIMIT_MS). */
  timeLimitMs?: number;
}

/** Internal switches, for tests that drive the priced path on small instances. */
export interface PortfolioTuning {
  /** Joint pools larger than this go through the priced model (default PRICE_ABOVE). */
  priceAbove?: number;
  /** Organisations per slot and interchange group in the first priced model (default SEED_PER_GROUP). */
  seedPerGroup?: number;
  /** Column-generation rounds (default PRICING_ROUNDS); 1 prices once and leaves the rest to the certificate. */
  pricingRounds?: number;
}

export interface PortfolioProjectResult {
  id: number;
  weight: number;
  /** Its team; null when it is not staffed (then `infeasibility` says why). */
  alternative: ConsortiumAlternative | null;
  infeasibility: Infeasibility | null;
  /** The same in the core's technical English. */
  infeasibleReason: string | null;
  /** Organisations that fit a slot but were left out at capacity or opted out, as in assembleConsortium. */
  atCapacity: number;
  optedOut: number;
}

export interface PortfolioResult {
  /** In the order given. */
  projects: PortfolioProjectResult[];
  /** Σ weight · value over the staffed projects. */
  total: number;
  /** The one-at-a-time baseline: the projects in the given order, each taking what the earlier ones left. */
  baseline: { projects: PortfolioProjectResult[]; total: number };
  /** Whether the joint total is proven optimal, and the solver's relative gap (null when no bound is known). */
  optimality: { proven: boolean; gap: number | null };
  /** Organisations the answer brings to their capacity (new consortia = remaining capacity), ascending. */
  atCapacity: number[];
  stats: {
    /** Candidates in the joint model, over all projects (after pruning). */
    candidates: number;
    variables: number;
    constraints: number;
    solveMs: number;
    /** Joint MIP runs (1, or 2 more when not every project can be staffed). */
    solves: number;
    baselineMs: number;
    /** LP relaxations solved to price the organisations left out of the model (0 without pricing). */
    relaxations: number;
    /** The answer came from the priced model (with its certificate), not from the whole pools. */
    priced: boolean;
  };
}

/** A project of the joint model. */
interface Block {
  index: number;
  input: PortfolioProjectInput;
  weight: number;
  instance: ConsortiumInstance;
  candidates: Candidate[];
  block: ConsortiumBlock;
  activation: number;
}

/**
 * One consortium per project, jointly best under the organisations' remaining capacities
 * (OrganizationInput.remainingCapacity; absent: no limit). Throws RangeError for malformed input:
 * no projects, repeated project ids, a weight that is not a finite number > 0, or what
 * assembleConsortium refuses for a project.
 */
export async function assemblePortfolio(
  projects: readonly PortfolioProjectInput[],
  organizations: readonly OrganizationInput[],
  settings: PortfolioSettings = {},
  solver: MipSolver = highsSolver(),
  tuning: PortfolioTuning = {},
): Promise<PortfolioResult> {
  validate(projects, organizations, settings);
  const budgetMs = settings.timeLimitMs ?? DEFAULT_PORTFOLIO_TIME_LIMIT_MS;
  const started = performance.now();
  const deadline = started + budgetMs;
  const weightOf = (p: PortfolioProjectInput): number => p.weight ?? 1;
  const capacityOf = new Map(organizations.map((o) => [o.id, o.remainingCapacity ?? Infinity]));

  // Each project's own view: its interest, and capacity 0 (or less) as atCapacity.
  const viewOf = (p: PortfolioProjectInput, remaining: ReadonlyMap<number, number>): OrganizationInput[] => {
    const interested = new Set(p.interested ?? []);
    return organizations.map((o) => {
      const atCapacity = o.atCapacity === true || (remaining.get(o.id) as number) <= 0;
      const isInterested = interested.has(o.id) || undefined;
      return (o.atCapacity === true) === atCapacity && o.interested === isInterested ? o : { ...o, atCapacity, interested: isInterested };
    });
  };
  const views = projects.map((p) => viewOf(p, capacityOf));

  // Projects that no team can staff on their own, by the cheap checks of assembleConsortium.
  const prepared = projects.map((p, i) => {
    const left = candidatePool(fittingCandidates(p.project, views[i], new Set(p.options.excludeOrganizations)), p.options);
    const reason = infeasibility(p.project, views[i], left.pool, p.options, left);
    return { pool: left.pool, atCapacity: left.atCapacity, optedOut: left.optedOut, reason };
  });
  const resultOf = (i: number, alternative: ConsortiumAlternative | null, reason: Infeasibility | null): PortfolioProjectResult => ({
    id: projects[i].id,
    weight: weightOf(projects[i]),
    alternative,
    infeasibility: alternative === null ? reason : null,
    infeasibleReason: alternative === null && reason !== null ? describeInfeasibility(reason, projects[i].options, projects[i].project) : null,
    atCapacity: prepared[i].atCapacity,
    optedOut: prepared[i].optedOut,
  });

  // The one-at-a-time baseline.
  const baselineDeadline = started + budgetMs * BASELINE_SHARE;
  const remaining = new Map(capacityOf);
  const baseline: PortfolioProjectResult[] = [];
  for (let i = 0; i < projects.length; i++) {
    const p = projects[i];
    if (prepared[i].reason !== null) {
      baseline.push(resultOf(i, null, prepared[i].reason));
      continue;
    }
    // Each project may use what is left of the baseline's share: a slow first solve (a cold solver)
    // must not leave a project of the baseline unstaffed for want of time.
    const timeLimitMs = Math.max(1, baselineDeadline - performance.now());
    const solved = await assembleConsortium(p.project, viewOf(p, remaining), { ...p.options, k: 1, timeLimitMs }, solver);
    const alternative = solved.alternatives[0] ?? null;
    baseline.push(resultOf(i, alternative, solved.infeasibility));
    if (alternative) for (const id of counted(p, alternative.memberIds)) remaining.set(id, (remaining.get(id) as number) - 1);
  }
  const baselineMs = performance.now() - started;
  const baselineTotal = totalOf(baseline);
  const stats: PortfolioResult['stats'] = { candidates: 0, variables: 0, constraints: 0, solveMs: 0, solves: 0, baselineMs, relaxations: 0, priced: false };
  const answer = (chosen: PortfolioProjectResult[], optimality: PortfolioResult['optimality']): PortfolioResult => ({
    projects: chosen,
    total: totalOf(chosen),
    baseline: { projects: baseline, total: baselineTotal },
    optimality,
    atCapacity: atCapacityAfter(projects, chosen, capacityOf),
    stats,
  });

  const staffable = projects.map((_, i) => i).filter((i) => prepared[i].reason === null);
  if (settings.requireAll && staffable.length < projects.length) {
    return answer(
      projects.map((_, i) => resultOf(i, null, prepared[i].reason ?? { code: 'PORTFOLIO_INCOMPLETE' })),
      { proven: true, gap: 0 },
    );
  }
  if (staffable.length === 0)
    return answer(
      projects.map((_, i) => resultOf(i, null, prepared[i].reason)),
      { proven: true, gap: 0 },
    );

  // Dominance pruning stays exact with keep = Σ_q maxTeam_q: a team of p that uses a dominated B has
  // at most maxTeam_p − 1 other members, and the other projects' teams hold at most Σ_{q≠p} maxTeam_q
  // organisations that could have used up a dominator's capacity, so some kept dominator A of B is
  // free to take B's slots (same industry and kind class, fits no lower, and a capacity unit left);
  // the swap frees B's unit and changes nothing else.
  const keep = staffable.reduce((sum, i) => sum + Math.min(projects[i].options.maxMembers, projects[i].project.slots.length), 0);
  const known = (i: number) => new Set([...projects[i].options.includeOrganizations, ...(baseline[i].alternative?.memberIds ?? [])]);
  const pools = staffable.map((i) => sortById(pruneDominated(prepared[i].pool, keep, known(i), (c) => pruningGroup(c, projects[i].options))));
  const build = (members: readonly (readonly Candidate[])[], forced: boolean): Joint => buildJoint(projects, staffable, members, forced, capacityOf);

  const run = async (mip: MipModel, start: Float64Array | null) => {
    const t = performance.now();
    const solution = await solver.solve(mip, { timeLimitSeconds: Math.max(0.001, (deadline - t) / 1000) }, start);
    stats.solveMs += performance.now() - t;
    stats.solves++;
    return solution;
  };
  const record = (joint: Joint) => {
    stats.candidates = joint.blocks.reduce((sum, b) => sum + b.candidates.length, 0);
    stats.variables = joint.model.variables.length;
    stats.constraints = joint.model.constraints.length;
  };
  const baselineTeams = projects.map((_, i) => baseline[i].alternative);

  // First every staffable project (all s_p = 1). A large pool goes through a priced model first:
  // a few organisations per project, more while the joint LP relaxation prices some positively, and a
  // Lagrangian certificate that the rest cannot raise the total (as assembleConsortium does per project).
  let joint: Joint | null = null;
  let solution: MipSolution | null = null;
  let bound = Infinity;
  const poolSize = pools.reduce((sum, pool) => sum + pool.length, 0);
  const priceAttempted = solver.solveRelaxation !== undefined && poolSize > (tuning.priceAbove ?? PRICE_ABOVE);
  if (priceAttempted) {
    const seeds = staffable.map((i, n) => seedOf(projects[i], pools[n], known(i), tuning.seedPerGroup ?? SEED_PER_GROUP));
    const priced = await priceJoint(pools, seeds, build, solver, stats, deadline, tuning.pricingRounds ?? PRICING_ROUNDS);
    if (priced !== null) {
      record(priced.joint);
      const first = await run(priced.joint.model, encodeTeams(priced.joint, baselineTeams, false));
      // Out of time before the priced model gave a portfolio: the baseline stands, with its gap to the
      // bound when it staffs every project (the bound is over portfolios that do).
      if (first.values === null && first.status === 'time-limit') {
        const staffsAll = baseline.every((r, i) => r.alternative !== null || prepared[i].reason !== null);
        return answer(fallback(projects, baseline, resultOf), { proven: false, gap: staffsAll ? relativeGap(priced.bound, baselineTotal) : null });
      }
      if (first.values !== null) {
        const found = readTeams(priced.joint, first.values);
        const total = found.reduce((sum, t, n) => sum + (t ? priced.joint.blocks[n].weight * t.value : 0), 0);
        const doubtful = priced.outside.map((list) => list.filter((o) => o.teamBound > total + BOUND_TOLERANCE).map((o) => o.candidate));
        joint = priced.joint;
        solution = first;
        bound = priced.bound;
        stats.priced = true;
        const doubtfulCount = doubtful.reduce((sum, list) => sum + list.length, 0);
        // Too many to add: the answer stands with its gap to the bound, which holds for the whole pools.
        if (doubtfulCount > MAX_DOUBTFUL) solution = { ...first, status: 'time-limit', gap: relativeGap(priced.bound, total) };
        else if (doubtfulCount > 0) {
          // The doubtful organisations join their projects (less those pruning shows redundant) and
          // the model is solved again from the first answer; the rest stay bounded by its total.
          const members = priced.joint.blocks.map((b, n) => {
            const teamIds = new Set([...known(b.index), ...(found[n]?.memberIds ?? [])]);
            const set = [...b.candidates, ...doubtful[n]];
            return sortById(pruneDominated(set, keep, new Set([...teamIds, ...b.candidates.map((c) => c.id)]), (c) => pruningGroup(c, b.input.options)));
          });
          const larger = build(members, true);
          record(larger);
          const teams = projects.map((_, i) => {
            const n = staffable.indexOf(i);
            return n < 0 ? null : found[n];
          });
          const second = await run(larger.model, encodeTeams(larger, teams, false));
          if (second.values !== null) {
            joint = larger;
            solution = second;
            bound = Infinity; // proven by the solver on the larger model, or its own gap
          } else {
            solution = { ...first, status: 'time-limit', gap: relativeGap(priced.bound, total) };
          }
        }
      }
    }
  }
  if ((joint === null || solution === null) && priceAttempted && performance.now() >= deadline) {
    return answer(fallback(projects, baseline, resultOf), { proven: false, gap: null });
  }
  if (joint === null || solution === null) {
    joint = build(pools, true);
    record(joint);
    solution = await run(joint.model, encodeTeams(joint, baselineTeams, false));
  }

  // When the capacity rows forbid staffing every project: the most projects possible, then the best total.
  let lostToCapacity: Set<number> = new Set();
  if (solution.status === 'infeasible') {
    if (settings.requireAll) {
      return answer(
        projects.map((_, i) => resultOf(i, null, { code: 'PORTFOLIO_INCOMPLETE' })),
        { proven: true, gap: 0 },
      );
    }
    joint = build(pools, false);
    record(joint);
    const activations = new Set(joint.blocks.map((b) => b.activation));
    const counting: MipModel = {
      ...joint.model,
      objectiveOffset: 0,
      variables: joint.model.variables.map((v, j) => ({ ...v, objective: activations.has(j) ? 1 : 0 })),
    };
    const most = await run(counting, encodeTeams(joint, baselineTeams, true));
    if (most.values === null) return answer(fallback(projects, baseline, resultOf), { proven: false, gap: null });
    const mostValues = most.values;
    const staffed = Math.round(joint.blocks.reduce((sum, b) => sum + mostValues[b.activation], 0));
    const lexicographic: MipModel = {
      ...joint.model,
      constraints: [
        ...joint.model.constraints,
        { name: 'staffed', terms: joint.blocks.map((b) => ({ variable: b.activation, coefficient: 1 })), lower: staffed, upper: Infinity },
      ],
    };
    const baselineStaffed = baseline.filter((r) => r.alternative !== null).length;
    solution = await run(lexicographic, baselineStaffed === staffed ? encodeTeams(joint, baselineTeams, true) : mostValues);
    const values = solution.values;
    if (values !== null) lostToCapacity = new Set(joint.blocks.filter((b) => values[b.activation] < 0.5).map((b) => b.index));
  }
  if (solution.values === null) return answer(fallback(projects, baseline, resultOf), { proven: false, gap: null });

  const values = solution.values;
  const proven = solution.status === 'optimal';
  const found = readTeams(joint, values, { proven, gap: 0 });
  const total = found.reduce((sum, t, n) => sum + (t ? (joint as Joint).blocks[n].weight * t.value : 0), 0);
  const gap = proven ? 0 : Math.min(Number.isFinite(solution.gap) ? solution.gap : Infinity, relativeGap(bound, total));
  const optimality = { proven, gap: Number.isFinite(gap) ? gap : null };
  const chosen: PortfolioProjectResult[] = projects.map((_, i) => resultOf(i, null, prepared[i].reason));
  joint.blocks.forEach((b, n) => {
    const team = found[n];
    if (team) chosen[b.index] = resultOf(b.index, { ...team, optimality: { proven, gap: optimality.gap ?? 0 } }, null);
  });
  // Projects the joint answer leaves out although they have teams alone: say whether capacity is why.
  for (const i of lostToCapacity) {
    const alone = await assembleConsortium(
      projects[i].project,
      views[i],
      { ...projects[i].options, k: 1, timeLimitMs: Math.max(1, deadline - performance.now()) },
      solver,
    );
    chosen[i] = resultOf(i, null, alone.alternatives.length > 0 ? { code: 'CAPACITY_TAKEN' } : (alone.infeasibility ?? { code: 'JOINTLY_INFEASIBLE' }));
  }
  // A time-limited incumbent below the baseline (the solver may drop the start): the baseline is the better answer.
  const staffedCount = (rs: PortfolioProjectResult[]) => rs.filter((r) => r.alternative !== null).length;
  if (!proven && staffedCount(baseline) >= staffedCount(chosen) && totalOf(baseline) > totalOf(chosen) + VALUE_TOLERANCE) {
    return answer(fallback(projects, baseline, resultOf), optimality);
  }
  return answer(chosen, optimality);
}

/** The joint model over some candidates per staffable project. */
interface Joint {
  model: MipModel;
  blocks: Block[];
  /** Row of each organisation's capacity row. */
  capacityRows: Map<number, number>;
}

function sortById(candidates: readonly Candidate[]): Candidate[] {
  return [...candidates].sort((a, b) => a.id - b.id);
}

/** `forced`: every project must be staffed (s_p fixed at 1); else s_p is free. */
function buildJoint(
  projects: readonly PortfolioProjectInput[],
  staffable: readonly number[],
  members: readonly (readonly Candidate[])[],
  forced: boolean,
  capacityOf: ReadonlyMap<number, number>,
): Joint {
  const builder: ModelBuilder = { variables: [], constraints: [] };
  const blocks: Block[] = staffable.map((i, n) => {
    const p = projects[i];
    const candidates = [...members[n]];
    const instance: ConsortiumInstance = {
      slots: p.project.slots.map((s) => ({ id: s.id, weight: s.weight, budgetShare: budgetShare(s) })),
      candidates,
      options: p.options,
    };
    builder.variables.push({ name: `s_${n}`, objective: 0, lower: forced ? 1 : 0, upper: 1, integer: true });
    const activation = builder.variables.length - 1;
    const weight = p.weight ?? 1;
    const block = addConsortiumBlock(builder, instance, [], { prefix: `p${n}_`, objectiveScale: weight, activation });
    return { index: i, input: p, weight, instance, candidates, block, activation };
  });
  const capacityRows = addCapacityRows(builder, blocks, capacityOf);
  const offset = blocks.reduce((sum, b) => sum + b.block.objectiveOffset, 0);
  return { model: { sense: 'maximize', objectiveOffset: offset, variables: builder.variables, constraints: builder.constraints }, blocks, capacityRows };
}

/** The first priced model of a project: its best organisations per slot and interchange group, and its known teams. */
function seedOf(p: PortfolioProjectInput, pool: readonly Candidate[], known: ReadonlySet<number>, perGroup: number): Set<Candidate> {
  return seedCandidates(pool, p.project.slots.length, perGroup, known, (c) => interchangeGroup(c.organization, p.options));
}

/**
 * Column generation on the joint LP relaxation (every project staffed): from `seeds`, add the
 * organisations with a positive reduced profit in some project until none has (or the round limit).
 * Returns the priced model, a bound on every portfolio of the whole pools, and per project the
 * organisations left out with a bound on every portfolio in which that project's team has them;
 * null when the relaxation is not solved to optimality (the caller then uses the whole pools).
 */
async function priceJoint(
  pools: readonly (readonly Candidate[])[],
  seeds: readonly Set<Candidate>[],
  build: (members: readonly (readonly Candidate[])[], forced: boolean) => Joint,
  solver: MipSolver,
  stats: PortfolioResult['stats'],
  deadline: number,
  rounds: number,
): Promise<{ joint: Joint; bound: number; outside: { candidate: Candidate; teamBound: number }[][] } | null> {
  const inModel = seeds.map((seed) => new Set(seed));
  // Pricing may use a third of the time left; then the bound stands as it is (it is valid after any round).
  const pricingDeadline = performance.now() + (deadline - performance.now()) / 3;
  for (let round = 0; ; round++) {
    const joint = build(
      pools.map((pool, n) => pool.filter((c) => inModel[n].has(c))),
      true,
    );
    const remainingMs = deadline - performance.now();
    if (remainingMs <= 0 || solver.solveRelaxation === undefined) return null;
    const t = performance.now();
    const lp = await solver.solveRelaxation(joint.model, { timeLimitSeconds: remainingMs / 1000 });
    stats.solveMs += performance.now() - t;
    stats.relaxations++;
    if (lp.status !== 'optimal' || lp.rowDuals === null) return null;
    const m = validMultipliers(joint.model, lp.rowDuals);
    let bound = lagrangianBound(joint.model, m);
    const priced = joint.blocks.map((b, n) => {
      const { options, project } = b.input;
      const w = b.weight;
      // The block's objective is scaled by the project's weight; so are its reduced profits.
      const scaled = {
        ...options,
        kappa: w * options.kappa,
        mu: w * options.mu,
        interestBonus: w * (options.interestBonus ?? 0),
        tieBonus: w * (options.tieBonus ?? 0),
      };
      const weights = project.slots.map((s) => w * s.weight);
      const shares = project.slots.map((s) => budgetShare(s));
      const counts = options.respectCapacity !== false;
      const included = new Set(options.includeOrganizations);
      const outside = pools[n].filter((c) => !inModel[n].has(c));
      const rvs = outside.map((c) => {
        const rv = reducedProfit(b.block, scaled, weights, m, c, shares);
        // Its y would enter its capacity row, when the model has one.
        const row = counts && !included.has(c.id) ? joint.capacityRows.get(c.id) : undefined;
        return row === undefined ? rv : rv - m[row];
      });
      for (const rv of rvs) bound += Math.max(0, rv);
      // An industry only outside the block brings its own z_i.
      if (options.mu !== 0 || options.minIndustries > 1) {
        const minIndustries = b.block.rows.minIndustries === null ? 0 : m[b.block.rows.minIndustries];
        const fresh = new Set(outside.map((c) => c.industryId).filter((i) => !b.block.industryColumns.has(i)));
        bound += fresh.size * Math.max(0, w * options.mu - minIndustries);
      }
      return { outside, rvs };
    });
    const entering = priced.map(({ outside, rvs }) =>
      outside
        .map((c, i) => ({ c, rv: rvs[i] }))
        .filter((e) => e.rv > BOUND_TOLERANCE)
        .sort((a, b) => b.rv - a.rv || a.c.id - b.c.id),
    );
    if (entering.every((e) => e.length === 0) || round + 1 >= rounds || performance.now() >= pricingDeadline) {
      return {
        joint,
        bound,
        outside: priced.map(({ outside, rvs }) => outside.map((candidate, i) => ({ candidate, teamBound: bound - Math.max(0, rvs[i]) + rvs[i] }))),
      };
    }
    entering.forEach((list, n) => {
      for (const e of list.slice(0, MAX_ENTERING)) inModel[n].add(e.c);
    });
  }
}

/** The teams of a joint solution per block (null: not staffed), each described as assembleConsortium describes one. */
function readTeams(joint: Joint, values: ArrayLike<number>, optimality = { proven: false, gap: 0 }): (ConsortiumAlternative | null)[] {
  return joint.blocks.map((b) => {
    if (values[b.activation] < 0.5) return null;
    const read = readConsortiumSolution(b.instance, b.block, values);
    const indexOf = new Map(b.candidates.map((c, o) => [c.id, o]));
    const slotIndex = new Map(b.input.project.slots.map((s, r) => [s.id, r]));
    const team: Team = { members: read.memberIds.map((id) => indexOf.get(id) as number), filledBy: b.input.project.slots.map(() => -1) };
    for (const a of read.assignment) team.filledBy[slotIndex.get(a.slotId) as number] = indexOf.get(a.organizationId) as number;
    // Moves slots among the team's own members only, so the capacity rows are untouched.
    improveAssignment(team, b.candidates, stakeCheck(b.input.project, b.input.options));
    return describe(b.input.project, team, b.candidates, b.input.options, optimality);
  });
}

/**
 * Known teams (by project index) as values of the joint model, a MIP start; null when one cannot be
 * written, or when a project without a team must be staffed (`allowOff` false).
 */
function encodeTeams(joint: Joint, teams: readonly (ConsortiumAlternative | null)[], allowOff: boolean): Float64Array | null {
  const values = new Float64Array(joint.model.variables.length);
  for (const b of joint.blocks) {
    const team = teams[b.index];
    if (!team) {
      if (!allowOff) return null;
      continue;
    }
    values[b.activation] = 1;
    if (!writeConsortiumSolution(b.instance, b.block, { memberIds: team.memberIds, assignment: team.assignments }, values)) return null;
  }
  return values;
}

/** Σ weight · value over the staffed projects. */
function totalOf(results: readonly PortfolioProjectResult[]): number {
  return results.reduce((sum, r) => sum + (r.alternative ? r.weight * r.alternative.value : 0), 0);
}

/** The members of a team that use up a unit of capacity in project p: none when p ignores capacity, and never its included ones. */
function counted(p: PortfolioProjectInput, memberIds: readonly number[]): number[] {
  if (p.options.respectCapacity === false) return [];
  const included = new Set(p.options.includeOrganizations);
  return memberIds.filter((id) => !included.has(id));
}

/** Σ_p y_o,p <= c_o for each organisation that more projects could use than it has capacity left. */
function addCapacityRows(builder: ModelBuilder, blocks: readonly Block[], capacityOf: ReadonlyMap<number, number>): Map<number, number> {
  const rows = new Map<number, number>();
  const columns = new Map<number, number[]>();
  for (const b of blocks) {
    if (b.input.options.respectCapacity === false) continue;
    const included = new Set(b.input.options.includeOrganizations);
    b.candidates.forEach((c, o) => {
      if (included.has(c.id)) return;
      const list = columns.get(c.id);
      if (list) list.push(b.block.memberColumns[o]);
      else columns.set(c.id, [b.block.memberColumns[o]]);
    });
  }
  for (const [id, ys] of [...columns].sort((a, b) => a[0] - b[0])) {
    const capacity = capacityOf.get(id) ?? Infinity;
    if (ys.length <= capacity) continue;
    builder.constraints.push({
      name: `capacity_${id}`,
      terms: ys.map((variable) => ({ variable, coefficient: 1 })),
      lower: -Infinity,
      upper: Math.max(0, capacity),
    });
    rows.set(id, builder.constraints.length - 1);
  }
  return rows;
}

/** The baseline as the answer (when the joint solve found nothing better in time). */
function fallback(
  projects: readonly PortfolioProjectInput[],
  baseline: readonly PortfolioProjectResult[],
  resultOf: (i: number, alternative: ConsortiumAlternative | null, reason: Infeasibility | null) => PortfolioProjectResult,
): PortfolioProjectResult[] {
  return projects.map((_, i) => resultOf(i, baseline[i].alternative, baseline[i].infeasibility));
}

/** Organisations whose new consortia in `chosen` (counted ones) reach their remaining capacity. */
function atCapacityAfter(
  projects: readonly PortfolioProjectInput[],
  chosen: readonly PortfolioProjectResult[],
  capacityOf: ReadonlyMap<number, number>,
): number[] {
  const used = new Map<number, number>();
  chosen.forEach((r, i) => {
    if (r.alternative) for (const id of counted(projects[i], r.alternative.memberIds)) used.set(id, (used.get(id) ?? 0) + 1);
  });
  return [...used]
    .filter(([id, n]) => n >= (capacityOf.get(id) ?? Infinity))
    .map(([id]) => id)
    .sort((a, b) => a - b);
}

function validate(projects: readonly PortfolioProjectInput[], organizations: readonly OrganizationInput[], settings: PortfolioSettings): void {
  if (projects.length === 0) throw new RangeError('a portfolio needs at least one project');
  const seen = new Set<number>();
  for (const p of projects) {
    if (seen.has(p.id)) throw new RangeError(`project ${p.id} appears twice in the portfolio`);
    seen.add(p.id);
    const weight = p.weight ?? 1;
    if (!(Number.isFinite(weight) && weight > 0)) throw new RangeError(`project ${p.id}: weight must be a finite number > 0, got ${String(weight)}`);
    validateOptions({ ...p.options, k: 1 });
    validateInput(p.project, organizations);
  }
  for (const o of organizations) {
    if (o.remainingCapacity !== undefined && !Number.isFinite(o.remainingCapacity)) {
      throw new RangeError(`organisation ${o.id}: remainingCapacity must be a finite number, got ${String(o.remainingCapacity)}`);
    }
  }
  if (settings.timeLimitMs !== undefined && !(settings.timeLimitMs > 0))
    throw new RangeError(`timeLimitMs must be positive, got ${String(settings.timeLimitMs)}`);
}
