// The matching core's public API (docs/matching.md). Pure: plain types in, plain results out.
export * from './types';
export { techCoverage, fit } from './fit';
export { consortiumValue } from './consortium-value';
export { partnerMatches } from './partner-matches';
export { assembleConsortium, DEFAULT_TIME_LIMIT_MS } from './assemble-consortium';
export type { AssembleTuning } from './assemble-consortium';
export { buildConsortiumModel, encodeConsortiumSolution, readConsortiumSolution } from './consortium-model';
export type { ConsortiumCandidate, ConsortiumInstance, ConsortiumModel, ModelOptions } from './consortium-model';
export { toLpFormat } from './mip';
export type { MipConstraint, MipModel, MipTerm, MipVariable } from './mip';
export { HighsSolver, highsSolver, loadHighs } from './solver';
export type { LpSolution, MipSolution, MipSolver, MipStatus } from './solver';
export { explainExclusion, withIncluded } from './explain-exclusion';
export type { ExclusionCause, ExclusionConstraint, ExclusionExplanation } from './explain-exclusion';
export { memberStakes } from './consortium-value';
export { describeInfeasibility } from './infeasibility';
export { projectMatches } from './project-matches';
export type { ProjectCandidate, ProjectMatch } from './project-matches';
