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
import { assembleConsortium, describe, improveAssignment, stakeCheck, validateInput, validateOptions, type Team } from './assemble-consortium';
import { candidatePool, fittingCandidates, pruneDominated, pruningGroup, type Candidate } from './candidates';
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
import { budgetShare } from './rules';
import { highsSolver, type MipSolver } from './solver';
import type { ConsortiumAlternative, ConsortiumOptions, Infeasibility, OrganizationInput, ProjectInput } from './types';

/** Budget for a whole portfolio call (baseline and joint solve) when timeLimitMs is not set. */
export const DEFAULT_PORTFOLIO_TIME_LIMIT_MS = 10_000;
/** The share of the budget the one-at-a-time baseline may use; the joint solve gets the rest. */
const BASELINE_SHARE = 0.4;
const VALUE_TOLERANCE = 1e-9;

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
    const timeLimitMs = Math.max(1, (baselineDeadline - performance.now()) / (projects.length - i));
    const solved = await assembleConsortium(p.project, viewOf(p, remaining), { ...p.options, k: 1, timeLimitMs }, solver);
    const alternative = solved.alternatives[0] ?? null;
    baseline.push(resultOf(i, alternative, solved.infeasibility));
    if (alternative) for (const id of counted(p, alternative.memberIds)) remaining.set(id, (remaining.get(id) as number) - 1);
  }
  const baselineMs = performance.now() - started;
  const baselineTotal = totalOf(baseline);
  const stats: PortfolioResult['stats'] = { candidates: 0, variables: 0, constraints: 0, solveMs: 0, solves: 0, baselineMs };
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

  // The joint model. Dominance pruning stays exact with keep = Σ_q maxTeam_q: a team of p that uses
  // a dominated B has at most maxTeam_p − 1 other members, and the other projects' teams hold at
  // most Σ_{q≠p} maxTeam_q organisations that could have used up a dominator's capacity, so some
  // kept dominator A of B is free to take B's slots (same industry and kind class, fits no lower,
  // and one capacity unit left); the swap frees B's unit and changes nothing else.
  const maxTeams = staffable.map((i) => Math.min(projects[i].options.maxMembers, projects[i].project.slots.length));
  const keep = maxTeams.reduce((a, b) => a + b, 0);
  const builder: ModelBuilder = { variables: [], constraints: [] };
  const blocks: Block[] = staffable.map((i, n) => {
    const p = projects[i];
    const always = new Set([...p.options.includeOrganizations, ...(baseline[i].alternative?.memberIds ?? [])]);
    const candidates = pruneDominated(prepared[i].pool, keep, always, (c) => pruningGroup(c, p.options)).sort((a, b) => a.id - b.id);
    const instance: ConsortiumInstance = {
      slots: p.project.slots.map((s) => ({ id: s.id, weight: s.weight, budgetShare: budgetShare(s) })),
      candidates,
      options: p.options,
    };
    builder.variables.push({ name: `s_${n}`, objective: 0, lower: 1, upper: 1, integer: true });
    const activation = builder.variables.length - 1;
    const block = addConsortiumBlock(builder, instance, [], { prefix: `p${n}_`, objectiveScale: weightOf(p), activation });
    return { index: i, input: p, weight: weightOf(p), instance, candidates, block, activation };
  });
  addCapacityRows(builder, blocks, capacityOf);
  stats.candidates = blocks.reduce((sum, b) => sum + b.candidates.length, 0);
  stats.variables = builder.variables.length;
  stats.constraints = builder.constraints.length;
  const offset = blocks.reduce((sum, b) => sum + b.block.objectiveOffset, 0);
  const model: MipModel = { sense: 'maximize', objectiveOffset: offset, variables: builder.variables, constraints: builder.constraints };

  const run = async (mip: MipModel, start: Float64Array | null) => {
    const t = performance.now();
    const solution = await solver.solve(mip, { timeLimitSeconds: Math.max(0.001, (deadline - t) / 1000) }, start);
    stats.solveMs += performance.now() - t;
    stats.solves++;
    return solution;
  };
  const startFrom = (allowOff: boolean): Float64Array | null => encodeBaseline(blocks, baseline, builder.variables.length, allowOff);

  // First every staffable project; when the capacity rows forbid that, the most projects possible.
  let solution = await run(model, startFrom(false));
  let lostToCapacity: Set<number> = new Set();
  if (solution.status === 'infeasible') {
    if (settings.requireAll) {
      return answer(
        projects.map((_, i) => resultOf(i, null, { code: 'PORTFOLIO_INCOMPLETE' })),
        { proven: true, gap: 0 },
      );
    }
    for (const b of blocks) builder.variables[b.activation] = { ...builder.variables[b.activation], lower: 0 };
    const counting: MipModel = {
      ...model,
      objectiveOffset: 0,
      variables: builder.variables.map((v, j) => ({ ...v, objective: blocks.some((b) => b.activation === j) ? 1 : 0 })),
    };
    const most = await run(counting, startFrom(true));
    if (most.values === null) return answer(fallback(projects, baseline, resultOf), { proven: false, gap: null });
    const staffed = Math.round(blocks.reduce((sum, b) => sum + (most.values as Float64Array)[b.activation], 0));
    const lexicographic: MipModel = {
      ...model,
      variables: builder.variables,
      constraints: [
        ...builder.constraints,
        { name: 'staffed', terms: blocks.map((b) => ({ variable: b.activation, coefficient: 1 })), lower: staffed, upper: Infinity },
      ],
    };
    const baselineStaffed = baseline.filter((r) => r.alternative !== null).length;
    solution = await run(lexicographic, baselineStaffed === staffed ? startFrom(true) : most.values);
    if (solution.values !== null) {
      const off = blocks.filter((b) => (solution.values as Float64Array)[b.activation] < 0.5);
      lostToCapacity = new Set(off.map((b) => b.index));
    }
  }
  if (solution.values === null) return answer(fallback(projects, baseline, resultOf), { proven: false, gap: null });

  const values = solution.values;
  const proven = solution.status === 'optimal';
  const optimality = { proven, gap: proven ? 0 : Number.isFinite(solution.gap) ? solution.gap : null };
  const chosen: PortfolioProjectResult[] = projects.map((_, i) => resultOf(i, null, prepared[i].reason));
  for (const b of blocks) {
    if (values[b.activation] < 0.5) continue;
    const read = readConsortiumSolution(b.instance, b.block, values);
    const indexOf = new Map(b.candidates.map((c, o) => [c.id, o]));
    const slotIndex = new Map(b.input.project.slots.map((s, r) => [s.id, r]));
    const team: Team = { members: read.memberIds.map((id) => indexOf.get(id) as number), filledBy: b.input.project.slots.map(() => -1) };
    for (const a of read.assignment) team.filledBy[slotIndex.get(a.slotId) as number] = indexOf.get(a.organizationId) as number;
    // Moves slots among the team's own members only, so the capacity rows are untouched.
    improveAssignment(team, b.candidates, stakeCheck(b.input.project, b.input.options));
    chosen[b.index] = resultOf(b.index, describe(b.input.project, team, b.candidates, b.input.options, { proven, gap: optimality.gap ?? 0 }), null);
  }
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
function addCapacityRows(builder: ModelBuilder, blocks: readonly Block[], capacityOf: ReadonlyMap<number, number>): void {
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
  }
}

/**
 * The baseline's teams as values of the joint model (a MIP start); null when one cannot be written,
 * or when a project without a baseline team must be staffed (`allowOff` false).
 */
function encodeBaseline(blocks: readonly Block[], baseline: readonly PortfolioProjectResult[], size: number, allowOff: boolean): Float64Array | null {
  const values = new Float64Array(size);
  for (const b of blocks) {
    const alternative = baseline[b.index].alternative;
    if (alternative === null) {
      if (!allowOff) return null;
      continue;
    }
    values[b.activation] = 1;
    const ok = writeConsortiumSolution(b.instance, b.block, { memberIds: alternative.memberIds, assignment: alternative.assignments }, values);
    if (!ok) return null;
  }
  return values;
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
