import { Field, Float, Int, ObjectType } from 'type-graphql';
import { describedEnum, type EnumValue } from '../../graphql/enum';
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

  @Field(() => Float, {
    description: "Its stake, 0–1: the budget share of the slots it fills over that of all filled slots (the members' stakes sum to 1).",
  })
  stake: number;

  organizationId: number;
  slotIds: number[];
}

@ObjectType({ description: 'value = fitTerm + diversityTerm − sizePenalty + interestTerm + tieTerm.' })
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

  @Field(() => Float, { description: 'interestBonus × members that expressed interest in the project (0 without the option).' })
  interestTerm: number;

  @Field(() => Float, { description: 'tieBonus × pairs of members with a past tie (0 without the option).' })
  tieTerm: number;

  @Field(() => Int, { description: 'Members that expressed interest in the project.' })
  interestedMembers: number;

  @Field(() => Int, { description: 'Pairs of members with a past tie: a CONFIRMED consortium together, or an ACCEPTED partnership request.' })
  tiedPairs: number;
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

  @Field(() => Float, { description: 'The consortium value (see breakdown), rounded to 4 decimals.' })
  value: number;

  @Field(() => ValueBreakdown, { description: 'The value in its terms.' })
  breakdown: ValueBreakdown;

  @Field(() => Float, { description: 'The summed stakes of its LARGE_ENTERPRISE members, 0–1.' })
  largeStake: number;

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

  @Field(() => String, { nullable: true, description: 'Why no consortium satisfies the options, as a sentence in `lang`; null when there are alternatives.' })
  infeasibleReason: string | null;

  @Field(() => InfeasibleCode, { nullable: true, description: 'Why no consortium satisfies the options, as a code; null when there are alternatives.' })
  infeasibleCode: InfeasibleCode | null;

  @Field(() => Int, { description: 'Candidate organisations the solver considered after pruning.' })
  candidates: number;

  @Field(() => Int, { description: 'Organisations that fit a slot but were left out because they are at capacity (respectCapacity).' })
  atCapacity: number;

  @Field(() => Int, { description: 'Organisations that fit a slot but were left out because they opted out of matchmaking.' })
  optedOut: number;

  @Field(() => Float, { description: 'Milliseconds spent in the MIP solver.' })
  solveMs: number;

  projectId: number;
}

export const InfeasibleCode = describedEnum('InfeasibleCode', 'Why no consortium satisfies the options (the sentence is `infeasibleReason`).', {
  NO_SLOTS: 'The project has no requirement slots.',
  NO_MEMBERS_ALLOWED: 'maxMembers allows no member.',
  INCLUDED_AND_EXCLUDED: 'An organisation is both in includeOrganizations and in excludeOrganizations.',
  INCLUDED_NOT_APPROVED: 'An organisation in includeOrganizations is not an approved member.',
  TEAM_TOO_SMALL: 'No team can be large enough (maxMembers, or one slot per member) for includeOrganizations, minSmes, minIndustries or requiredKinds.',
  LARGE_NOT_ALLOWED: 'maxLargeShare or maxLargeStake leaves no room for the large enterprises that requiredKinds or includeOrganizations ask for.',
  INCLUDED_BLOCKED: 'Two organisations in includeOrganizations have a block between them.',
  INCLUDED_FITS_NO_SLOT: 'An organisation in includeOrganizations fits no slot.',
  NO_CANDIDATE: 'No candidate fits any slot.',
  NO_SMALL_CANDIDATE: 'minSmes asks for SMEs or start-ups, but none fits a slot.',
  TOO_FEW_SMALL: 'Fewer SMEs and start-ups fit a slot than minSmes.',
  REQUIRED_KIND_MISSING: 'No candidate of a required kind fits a slot.',
  TOO_FEW_INDUSTRIES: 'The candidates span fewer industries than minIndustries.',
  SLOT_UNFILLABLE: 'requireFullCoverage, but no candidate fits a slot.',
  ONLY_LARGE: 'maxLargeShare is below 1 but every candidate is a large enterprise.',
  JOINTLY_INFEASIBLE: 'The solver proved that the rules together admit no team.',
  TIME_LIMIT: 'The time limit ran out before the solver found a team.',
  CAPACITY_TAKEN: 'assemblePortfolio: the project has teams on its own, but the organisations they need are taken by the other projects up to their capacity.',
  PORTFOLIO_INCOMPLETE: 'assemblePortfolio with requireAll: not every project can be staffed together, so none is assembled.',
});
export type InfeasibleCode = EnumValue<typeof InfeasibleCode>;

export const ExclusionCause = describedEnum('ExclusionCause', 'Why an organisation is not in the best consortium.', {
  NO_FIT: 'It fits no slot of the project.',
  OPTED_OUT: 'It opted out of matchmaking.',
  AT_CAPACITY: 'It is already in as many live consortia as it takes on.',
  BLOCKED: 'It has a block with an organisation the best teams need.',
  CONSTRAINT: 'A rule of the options keeps it out (see `constraint`).',
  OUTRANKED: 'It can join, but the best team with it is worth no more than the best team.',
});
export type ExclusionCause = EnumValue<typeof ExclusionCause>;

