import { Field, Float, Int, ObjectType } from 'type-graphql';
import { SlotRole } from '../projects/project.enums';

// Result types of partnerMatches and assembleConsortium. They carry ids; field resolvers turn
// them into organisations, slots, capabilities and technologies through the request's DataLoaders.

@ObjectType({ description: 'How fit(o, r) came about: techCoverage × (0.5 + 0.1 × level) + city bonus, capped at 1.' })
export class FitBreakdown {
  @Field(() => Float, { description: 'The fit, 0–1.' })
  fit: number;

  @Field(() => Float, { description: "Share of the slot's technologies the capability covers (1 when the slot names none)." })
  techCoverage: number;

  @Field(() => Int, { nullable: true, description: 'Level of the capability that earned the fit.' })
  level: number | null;

  @Field(() => Float, { description: '0.5 + 0.1 × level.' })
  levelFactor: number;

  @Field(() => Float, { description: "0.1 when the capability is already deployed in the project's city, else 0." })
  cityBonus: number;

  @Field(() => Boolean, { description: 'True when the sum exceeded 1 and was capped.' })
  capped: boolean;

  capabilityId: number | null;
  matchedTechnologyIds: number[];
}

@ObjectType({ description: "A role scored in a match: a project's requirement slot, or a domain asked for directly." })
export class TargetSlot {
  @Field(() => Int, { description: 'Position in the target, from 1.' })
  position: number;

  @Field(() => Int, { description: 'Importance 1–5.' })
  weight: number;

  @Field(() => Int, { description: 'Lowest level that can fill it.' })
  minLevel: number;

  @Field(() => SlotRole, { nullable: true, description: 'Role, for a project slot.' })
  role: SlotRole | null;

  domainId: number;
  technologyIds: number[];
  /** The requirement slot, for a project target; null for a domain target. */
  requirementSlotId: number | null;
}

@ObjectType({ description: 'What a candidate adds on one slot over the seeker.' })
export class SlotGain {
  @Field(() => TargetSlot, { description: 'The slot.' })
  slot: TargetSlot;

  @Field(() => FitBreakdown, { description: "The candidate's fit and how it came about." })
  fit: FitBreakdown;

  @Field(() => Float, { description: "The seeker's own fit for the slot." })
  seekerFit: number;

  @Field(() => Float, { description: 'fit − seekerFit.' })
  gain: number;

  @Field(() => Float, { description: 'weight × gain: what the slot adds to the score.' })
  weightedGain: number;
}

@ObjectType({ description: 'A candidate partner: score = Σ weight × max(0, fit − seekerFit) + μ × [other industry].' })
export class PartnerMatch {
  @Field(() => Int, { description: 'Rank, from 1.' })
  rank: number;

  @Field(() => Float, { description: 'The score.' })
  score: number;

  @Field(() => Boolean, { description: 'The candidate is from another industry than the seeker (adds μ).' })
  crossIndustry: boolean;

  @Field(() => [SlotGain], { description: 'The slots the candidate improves, in slot order.' })
  breakdown: SlotGain[];

  @Field(() => [String], { description: 'The score explained in sentences.' })
  reasons: string[];

  organizationId: number;
}

@ObjectType({ description: 'Ranked partner candidates for a seeker and a target.' })
export class PartnerMatchResult {
  @Field(() => [TargetSlot], { description: 'The slots the candidates were scored on.' })
  slots: TargetSlot[];

  @Field(() => [PartnerMatch], { description: 'Candidates, best first (ties by organisation id).' })
  matches: PartnerMatch[];

  seekerId: number;
}

@ObjectType('ConsortiumAssignment', { description: 'A slot filled by a member.' })
export class ProposedAssignment {
  @Field(() => FitBreakdown, { description: 'Fit of the member for the slot.' })
  fit: FitBreakdown;

  @Field(() => Float, { description: 'weight × fit.' })
  weightedFit: number;

  slotId: number;
  organizationId: number;
}

@ObjectType({ description: 'Whether one slot is covered, and by whom.' })
export class SlotCoverage {
  @Field(() => Boolean, { description: 'The slot is filled.' })
  covered: boolean;

  @Field(() => Float, { description: 'Fit of the member filling it (0 when uncovered).' })
  fit: number;

  slotId: number;
  organizationId: number | null;
}

@ObjectType('ConsortiumMember', { description: 'A member of a proposed consortium with the slots it fills.' })
export class ProposedMember {
  @Field(() => [SlotRole], { description: 'Roles of the slots it fills.' })
  roles: SlotRole[];

  organizationId: number;
  slotIds: number[];
}

@ObjectType({ description: 'value = fitTerm + diversityTerm − sizePenalty.' })
export class ValueBreakdown {
  @Field(() => Float, { description: 'Σ over filled slots of weight × fit.' })
  fitTerm: number;

  @Field(() => Float, { description: 'μ × (distinct industries − 1).' })
  diversityTerm: number;

  @Field(() => Float, { description: 'κ × number of members.' })
  sizePenalty: number;

  @Field(() => Int, { description: 'Distinct industries among the members.' })
  distinctIndustries: number;

  @Field(() => Int, { description: 'Number of members.' })
  memberCount: number;
}

@ObjectType({ description: 'What the MIP solver proved about an alternative.' })
export class Optimality {
  @Field(() => Boolean, { description: 'The solver proved it the best remaining team (within its tolerance).' })
  proven: boolean;

  @Field(() => Float, { description: "The solver's relative MIP gap (0 when proven)." })
  gap: number;
}

@ObjectType({ description: 'One proposed consortium: members, who fills which slot, and its value.' })
export class ConsortiumAlternative {
  @Field(() => Int, { description: 'Rank among the alternatives, from 1.' })
  rank: number;

  @Field(() => Float, { description: 'The consortium value: fitTerm + diversityTerm − sizePenalty (see breakdown).' })
  value: number;

  @Field(() => ValueBreakdown, { description: 'The value in its three terms.' })
  breakdown: ValueBreakdown;

  @Field(() => Optimality, { description: 'Whether the solver proved it optimal.' })
  optimality: Optimality;

  @Field(() => [ProposedMember], { description: 'Members, with their slots and roles.' })
  members: ProposedMember[];

  @Field(() => [ProposedAssignment], { description: 'Filled slots, in slot order.' })
  assignments: ProposedAssignment[];

  @Field(() => [SlotCoverage], { description: 'Every slot of the project, covered or not, in slot order.' })
  coverage: SlotCoverage[];

  @Field(() => [String], { description: 'The value explained in sentences.' })
  reasons: string[];

  gapSlotIds: number[];
}

@ObjectType({ description: 'The best consortia for a project, or why there is none.' })
export class ConsortiumResult {
  @Field(() => [ConsortiumAlternative], { description: 'Up to k alternatives with distinct member sets, best first.' })
  alternatives: ConsortiumAlternative[];

  @Field(() => String, { nullable: true, description: 'Why no consortium satisfies the options; null when there are alternatives.' })
  infeasibleReason: string | null;

  @Field(() => Int, { description: 'Candidate organisations the solver considered after pruning.' })
  candidates: number;

  @Field(() => Float, { description: 'Milliseconds spent in the MIP solver.' })
  solveMs: number;

  projectId: number;
}
