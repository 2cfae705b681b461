// explainExclusion of docs/matching.md ("Why not X"): the optimum, the best team with X forced in
// (an assembleConsortium run with X in includeOrganizations, so the two always agree), the loss
// between them, and the cause as a code the API turns into a sentence.
import { assembleConsortium, type AssembleTuning } from './assemble-consortium';
import { fitValue } from './fit';
import { notSuggested, related, rulesOf, stakeCapActive } from './rules';
import { highsSolver, type MipSolver } from './solver';
import type { ConsortiumAlternative, ConsortiumOptions, Infeasibility, OrganizationInput, ProjectInput } from './types';

export type ExclusionCause = 'NO_FIT' | 'OPTED_OUT' | 'AT_CAPACITY' | 'BLOCKED' | 'CONSTRAINT' | 'OUTRANKED';

/** The option that keeps X out, for cause CONSTRAINT. */
export type ExclusionConstraint =
  | 'excludeOrganizations'
  | 'includeOrganizations'
  | 'maxMembers'
  | 'minSmes'
  | 'minIndustries'
  | 'requiredKinds'
  | 'maxLargeShare'
  | 'maxLargeStake'
  | 'requireFullCoverage';

export interface ExclusionExplanation {
  organizationId: number;
  /** The best team under the options as given (k = 1); null when there is none. */
  optimum: ConsortiumAlternative | null;
  optimumValue: number | null;
  /** The best team with X included: the first alternative of that run; null when none is feasible. */
  alternative: ConsortiumAlternative | null;
  /** Why the run with X found no team (its infeasibility); null when it found one. */
  alternativeInfeasibility: Infeasibility | null;
  /** The same in the core's technical English. */
  alternativeInfeasibleReason: string | null;
  /** optimumValue − alternative.value (>= 0 up to rounding); null when either is missing. */
  loss: number | null;
  /** null when X is in the optimum: nothing to explain. */
  cause: ExclusionCause | null;
  /** For CONSTRAINT: the option that keeps X out (relaxing it alone lets X in); null when no single one does. */
  constraint: ExclusionConstraint | null;
  /** For BLOCKED: the organisations X has a block with (either way) that stand in its way. */
  blockedWith: number[];
}

/** Value differences below this are rounding, not a loss. */
const LOSS_TOLERANCE = 1e-9;

/**
 * Why organisation `organizationId` is not in the best consortium. `organizations` are the APPROVED
 * ones as for assembleConsortium; X must be among them (else RangeError).
 */
export async function explainExclusion(
  project: ProjectInput,
  organizations: OrganizationInput[],
  options: ConsortiumOptions,
  organizationId: number,
  solver: MipSolver = highsSolver(),
  tuning: AssembleTuning = {},
): Promise<ExclusionExplanation> {
  const x = organizations.find((o) => o.id === organizationId);
  if (x === undefined) throw new RangeError(`organisation ${organizationId} is not among the organisations`);
  const withX = withIncluded(options, organizationId);
  const [best, forced] = await Promise.all([
    assembleConsortium(project, organizations, { ...options, k: 1 }, solver, tuning),
    assembleConsortium(project, organizations, withX, solver, tuning),
  ]);
  const optimum = best.alternatives[0] ?? null;
  const alternative = forced.alternatives[0] ?? null;
  const loss = optimum !== null && alternative !== null ? optimum.value - alternative.value : null;
  const explained = (cause: ExclusionCause | null, constraint: ExclusionConstraint | null = null, blockedWith: number[] = []): ExclusionExplanation => ({
    organizationId,
    optimum,
    optimumValue: optimum?.value ?? null,
    alternative,
    alternativeInfeasibility: forced.infeasibility,
    alternativeInfeasibleReason: forced.infeasibleReason,
    loss,
    cause,
    constraint,
    blockedWith,
  });

  if (optimum?.memberIds.includes(organizationId)) return explained(null);
  if (project.slots.every((slot) => !(fitValue(x, slot, project.cityId) > 0))) return explained('NO_FIT');
  const rules = rulesOf(options);
  const left = options.includeOrganizations.includes(organizationId) ? null : notSuggested(x, rules);
  if (left !== null) return explained(left);
  if (options.excludeOrganizations.includes(organizationId)) return explained('CONSTRAINT', 'excludeOrganizations');

  const blockers = organizations.filter((o) => o.id !== organizationId && related(x, o, (p) => p.blocks)).map((o) => o.id);
  if (alternative !== null) {
    if (loss !== null && loss > LOSS_TOLERANCE) {
      // X could not simply join or replace someone in the best team because of a block.
      const inOptimum = blockers.filter((id) => optimum?.memberIds.includes(id));
      if (inOptimum.length > 0) return explained('BLOCKED', null, inOptimum);
    }
    return explained('OUTRANKED');
  }

  // No team with X at all: which single rule, relaxed, would let X in?
  const includedBlockers = blockers.filter((id) => options.includeOrganizations.includes(id));
  if (includedBlockers.length > 0) return explained('BLOCKED', null, includedBlockers);
  const feasible = async (project: ProjectInput, organizations: OrganizationInput[], relaxed: ConsortiumOptions): Promise<boolean> =>
    (await assembleConsortium(project, organizations, relaxed, solver, tuning)).alternatives.length > 0;
  for (const [constraint, relaxed] of relaxations(project, withX, organizationId)) {
    if (await feasible(project, organizations, relaxed)) return explained('CONSTRAINT', constraint);
  }
  if (blockers.length > 0) {
    const unblocked = organizations.map((o) =>
      o.id === organizationId
        ? { ...o, blocks: [] }
        : o.blocks?.includes(organizationId)
          ? { ...o, blocks: o.blocks.filter((id) => id !== organizationId) }
          : o,
    );
    if (await feasible(project, unblocked, withX)) return explained('BLOCKED', null, blockers);
  }
  return explained('CONSTRAINT');
}

/** The options of the run with X forced in: X included (and no longer excluded), k = 1. */
export function withIncluded(options: ConsortiumOptions, organizationId: number): ConsortiumOptions {
  return {
    ...options,
    k: 1,
    includeOrganizations: [...new Set([...options.includeOrganizations, organizationId])],
    excludeOrganizations: options.excludeOrganizations.filter((id) => id !== organizationId),
  };
}

/** Each active rule with the options that switch it off alone, in the order a planner would look. */
function relaxations(project: ProjectInput, options: ConsortiumOptions, organizationId: number): [ExclusionConstraint, ConsortiumOptions][] {
  const result: [ExclusionConstraint, ConsortiumOptions][] = [];
  if (stakeCapActive(rulesOf(options))) result.push(['maxLargeStake', { ...options, maxLargeStake: null }]);
  if (options.maxLargeShare < 1) result.push(['maxLargeShare', { ...options, maxLargeShare: 1 }]);
  if (options.requiredKinds.length > 0) result.push(['requiredKinds', { ...options, requiredKinds: [] }]);
  if (options.minSmes > 0) result.push(['minSmes', { ...options, minSmes: 0 }]);
  if (options.minIndustries > 1) result.push(['minIndustries', { ...options, minIndustries: 0 }]);
  if (options.requireFullCoverage) result.push(['requireFullCoverage', { ...options, requireFullCoverage: false }]);
  if (options.maxMembers < project.slots.length) result.push(['maxMembers', { ...options, maxMembers: project.slots.length }]);
  if (options.includeOrganizations.length > 1) result.push(['includeOrganizations', { ...options, includeOrganizations: [organizationId] }]);
  return result;
}