export const ExclusionConstraint = describedEnum('ExclusionConstraint', 'The option that keeps an organisation out (relaxing it alone lets it in).', {
  EXCLUDE_ORGANIZATIONS: 'excludeOrganizations names it.',
  INCLUDE_ORGANIZATIONS: 'The other organisations in includeOrganizations.',
  MAX_MEMBERS: 'maxMembers.',
  MIN_SMES: 'minSmes.',
  MIN_INDUSTRIES: 'minIndustries.',
  REQUIRED_KINDS: 'requiredKinds.',
  MAX_LARGE_SHARE: 'maxLargeShare.',
  MAX_LARGE_STAKE: 'maxLargeStake.',
  REQUIRE_FULL_COVERAGE: 'requireFullCoverage.',
});
export type ExclusionConstraint = EnumValue<typeof ExclusionConstraint>;

@ObjectType({ description: 'Why an organisation is not in the best consortium for a project, and what including it would cost.' })
export class ExclusionExplanation {
  @Field(() => Float, { nullable: true, description: 'Value of the best consortium under the options (k = 1); null when there is none.' })
  optimumValue: number | null;

  @Field(() => ConsortiumAlternative, {
    nullable: true,
    description: 'The best consortium with the organisation included (as assembleConsortium with it in includeOrganizations); null when none is feasible.',
  })
  alternative: ConsortiumAlternative | null;

  @Field(() => Float, { nullable: true, description: 'optimumValue − alternative.value (≥ 0); null when either is missing.' })
  loss: number | null;

  @Field(() => ExclusionCause, { nullable: true, description: 'Why it is left out; null when it is in the best consortium.' })
  cause: ExclusionCause | null;

  @Field(() => ExclusionConstraint, { nullable: true, description: 'For CONSTRAINT: the option that keeps it out; null when no single one does.' })
  constraint: ExclusionConstraint | null;

  @Field(() => String, { description: 'The cause as a sentence in `lang`.' })
  explanation: string;

  projectId: number;
  organizationId: number;
}

@ObjectType({ description: 'A slot of a project an organisation fits, and how well.' })
export class ProjectSlotFit {
  @Field(() => FitBreakdown, { description: "The organisation's fit for the slot." })
  fit: FitBreakdown;

  @Field(() => Float, { description: 'weight × fit: what the slot adds to the covered need.' })
  weightedFit: number;

  slotId: number;
}

@ObjectType({ description: "An open project for an organisation: score = Σ weight × fit / Σ weight over the project's slots." })
export class ProjectMatch {
  @Field(() => Int, { description: 'Rank, from 1.' })
  rank: number;

  @Field(() => Float, { description: "The share of the project's weighted need the organisation covers, 0–1." })
  score: number;

  @Field(() => [ProjectSlotFit], { description: 'The slots it fits, in slot order, with the fit.' })
  breakdown: ProjectSlotFit[];

  @Field(() => [String], { description: 'The score explained in sentences, in `lang`.' })
  reasons: string[];

  projectId: number;
  slotIds: number[];
}

@ObjectType({ description: 'Open projects ranked for an organisation.' })
export class ProjectMatchResult {
  @Field(() => [ProjectMatch], { description: 'Best first (ties by project id); projects it fits no slot of are left out.' })
  matches: ProjectMatch[];

  organizationId: number;
}

@ObjectType({ description: 'What the solver proved about a portfolio.' })
export class PortfolioOptimality {
  @Field(() => Boolean, { description: 'The solver proved the total the best possible.' })
  proven: boolean;

  @Field(() => Float, { nullable: true, description: 'Relative gap between the total and the best bound known (0 when proven; null when no bound is known).' })
  gap: number | null;
}

@ObjectType({ description: 'One project of a portfolio: its consortium, or why it has none.' })
export class PortfolioProject {
  @Field(() => Float, { description: 'Its weight in the total.' })
  projectWeight: number;

  @Field(() => ConsortiumAlternative, { nullable: true, description: 'Its consortium, shown as assembleConsortium shows one; null when it is not staffed.' })
  alternative: ConsortiumAlternative | null;

  @Field(() => String, { nullable: true, description: 'Why it is not staffed, as a sentence in `lang`; null when it is.' })
  infeasibleReason: string | null;

  @Field(() => InfeasibleCode, { nullable: true, description: 'Why it is not staffed, as a code; null when it is.' })
  infeasibleCode: InfeasibleCode | null;

  @Field(() => Int, { description: 'Organisations that fit a slot but had no capacity left before the portfolio (respectCapacity).' })
  atCapacity: number;

  projectId: number;
}

@ObjectType({ description: 'One consortium per project, chosen jointly so that no organisation is counted on beyond its capacity.' })
export class PortfolioResult {
  @Field(() => [PortfolioProject], { description: 'The projects in the order asked, each with its consortium or why it has none.' })
  projects: PortfolioProject[];

  @Field(() => Float, { description: 'Σ projectWeight × value over the staffed projects.' })
  total: number;

  @Field(() => [PortfolioProject], { description: 'The one-at-a-time baseline: the projects in the order asked, each taking what the earlier ones left.' })
  baseline: PortfolioProject[];

  @Field(() => Float, { description: "The baseline's total (what joint assembly is compared with)." })
  baselineTotal: number;

  @Field(() => PortfolioOptimality, { description: 'Whether the total is proven optimal, and the gap.' })
  optimality: PortfolioOptimality;

  @Field(() => Float, { description: 'Milliseconds spent in the MIP solver (joint model).' })
  solveMs: number;

  atCapacityIds: number[];
}
