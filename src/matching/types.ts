// Plain shapes in and out of the matching core (docs/matching.md). Nothing here knows about GraphQL,
// TypeORM or the HTTP layer: the service maps its entities to these and back.

/** Organisation kind, e.g. 'LARGE_ENTERPRISE', 'MID_SIZED', 'SME', 'STARTUP', 'UNIVERSITY', 'RESEARCH_INSTITUTE', 'ASSOCIATION', 'PUBLIC_AGENCY'. */
export type Kind = string;

/** Kinds that count towards `minSmes` (the alliance counts start-ups as small firms). */
export const SMALL_KINDS: readonly Kind[] = ['SME', 'STARTUP'];
/** The kind that `maxLargeShare` limits (the pilot-city calls' 30% rule). */
export const LARGE_KIND: Kind = 'LARGE_ENTERPRISE';

export interface CapabilityInput {
  id: number;
  domainId: number;
  /** 1 research/concept … 5 proven at city scale. */
  level: number;
  technologyIds: number[];
  /** Pilot cities where the capability is already deployed. */
  cityIds: number[];
}

/** A candidate; callers pass APPROVED organisations only. */
export interface OrganizationInput {
  id: number;
  kind: Kind;
  industryId: number;
  capabilities: CapabilityInput[];
  /** false: the organisation opted out of matchmaking, so it is never suggested (default true). */
  matchmaking?: boolean;
  /** Already in maxConcurrentConsortia live consortia: no candidate while respectCapacity (default false). */
  atCapacity?: boolean;
  /**
   * How many more consortia it may join: maxConcurrentConsortia minus the live consortia it is in
   * (assemblePortfolio's capacity rows; 0 or less means at capacity). Absent: no limit.
   */
  remainingCapacity?: number;
  /** Expressed interest in the project being matched (earns interestBonus; default false). */
  interested?: boolean;
  /** Organisations this one blocked or was blocked by; either side suffices (default none). */
  blocks?: number[];
  /** Organisations with a past tie to this one (earns tieBonus per pair); either side suffices (default none). */
  ties?: number[];
}

/** A requirement slot: one role of a project to fill. */
export interface SlotInput {
  id: number;
  domainId: number;
  /** May be empty: then any capability of the domain covers it fully. */
  technologyIds: number[];
  minLevel: number;
  /** Importance 1–5. */
  weight: number;
  /** null or empty: any kind may fill the slot. */
  allowedKinds: Kind[] | null;
  /** Relative share of the project budget, > 0 (default 1): the weight of the slot in members' stakes. */
  budgetShare?: number;
}

export interface ProjectInput {
  cityId: number;
  slots: SlotInput[];
}

/** How fit(o, r) came about, so a planner can read it. */
export interface FitExplanation {
  /** In [0, 1]. */
  fit: number;
  /** The capability that earned it (null when fit is 0). */
  capabilityId: number | null;
  /** |c.tech ∩ r.tech| / |r.tech|, or 1 when r.tech is empty. */
  techCoverage: number;
  matchedTechnologyIds: number[];
  /** 0.5 + 0.1 * c.level. */
  levelFactor: number;
  /** 0.1 or 0. */
  cityBonus: number;
  /** True when the raw sum exceeded 1. */
  capped: boolean;
  level: number | null;
}

export interface ConsortiumOptions {
  /** How many distinct member sets to return, best first. */
  k: number;
  maxMembers: number;
  /** Members of kind SME or STARTUP. */
  minSmes: number;
  minIndustries: number;
  /** Each kind listed must be present at least once. */
  requiredKinds: Kind[];
  /** Fraction of the team that may be LARGE_ENTERPRISE (0.3 is the pilot calls' rule). */
  maxLargeShare: number;
  includeOrganizations: number[];
  excludeOrganizations: number[];
  requireFullCoverage: boolean;
  /** Reward per extra distinct industry. */
  mu: number;
  /** Cost per member. */
  kappa: number;
  /**
   * Cap on the summed stakes of LARGE_ENTERPRISE members, 0–1 (the pilot calls' 30% is 0.3); null or
   * absent: no cap. A member's stake is the budget share of its slots over that of all filled slots.
   */
  maxLargeStake?: number | null;
  /** Leave out organisations at capacity (default true). */
  respectCapacity?: boolean;
  /** Added per member that expressed interest in the project, >= 0 (default 0). */
  interestBonus?: number;
  /** Added per pair of members with a past tie, >= 0 (default 0). */
  tieBonus?: number;
  /**
   * Wall-clock budget in milliseconds for all solver runs of one call (default 5,000). When it runs
   * out, the teams found so far are returned with `optimality.proven = false`.
   */
  timeLimitMs?: number;
}

export const DEFAULT_CONSORTIUM_OPTIONS: ConsortiumOptions = Object.freeze({
  k: 3,
  maxMembers: 6,
  minSmes: 0,
  minIndustries: 2,
  requiredKinds: Object.freeze([]) as unknown as Kind[],
  maxLargeShare: 1,
  includeOrganizations: Object.freeze([]) as unknown as number[],
  excludeOrganizations: Object.freeze([]) as unknown as number[],
  requireFullCoverage: false,
  mu: 0.5,
  kappa: 0.1,
});

export interface SlotAssignment {
  slotId: number;
  organizationId: number;
  fit: FitExplanation;
  /** slot.weight * fit. */
  weightedFit: number;
}

/** value = fitTerm + diversityTerm - sizePenalty + interestTerm + tieTerm. */
export interface ValueBreakdown {
  /** Σ_r r.weight * fit(a(r), r). */
  fitTerm: number;
  /** μ * (distinctIndustries - 1). */
  diversityTerm: number;
  /** κ * |T|. */
  sizePenalty: number;
  distinctIndustries: number;
  memberCount: number;
  /** interestBonus * interested members (0 without the option). */
  interestTerm: number;
  /** tieBonus * pairs of members with a past tie (0 without the option). */
  tieTerm: number;
  interestedMembers: number;
  tiedPairs: number;
}

/** A member's stake: the budget share of the slots it fills over that of all filled slots, 0–1. */
export interface MemberStake {
  organizationId: number;
  stake: number;
}

export interface ConsortiumAlternative {
  /** Sorted ascending. */
  memberIds: number[];
  /** One per filled slot, in project slot order. */
  assignments: SlotAssignment[];
  /** Slot ids left unfilled, in project slot order. */
  gaps: number[];
  value: number;
  breakdown: ValueBreakdown;
  /** One per member, in memberIds order; they sum to 1. */
  stakes: MemberStake[];
  /** The summed stakes of LARGE_ENTERPRISE members. */
  largeStake: number;
  /** gap = the solver's relative MIP gap (0 when proven). */
  optimality: { proven: boolean; gap: number };
}

export interface AssembleResult {
  alternatives: ConsortiumAlternative[];
  /** Why no team exists, as a code with parameters (for the API to word); null when at least one alternative was found. */
  infeasibility: Infeasibility | null;
  /** The same in the core's technical English, with row ids (logs and tests); null when at least one alternative was found. */
  infeasibleReason: string | null;
  stats: {
    /** Organisations handed to the solver after pruning. */
    candidates: number;
    /** Organisations that fit at least one slot and are not excluded, before dominance pruning. */
    prunedFrom: number;
    /** Organisations that fit a slot but were left out because they are at capacity (respectCapacity). */
    atCapacity: number;
    /** Organisations that fit a slot but opted out of matchmaking. */
    optedOut: number;
    /** Wall-clock milliseconds spent in the solver. */
    solveMs: number;
    /** MIP solver runs (one per alternative, plus one that proved no further team exists). */
    solves: number;
    /** LP relaxations solved to price the organisations left out of the model (0 for small pools). */
    relaxations: number;
    /** Nodes of the exact search that small pools get instead of MIP runs (0 when only the MIP ran). */
    searchNodes: number;
  };
}

export interface PartnerGain {
  slotId: number;
  /** The candidate's fit for the slot. */
  fit: FitExplanation;
  seekerFit: number;
  /** fit - seekerFit, > 0. */
  gain: number;
  /** slot.weight * gain. */
  weightedGain: number;
}

export interface PartnerMatch {
  organizationId: number;
  score: number;
  crossIndustry: boolean;
  /** Only slots with gain > 0, in slot order. */
  gains: PartnerGain[];
}

// Why no team exists (infeasibility.ts).

/** A rule a team may be too small for. */
export type TeamSizeRule = 'includeOrganizations' | 'minSmes' | 'minIndustries' | 'requiredKinds';

/** Who was left out of the candidates before anyone was found to fit (each > 0 means some were). */
export interface LeftOut {
  excluded: number;
  atCapacity: number;
  optedOut: number;
}

export type Infeasibility =
  | { code: 'NO_SLOTS' }
  | { code: 'NO_MEMBERS_ALLOWED'; maxMembers: number }
  | { code: 'INCLUDED_AND_EXCLUDED'; organizationId: number }
  | { code: 'INCLUDED_NOT_APPROVED'; organizationId: number }
  /** The largest possible team (maxTeam: maxMembers, or the slot count when `bySlots`) is smaller than `rule` needs. */
  | { code: 'TEAM_TOO_SMALL'; rule: TeamSizeRule; needed: number; maxTeam: number; bySlots: boolean }
  /** `rule` (maxLargeShare or maxLargeStake) leaves too little room for the large enterprises that `because` asks for. */
  | { code: 'LARGE_NOT_ALLOWED'; rule: 'maxLargeShare' | 'maxLargeStake'; because: 'requiredKinds' | 'includeOrganizations'; allowed: number; asked: number }
  | { code: 'INCLUDED_BLOCKED'; organizationIds: [number, number] }
  | { code: 'INCLUDED_FITS_NO_SLOT'; organizationId: number }
  | { code: 'NO_CANDIDATE'; leftOut: LeftOut }
  | { code: 'NO_SMALL_CANDIDATE'; leftOut: LeftOut }
  | { code: 'TOO_FEW_SMALL'; needed: number; available: number }
  | { code: 'REQUIRED_KIND_MISSING'; kind: Kind }
  | { code: 'TOO_FEW_INDUSTRIES'; needed: number; available: number }
  | { code: 'SLOT_UNFILLABLE'; slotId: number; leftOut: LeftOut }
  | { code: 'ONLY_LARGE'; maxLargeShare: number }
  /** The solver proved that the rules together admit no team. */
  | { code: 'JOINTLY_INFEASIBLE' }
  /** The time limit ran out before the solver found a team. */
  | { code: 'TIME_LIMIT'; limitMs: number }
  /** Portfolio: the project has teams alone, but the organisations they need are taken by the other projects up to their capacity. */
  | { code: 'CAPACITY_TAKEN' }
  /** Portfolio with requireAll: not every project can be staffed together, so none is assembled. */
  | { code: 'PORTFOLIO_INCOMPLETE' };

export type InfeasibilityCode = Infeasibility['code'];
