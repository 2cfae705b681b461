/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Why an account mutation failed. */
export type AccountErrorCode =
  /** The account is on an organisation's team, so it stays a MEMBER: remove it from the team first to make it PLANNER or ADMIN. */
  | 'ALREADY_IN_ORGANIZATION'
  /** The input is malformed or out of range: a validation rule, an unknown slug, a malformed id. `field` names the input field. */
  | 'BAD_USER_INPUT'
  /** The object changed since you read it (stale `version`: read it again and retry), or this `clientMutationId` was already used for another change. */
  | 'CONFLICT'
  /** An account with this email already exists; sign in instead. */
  | 'EMAIL_TAKEN'
  /** Sign-in failed: the email or the password is wrong (deliberately not saying which). */
  | 'INVALID_CREDENTIALS'
  /** The change would leave no enabled ADMIN: the last one can be neither demoted nor disabled. Nothing was written. */
  | 'LAST_ADMIN'
  /** Something the input names does not exist, or is not visible to you. */
  | 'NOT_FOUND'
  /** The slug of the organisation you register with your account is taken; choose another. */
  | 'SLUG_TAKEN'
  /** Too many failed sign-ins for this email or from this address; wait `retryAfterSeconds` and try again. */
  | 'TOO_MANY_ATTEMPTS';

/** What a signed-in account may do. */
export type AccountRole =
  /** Steering committee: decides memberships and keeps the taxonomy. */
  | 'ADMIN'
  /** Works for a member organisation: edits that organisation's profile, sends and answers partnership requests, answers consortium invitations. */
  | 'MEMBER'
  /** Secretariat or project owner: publishes projects and assembles consortia. */
  | 'PLANNER';

/** A new capability of an organisation. */
export type AddCapabilityInput = {
  /** Pilot-city slugs where it is already deployed. */
  cities?: Array<string> | null | undefined;
  /** Idempotency key (1–100 visible ASCII characters, e.g. a UUID), unique per account for 24 h. A retry with the same key answers the first result and writes nothing more; the same key with another mutation or another input answers CONFLICT. Send one whenever you may retry, e.g. after SERVICE_UNAVAILABLE. */
  clientMutationId?: string | null | undefined;
  /** What is delivered, in English. */
  descriptionEn?: string | null | undefined;
  /** What is delivered, in Korean. */
  descriptionKo?: string | null | undefined;
  /** Domain slug, e.g. `mobility` (see `domains`). */
  domain: string;
  /** References that back the level. */
  evidence?: Array<EvidenceInput> | null | undefined;
  /** Maturity 1–5 (see Capability.level). */
  level: number;
  /** Global id of the Organization. */
  organizationId: string | number;
  /** Technology slugs (1–15), e.g. `["iot", "ai"]`. */
  technologies: Array<string>;
};

/** A new requirement slot, appended after the project's last one. */
export type AddRequirementSlotInput = {
  /** Idempotency key (1–100 visible ASCII characters, e.g. a UUID), unique per account for 24 h. A retry with the same key answers the first result and writes nothing more; the same key with another mutation or another input answers CONFLICT. Send one whenever you may retry, e.g. after SERVICE_UNAVAILABLE. */
  clientMutationId?: string | null | undefined;
  /** Global id of the Project (DRAFT or OPEN). */
  projectId: string | number;
  /** The slot. */
  slot: RequirementSlotInput;
  /** The project version you last read; checked when given. */
  version?: number | null | undefined;
};

/** A member answers its organisation's invitation to a consortium. */
export type AnswerConsortiumInvitationInput = {
  /** ACCEPTED or DECLINED. */
  answer: InvitationAnswer;
  /** Global id of the Consortium. */
  consortiumId: string | number;
};

/** The receiver answers a pending partnership request. */
export type AnswerPartnershipRequestInput = {
  /** ACCEPTED or DECLINED. */
  answer: PartnershipAnswer;
  /** Global id of the PartnershipRequest. */
  requestId: string | number;
  /** The request version you last read; checked when given. */
  version?: number | null | undefined;
};

/** Which member fills which requirement slot of the project. */
export type ConsortiumAssignmentInput = {
  /** Global id of the Organization (one of the members) that fills it. */
  organizationId: string | number;
  /** Global id of one of the project's RequirementSlots. */
  slotId: string | number;
};

/** Why a consortium mutation failed. */
export type ConsortiumErrorCode =
  /** The organisation filling a slot is not one of the members. */
  | 'ASSIGNEE_NOT_MEMBER'
  /** The input is malformed or out of range: a validation rule, an unknown slug, a malformed id. `field` names the input field. */
  | 'BAD_USER_INPUT'
  /** The object changed since you read it (stale `version`: read it again and retry), or this `clientMutationId` was already used for another change. */
  | 'CONFLICT'
  /** A CONFIRMED consortium stands with its award and cannot be dissolved; close the project to end it. */
  | 'CONSORTIUM_CONFIRMED'
  /** The consortium's status does not allow this change (e.g. inviting a DISSOLVED consortium); the message names the statuses that do. */
  | 'CONSORTIUM_STATUS_FORBIDS'
  /** Your organisation's invitation was already answered or not sent; only an INVITED organisation can answer. */
  | 'INVITATION_NOT_PENDING'
  /** The LARGE_ENTERPRISE members' stakes add up to more than the project's cap; `largeStake` and `maxLargeStake` give both. */
  | 'LARGE_STAKE_EXCEEDED'
  /** The consortium cannot be confirmed yet: some members have not accepted their invitation. */
  | 'MEMBERS_NOT_ACCEPTED'
  /** An organisation is listed twice among the members. */
  | 'MEMBER_LISTED_TWICE'
  /** An organisation is not, or no longer, an APPROVED member of the alliance; only APPROVED members can join a consortium. */
  | 'MEMBER_NOT_APPROVED'
  /** A stake names an organisation that is not a member of the consortium. */
  | 'NOT_A_MEMBER'
  /** Something the input names does not exist, or is not visible to you. */
  | 'NOT_FOUND'
  /** A member is assigned to a slot it does not fit (fit 0: no capability in the domain at the level, technologies or kind asked); pass allowUnfit with a reason to keep it. */
  | 'NO_FIT'
  /** A consortium needs at least one member. */
  | 'NO_MEMBERS'
  /** assembleConsortium found no alternative of the requested rank for these options; `alternativeCount` says how many it found. */
  | 'NO_SUCH_ALTERNATIVE'
  /** createConsortiaFromPortfolio: an organisation would be in more new consortia than it can still join (maxConcurrentConsortia less its live consortia); nothing was created. */
  | 'OVER_CAPACITY'
  /** createConsortiaFromPortfolio: a project is listed twice; a portfolio has one consortium per project. */
  | 'PROJECT_LISTED_TWICE'
  /** The project's status does not allow this: consortia are composed and invited for OPEN or FORMING projects only. */
  | 'PROJECT_STATUS_FORBIDS'
  /** The consortium cannot be confirmed yet: some requirement slots are not filled. */
  | 'SLOTS_UNFILLED'
  /** A slot is assigned twice; each slot is filled by one member. */
  | 'SLOT_ASSIGNED_TWICE'
  /** An assignment names a slot that is not one of the project's requirement slots. */
  | 'SLOT_NOT_IN_PROJECT'
  /** The members' stakes are not all set or do not add up to 1; `stakeSum` says what they add up to. */
  | 'STAKES_DO_NOT_SUM_TO_ONE';

/** Take one alternative of `assembleConsortium` for the project: the server runs it again with the same options and stores the alternative of this rank (members, their most senior slot role, and the assignments). */
export type ConsortiumFromAlternativeInput = {
  /** The options you passed to assembleConsortium; defaults when left out. */
  options?: ConsortiumOptionsInput | null | undefined;
  /** Rank of the alternative, from 1. */
  rank: number;
};

/** An organisation in a consortium composed by hand. */
export type ConsortiumMemberInput = {
  /** Global id of an APPROVED Organization. */
  organizationId: string | number;
  /** The part it plays. */
  role: SlotRole;
};

/** Rules and weights for assembling a consortium; every field has a default. */
export type ConsortiumOptionsInput = {
  /** Organizations that must not be members (global ids). */
  excludeOrganizations?: Array<string | number>;
  /** Organizations that must be members (global ids). */
  includeOrganizations?: Array<string | number>;
  /** Added to the value per member that expressed interest in the project (0–100). */
  interestBonus?: number;
  /** How many distinct member sets to return, best first (1–10). */
  k?: number;
  /** κ: cost of each member (0–100). */
  kappa?: number;
  /** Largest share of members that may be LARGE_ENTERPRISE, 0–1 (0.3 is the pilot-city calls' 30% rule). */
  maxLargeShare?: number;
  /** Cap on the summed stakes of LARGE_ENTERPRISE members, 0–1 (0.3 is the pilot-city calls' 30% rule); a member's stake is the budget share of the slots it fills over that of all filled slots. Left out: the project's own maxLargeStake; null: no cap. */
  maxLargeStake?: number | null | undefined;
  /** Most members a consortium may have (1–20). */
  maxMembers?: number;
  /** Fewest distinct industries among the members (0–20). */
  minIndustries?: number;
  /** Fewest members of kind SME or STARTUP (0–20). */
  minSmes?: number;
  /** μ: value of each extra distinct industry (0–100). */
  mu?: number;
  /** Every slot must be filled; otherwise unfilled slots are reported as gaps. */
  requireFullCoverage?: boolean;
  /** Kinds that must each be present at least once. */
  requiredKinds?: Array<OrganizationKind>;
  /** Leave out organisations already in as many live consortia as they take on (naming one in includeOrganizations adds it anyway). */
  respectCapacity?: boolean;
  /** Added to the value per pair of members with a past tie: a CONFIRMED consortium together, or an ACCEPTED partnership request (0–100). */
  tieBonus?: number;
};

/** Where a consortium stands. */
export type ConsortiumStatus =
  /** Every member accepted and every slot is filled. */
  | 'CONFIRMED'
  /** Given up by its planner. */
  | 'DISSOLVED'
  /** Being composed by its planner; members not yet invited. */
  | 'DRAFT'
  /** Invitations sent; waiting for every member to accept. */
  | 'INVITING';

/** A change of a consortium's status by its owner (invite, confirm). */
export type ConsortiumTransitionInput = {
  /** Global id of the Consortium. */
  consortiumId: string | number;
  /** The consortium version you last read; checked when given. */
  version?: number | null | undefined;
};

/** A new DRAFT consortium for an OPEN or FORMING project: give `members` (and `assignments`) or `fromAlternative`. */
export type CreateConsortiumInput = {
  /** Keep hand-made assignments of members to slots they do not fit (fit 0), which otherwise answer NO_FIT; needs a `reason`, which is audited. */
  allowUnfit?: boolean;
  /** Slots filled by the hand-composed members; each slot at most once. */
  assignments?: Array<ConsortiumAssignmentInput> | null | undefined;
  /** Idempotency key (1–100 visible ASCII characters, e.g. a UUID), unique per account for 24 h. A retry with the same key answers the first result and writes nothing more; the same key with another mutation or another input answers CONFLICT. Send one whenever you may retry, e.g. after SERVICE_UNAVAILABLE. */
  clientMutationId?: string | null | undefined;
  /** Store an assembleConsortium alternative instead. */
  fromAlternative?: ConsortiumFromAlternativeInput | null | undefined;
  /** Members composed by hand (1–20). */
  members?: Array<ConsortiumMemberInput> | null | undefined;
  /** A name for the team. */
  name: string;
  /** Global id of the Project. */
  projectId: string | number;
  /** Why unfit assignments are kept; required with allowUnfit. */
  reason?: string | null | undefined;
};

/** A new project, created as a DRAFT owned by the signed-in planner. */
export type CreateProjectInput = {
  /** Pilot-city slug: `sejong-5-1` or `busan-eco-delta`. */
  city: string;
  /** Idempotency key (1–100 visible ASCII characters, e.g. a UUID), unique per account for 24 h. A retry with the same key answers the first result and writes nothing more; the same key with another mutation or another input answers CONFLICT. Send one whenever you may retry, e.g. after SERVICE_UNAVAILABLE. */
  clientMutationId?: string | null | undefined;
  /** Cap on the LARGE_ENTERPRISE members' summed stake in a consortium, a fraction 0–1 (0.3 for the 30% rule); null or left out: no cap. */
  maxLargeStake?: number | null | undefined;
  /** The roles to fill, in order (at most 20). */
  slots?: Array<RequirementSlotInput>;
  /** URL-friendly unique identifier: lower-case letters, digits and hyphens. */
  slug: string;
  /** What the project delivers, in English. */
  summaryEn?: string;
  /** What the project delivers, in Korean. */
  summaryKo?: string;
  /** English title. */
  titleEn: string;
  /** Korean title. */
  titleKo: string;
};

/** Why an event mutation failed. */
export type EventErrorCode =
  /** The input is malformed or out of range: a validation rule, an unknown slug, a malformed id. `field` names the input field. */
  | 'BAD_USER_INPUT'
  /** The object changed since you read it (stale `version`: read it again and retry), or this `clientMutationId` was already used for another change. */
  | 'CONFLICT'
  /** Something the input names does not exist, or is not visible to you. */
  | 'NOT_FOUND';

/** What an event reports. */
export type EventType =
  /** A consortium was confirmed. */
  | 'CONSORTIUM_CONFIRMED'
  /** A consortium was dissolved. */
  | 'CONSORTIUM_DISSOLVED'
  /** A consortium invitation was accepted. */
  | 'CONSORTIUM_INVITATION_ACCEPTED'
  /** A consortium invitation was declined. */
  | 'CONSORTIUM_INVITATION_DECLINED'
  /** A consortium invitation expired unanswered. */
  | 'CONSORTIUM_INVITATION_EXPIRED'
  /** An organisation was invited into a consortium. */
  | 'CONSORTIUM_INVITATION_SENT'
  /** The steering committee decided an organisation's membership. */
  | 'MEMBERSHIP_DECIDED'
  /** A partnership request was accepted. */
  | 'PARTNERSHIP_REQUEST_ACCEPTED'
  /** A partnership request was declined. */
  | 'PARTNERSHIP_REQUEST_DECLINED'
  /** A partnership request expired unanswered. */
  | 'PARTNERSHIP_REQUEST_EXPIRED'
  /** An organisation sent a partnership request. */
  | 'PARTNERSHIP_REQUEST_SENT'
  /** A partnership request was withdrawn by its sender. */
  | 'PARTNERSHIP_REQUEST_WITHDRAWN'
  /** An organisation expressed interest in a project. */
  | 'PROJECT_INTEREST_EXPRESSED'
  /** A project opened that matches the organisation at or above its saved threshold. */
  | 'PROJECT_MATCHED';

/** A reference project that backs a capability. */
export type EvidenceInput = {
  /** City where it was delivered. */
  city: string;
  /** Project name. */
  project: string;
  /** Year of delivery. */
  year: number;
};

/** Why an organisation is not in the best consortium. */
export type ExclusionCause =
  /** It is already in as many live consortia as it takes on. */
  | 'AT_CAPACITY'
  /** It has a block with an organisation the best teams need. */
  | 'BLOCKED'
  /** A rule of the options keeps it out (see `constraint`). */
  | 'CONSTRAINT'
  /** It fits no slot of the project. */
  | 'NO_FIT'
  /** It opted out of matchmaking. */
  | 'OPTED_OUT'
  /** It can join, but the best team with it is worth no more than the best team. */
  | 'OUTRANKED';

/** The option that keeps an organisation out (relaxing it alone lets it in). */
export type ExclusionConstraint =
  /** excludeOrganizations names it. */
  | 'EXCLUDE_ORGANIZATIONS'
  /** The other organisations in includeOrganizations. */
  | 'INCLUDE_ORGANIZATIONS'
  /** maxLargeShare. */
  | 'MAX_LARGE_SHARE'
  /** maxLargeStake. */
  | 'MAX_LARGE_STAKE'
  /** maxMembers. */
  | 'MAX_MEMBERS'
  /** minIndustries. */
  | 'MIN_INDUSTRIES'
  /** minSmes. */
  | 'MIN_SMES'
  /** requiredKinds. */
  | 'REQUIRED_KINDS'
  /** requireFullCoverage. */
  | 'REQUIRE_FULL_COVERAGE';

/** Why no consortium satisfies the options (the sentence is `infeasibleReason`). */
export type InfeasibleCode =
  /** assemblePortfolio: the project has teams on its own, but the organisations they need are taken by the other projects up to their capacity. */
  | 'CAPACITY_TAKEN'
  /** An organisation is both in includeOrganizations and in excludeOrganizations. */
  | 'INCLUDED_AND_EXCLUDED'
  /** Two organisations in includeOrganizations have a block between them. */
  | 'INCLUDED_BLOCKED'
  /** An organisation in includeOrganizations fits no slot. */
  | 'INCLUDED_FITS_NO_SLOT'
  /** An organisation in includeOrganizations is not an approved member. */
  | 'INCLUDED_NOT_APPROVED'
  /** The solver proved that the rules together admit no team. */
  | 'JOINTLY_INFEASIBLE'
  /** maxLargeShare or maxLargeStake leaves no room for the large enterprises that requiredKinds or includeOrganizations ask for. */
  | 'LARGE_NOT_ALLOWED'
  /** No candidate fits any slot. */
  | 'NO_CANDIDATE'
  /** maxMembers allows no member. */
  | 'NO_MEMBERS_ALLOWED'
  /** The project has no requirement slots. */
  | 'NO_SLOTS'
  /** minSmes asks for SMEs or start-ups, but none fits a slot. */
  | 'NO_SMALL_CANDIDATE'
  /** maxLargeShare is below 1 but every candidate is a large enterprise. */
  | 'ONLY_LARGE'
  /** assemblePortfolio with requireAll: not every project can be staffed together, so none is assembled. */
  | 'PORTFOLIO_INCOMPLETE'
  /** No candidate of a required kind fits a slot. */
  | 'REQUIRED_KIND_MISSING'
  /** requireFullCoverage, but no candidate fits a slot. */
  | 'SLOT_UNFILLABLE'
  /** No team can be large enough (maxMembers, or one slot per member) for includeOrganizations, minSmes, minIndustries or requiredKinds. */
  | 'TEAM_TOO_SMALL'
  /** The time limit ran out before the solver found a team. */
  | 'TIME_LIMIT'
  /** The candidates span fewer industries than minIndustries. */
  | 'TOO_FEW_INDUSTRIES'
  /** Fewer SMEs and start-ups fit a slot than minSmes. */
  | 'TOO_FEW_SMALL';

/** An invited organisation's answer to a consortium invitation. */
export type InvitationAnswer =
  /** Join the consortium. */
  | 'ACCEPTED'
  /** Decline. */
  | 'DECLINED';

/** Where a member's consortium invitation stands. */
export type InvitationStatus =
  /** The member accepted. */
  | 'ACCEPTED'
  /** The member declined. */
  | 'DECLINED'
  /** Never answered: another consortium of the project was confirmed first, and this one was dissolved. */
  | 'EXPIRED'
  /** Invited; no answer yet. */
  | 'INVITED'
  /** The consortium is still a draft. */
  | 'NOT_SENT';

/** Language of readable texts. */
export type Language =
  /** English. */
  | 'EN'
  /** Korean. */
  | 'KO';

/** Which of your events to mark read: some by id, every one up to a cursor, or both. */
export type MarkEventsReadInput = {
  /** Global ids of Events to mark read (at most 100). */
  eventIds?: Array<string | number> | null | undefined;
  /** A cursor (an Event's `cursor` or an edge's): that event and every older one are marked read. Pass the newest for "mark all as read". */
  upTo?: string | null | undefined;
};

/** Why a membership mutation failed. */
export type MembershipErrorCode =
  /** Your account already belongs to an organisation; an account applies for one organisation only. */
  | 'ALREADY_IN_ORGANIZATION'
  /** The input is malformed or out of range: a validation rule, an unknown slug, a malformed id. `field` names the input field. */
  | 'BAD_USER_INPUT'
  /** The object changed since you read it (stale `version`: read it again and retry), or this `clientMutationId` was already used for another change. */
  | 'CONFLICT'
  /** The membership's status does not allow this transition (REJECTED and WITHDRAWN are final); the message names the statuses it can move to. */
  | 'MEMBERSHIP_STATUS_FORBIDS'
  /** Something the input names does not exist, or is not visible to you. */
  | 'NOT_FOUND'
  /** An organisation with this slug already exists; choose another. */
  | 'SLUG_TAKEN';

/** Membership state; the steering committee decides applications. */
export type MembershipStatus =
  /** Applied, waiting for the steering committee. */
  | 'APPLIED'
  /** Approved member; a candidate for matching. */
  | 'APPROVED'
  /** Application rejected. */
  | 'REJECTED'
  /** Membership suspended. */
  | 'SUSPENDED'
  /** Left the alliance. */
  | 'WITHDRAWN';

/** Kind of member organisation. */
export type OrganizationKind =
  /** Industry association (협회·단체). */
  | 'ASSOCIATION'
  /** Large enterprise (대기업); in pilot-city calls only inside consortia, at most a 30% share. */
  | 'LARGE_ENTERPRISE'
  /** Mid-sized enterprise (중견기업). */
  | 'MID_SIZED'
  /** Public agency or corporation (공공기관). */
  | 'PUBLIC_AGENCY'
  /** Public or private research institute (연구기관). */
  | 'RESEARCH_INSTITUTE'
  /** Small or medium enterprise (중소기업). */
  | 'SME'
  /** Venture or start-up (벤처·스타트업). */
  | 'STARTUP'
  /** University (대학). */
  | 'UNIVERSITY';

/** The receiver's answer to a partnership request. */
export type PartnershipAnswer =
  /** Accept: both organisations now see each other’s contacts. */
  | 'ACCEPTED'
  /** Decline. */
  | 'DECLINED';

/** Why a partnership request mutation failed. */
export type PartnershipErrorCode =
  /** The input is malformed or out of range: a validation rule, an unknown slug, a malformed id. `field` names the input field. */
  | 'BAD_USER_INPUT'
  /** The object changed since you read it (stale `version`: read it again and retry), or this `clientMutationId` was already used for another change. */
  | 'CONFLICT'
  /** A pending request between these two organisations already exists, in one direction or the other. */
  | 'DUPLICATE_REQUEST'
  /** Something the input names does not exist, or is not visible to you. */
  | 'NOT_FOUND'
  /** Your organisation has the most pending outgoing requests allowed; wait for answers or withdraw one. */
  | 'PENDING_LIMIT_REACHED'
  /** The request was already answered, withdrawn or has expired; only a PENDING request can be answered or withdrawn. */
  | 'REQUEST_NOT_PENDING'
  /** An organisation cannot ask itself to partner. */
  | 'SELF_REQUEST';

/** Where a partnership request stands. */
export type PartnershipRequestStatus =
  /** Accepted by the receiver; both sides now see each other’s contacts. */
  | 'ACCEPTED'
  /** Declined by the receiver. */
  | 'DECLINED'
  /** Left unanswered for REQUEST_TTL_DAYS (14 days by default); it no longer counts against the pending cap. */
  | 'EXPIRED'
  /** Sent and not yet answered. */
  | 'PENDING'
  /** Withdrawn by the sender before an answer. */
  | 'WITHDRAWN';

/** Why a change to an organisation's profile or capabilities failed. */
export type ProfileErrorCode =
  /** The input is malformed or out of range: a validation rule, an unknown slug, a malformed id. `field` names the input field. */
  | 'BAD_USER_INPUT'
  /** The object changed since you read it (stale `version`: read it again and retry), or this `clientMutationId` was already used for another change. */
  | 'CONFLICT'
  /** Something the input names does not exist, or is not visible to you. */
  | 'NOT_FOUND';

/** Who may see an organisation profile. */
export type ProfileVisibility =
  /** Signed-in approved members only. */
  | 'MEMBERS'
  /** The organisation's own members, planners and admins only. */
  | 'PRIVATE'
  /** Everyone, signed in or not. */
  | 'PUBLIC';

/** Why a project mutation failed. */
export type ProjectErrorCode =
  /** The input is malformed or out of range: a validation rule, an unknown slug, a malformed id. `field` names the input field. */
  | 'BAD_USER_INPUT'
  /** The object changed since you read it (stale `version`: read it again and retry), or this `clientMutationId` was already used for another change. */
  | 'CONFLICT'
  /** Something the input names does not exist, or is not visible to you. */
  | 'NOT_FOUND'
  /** A project needs at least one requirement slot before it opens. */
  | 'NO_SLOTS'
  /** A project can be handed only to an active PLANNER account. */
  | 'OWNER_NOT_PLANNER'
  /** The project is CLOSED, which is final: it cannot be changed. */
  | 'PROJECT_CLOSED'
  /** The project's status does not allow this transition (e.g. a DRAFT project cannot be awarded); the message names the statuses it can move to. */
  | 'PROJECT_STATUS_FORBIDS'
  /** Requirement slots can change only while the project is DRAFT or OPEN: once invitations are out, members accepted these very slots. */
  | 'SLOTS_LOCKED'
  /** A project with this slug already exists; choose another. */
  | 'SLUG_TAKEN'
  /** The project already has the most requirement slots allowed. */
  | 'TOO_MANY_SLOTS';

/** Where a pilot-city project stands. */
export type ProjectStatus =
  /** Awarded to a consortium. */
  | 'AWARDED'
  /** Finished or withdrawn. */
  | 'CLOSED'
  /** Being written by its planner; not public. */
  | 'DRAFT'
  /** A consortium is being formed. */
  | 'FORMING'
  /** Published; members may be matched and invited. */
  | 'OPEN';

/** A change of a project's status (open, close). */
export type ProjectTransitionInput = {
  /** Global id of the Project. */
  projectId: string | number;
  /** The project version you last read; checked when given. */
  version?: number | null | undefined;
};

/** First-level administrative division of Korea (시·도). */
export type Region =
  /** 부산광역시 */
  | 'BUSAN'
  /** 충청북도 */
  | 'CHUNGBUK'
  /** 충청남도 */
  | 'CHUNGNAM'
  /** 대구광역시 */
  | 'DAEGU'
  /** 대전광역시 */
  | 'DAEJEON'
  /** 강원특별자치도 */
  | 'GANGWON'
  /** 광주광역시 */
  | 'GWANGJU'
  /** 경상북도 */
  | 'GYEONGBUK'
  /** 경기도 */
  | 'GYEONGGI'
  /** 경상남도 */
  | 'GYEONGNAM'
  /** 인천광역시 */
  | 'INCHEON'
  /** 제주특별자치도 */
  | 'JEJU'
  /** 전북특별자치도 */
  | 'JEONBUK'
  /** 전라남도 */
  | 'JEONNAM'
  /** 세종특별자치시 */
  | 'SEJONG'
  /** 서울특별시 */
  | 'SEOUL'
  /** 울산광역시 */
  | 'ULSAN';

/** A capability to remove. */
export type RemoveCapabilityInput = {
  /** Global id of the Capability. */
  capabilityId: string | number;
  /** The `version` you read; if the capability changed since, the answer is CONFLICT. */
  version?: number | null | undefined;
};

/** Removes one requirement slot; the later slots move up one position. */
export type RemoveRequirementSlotInput = {
  /** Global id of the RequirementSlot. */
  slotId: string | number;
  /** The slot version you last read; a stale one answers CONFLICT and changes nothing. */
  version: number;
};

/** One role a project needs filled. */
export type RequirementSlotInput = {
  /** Kinds of organisation that may fill the slot; null means any. */
  allowedKinds?: Array<OrganizationKind> | null | undefined;
  /** The slot's share of the budget, relative to the project's other slots (> 0). */
  budgetShare?: number;
  /** What the slot asks for, in English. */
  descriptionEn?: string;
  /** What the slot asks for, in Korean. */
  descriptionKo?: string;
  /** Domain slug, e.g. `mobility`. */
  domain: string;
  /** Lowest capability level (1–5) that can fill the slot. */
  minLevel: number;
  /** The part the member plays. */
  role: SlotRole;
  /** Technology slugs the slot asks for; empty means any. */
  technologies?: Array<string>;
  /** Importance 1–5. */
  weight: number;
};

/** A partnership request from the viewer's organisation to another approved member. */
export type SendPartnershipRequestInput = {
  /** Idempotency key (1–100 visible ASCII characters, e.g. a UUID), unique per account for 24 h. A retry with the same key answers the first result and writes nothing more; the same key with another mutation or another input answers CONFLICT. Send one whenever you may retry, e.g. after SERVICE_UNAVAILABLE. */
  clientMutationId?: string | null | undefined;
  /** A message to the receiver (at most 2,000 characters). */
  message?: string;
  /** Global id of the published Project the partnership is for, if any. */
  projectId?: string | number | null | undefined;
  /** Global id of the Organization asked to partner. */
  toOrganizationId: string | number;
};

/** Credentials to exchange for an access token. */
export type SignInInput = {
  /** Sign-in address; case does not matter. */
  email: string;
  /** The password. */
  password: string;
};

/** The part a member plays in the consortium for a slot. */
export type SlotRole =
  /** Integrates the parts into one service. */
  | 'INTEGRATOR'
  /** Leads the consortium and signs with the city. */
  | 'LEAD'
  /** Operates the service on site. */
  | 'OPERATOR'
  /** Research and validation. */
  | 'RESEARCH_PARTNER'
  /** Provides a product or service. */
  | 'SOLUTION_PROVIDER';

/** Hands a project to another planner (transferProject). */
export type TransferProjectInput = {
  /** Global id of the Account of the planner who will own the project. */
  ownerId: string | number;
  /** Global id of the Project. */
  projectId: string | number;
  /** The project version you last read; checked when given. */
  version?: number | null | undefined;
};

/** Changes to a capability; fields left out stay as they are; lists replace the old ones. */
export type UpdateCapabilityInput = {
  /** Global id of the Capability. */
  capabilityId: string | number;
  /** Pilot-city slugs; replaces the old list. */
  cities?: Array<string> | null | undefined;
  /** What is delivered, in English. */
  descriptionEn?: string | null | undefined;
  /** What is delivered, in Korean. */
  descriptionKo?: string | null | undefined;
  /** Domain slug. */
  domain?: string | null | undefined;
  /** References; replaces the old list. */
  evidence?: Array<EvidenceInput> | null | undefined;
  /** Maturity 1–5. */
  level?: number | null | undefined;
  /** Technology slugs (1–15); replaces the old list. */
  technologies?: Array<string> | null | undefined;
  /** The `version` you read; if the capability changed since, nothing is written and the answer is CONFLICT. */
  version: number;
};

/** Changes to an organisation profile; fields left out stay as they are, null clears an optional one. */
export type UpdateOrganizationInput = {
  /** Contact email; null clears it. */
  contactEmail?: string | null | undefined;
  /** Contact person; null clears it. */
  contactName?: string | null | undefined;
  /** Contact phone number; null clears it. */
  contactPhone?: string | null | undefined;
  /** What the organisation does, in English. */
  descriptionEn?: string | null | undefined;
  /** What the organisation does, in Korean. */
  descriptionKo?: string | null | undefined;
  /** Number of employees. */
  employees?: number | null | undefined;
  /** Industry slug (see `industries`). */
  industry?: string | null | undefined;
  /** Kind of organisation. */
  kind?: OrganizationKind | null | undefined;
  /** English name. */
  nameEn?: string | null | undefined;
  /** Korean name. */
  nameKo?: string | null | undefined;
  /** Global id of the Organization. */
  organizationId: string | number;
  /** The 시·도 of the head office. */
  region?: Region | null | undefined;
  /** The `version` you read; if it changed since, nothing is written and the answer is CONFLICT. */
  version: number;
  /** Who may see the profile. */
  visibility?: ProfileVisibility | null | undefined;
  /** Web site address (http or https); null clears it. */
  website?: string | null | undefined;
};

/** Changes to a project's texts; fields left out stay as they are. */
export type UpdateProjectInput = {
  /** Cap on the LARGE_ENTERPRISE members' summed stake in a consortium, a fraction 0–1; null clears it (no cap), left out keeps it. */
  maxLargeStake?: number | null | undefined;
  /** Global id of the Project. */
  projectId: string | number;
  /** Summary in English. */
  summaryEn?: string | null | undefined;
  /** Summary in Korean. */
  summaryKo?: string | null | undefined;
  /** English title. */
  titleEn?: string | null | undefined;
  /** Korean title. */
  titleKo?: string | null | undefined;
  /** The version you last read; a stale one answers CONFLICT and changes nothing. */
  version: number;
};

/** Changes to one requirement slot; fields left out stay as they are. */
export type UpdateRequirementSlotInput = {
  /** Allowed kinds; an empty list means any kind. */
  allowedKinds?: Array<OrganizationKind> | null | undefined;
  /** The slot's share of the budget, relative to the project's other slots (> 0). */
  budgetShare?: number | null | undefined;
  /** What the slot asks for, in English. */
  descriptionEn?: string | null | undefined;
  /** What the slot asks for, in Korean. */
  descriptionKo?: string | null | undefined;
  /** Domain slug. */
  domain?: string | null | undefined;
  /** Lowest capability level (1–5). */
  minLevel?: number | null | undefined;
  /** The part the member plays. */
  role?: SlotRole | null | undefined;
  /** Global id of the RequirementSlot. */
  slotId: string | number;
  /** Technology slugs; an empty list means any. */
  technologies?: Array<string> | null | undefined;
  /** The slot version you last read; a stale one answers CONFLICT and changes nothing. */
  version: number;
  /** Importance 1–5. */
  weight?: number | null | undefined;
};

/** The sender withdraws a pending partnership request. */
export type WithdrawPartnershipRequestInput = {
  /** Global id of the PartnershipRequest. */
  requestId: string | number;
  /** The request version you last read; checked when given. */
  version?: number | null | undefined;
};

export type AlternativeOrgFragment = { __typename: 'Organization', id: string, nameKo: string, nameEn: string, kind: OrganizationKind, industry: { __typename: 'Industry', slug: string, nameKo: string, nameEn: string } };

export type AssembledAlternativeFragment = { __typename: 'ConsortiumAlternative', rank: number, value: number, largeStake: number, reasons: Array<string>, optimality: { __typename: 'Optimality', proven: boolean, gap: number }, breakdown: { __typename: 'ValueBreakdown', fitTerm: number, diversityTerm: number, sizePenalty: number, interestTerm: number, tieTerm: number, distinctIndustries: number, memberCount: number, interestedMembers: number, tiedPairs: number }, coverage: Array<{ __typename: 'SlotCoverage', covered: boolean, fit: number, slot: { __typename: 'RequirementSlot', id: string, position: number, role: SlotRole, weight: number, domain: { __typename: 'Domain', slug: string, nameKo: string, nameEn: string } }, organization: { __typename: 'Organization', id: string } | null }>, members: Array<{ __typename: 'ConsortiumMember', stake: number, roles: Array<SlotRole>, organization: { __typename: 'Organization', id: string, nameKo: string, nameEn: string, kind: OrganizationKind, industry: { __typename: 'Industry', slug: string, nameKo: string, nameEn: string } } | null, slots: Array<{ __typename: 'RequirementSlot', id: string, position: number }> }> };

export type AssembleProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type AssembleProjectQuery = { __typename: 'Query', project: { __typename: 'Project', id: string, status: ProjectStatus, titleKo: string, titleEn: string, maxLargeStake: number | null, slots: Array<{ __typename: 'RequirementSlot', id: string }> } | null };

export type AssembleConsortiumQueryVariables = Exact<{
  projectId: string | number;
  options?: ConsortiumOptionsInput | null | undefined;
  lang: Language;
}>;


export type AssembleConsortiumQuery = { __typename: 'Query', assembleConsortium: { __typename: 'ConsortiumResult', candidates: number, atCapacity: number, optedOut: number, solveMs: number, infeasibleCode: InfeasibleCode | null, infeasibleReason: string | null, alternatives: Array<{ __typename: 'ConsortiumAlternative', rank: number, value: number, largeStake: number, reasons: Array<string>, optimality: { __typename: 'Optimality', proven: boolean, gap: number }, breakdown: { __typename: 'ValueBreakdown', fitTerm: number, diversityTerm: number, sizePenalty: number, interestTerm: number, tieTerm: number, distinctIndustries: number, memberCount: number, interestedMembers: number, tiedPairs: number }, coverage: Array<{ __typename: 'SlotCoverage', covered: boolean, fit: number, slot: { __typename: 'RequirementSlot', id: string, position: number, role: SlotRole, weight: number, domain: { __typename: 'Domain', slug: string, nameKo: string, nameEn: string } }, organization: { __typename: 'Organization', id: string } | null }>, members: Array<{ __typename: 'ConsortiumMember', stake: number, roles: Array<SlotRole>, organization: { __typename: 'Organization', id: string, nameKo: string, nameEn: string, kind: OrganizationKind, industry: { __typename: 'Industry', slug: string, nameKo: string, nameEn: string } } | null, slots: Array<{ __typename: 'RequirementSlot', id: string, position: number }> }> }> } };

export type ExplainExclusionQueryVariables = Exact<{
  projectId: string | number;
  organizationId: string | number;
  options?: ConsortiumOptionsInput | null | undefined;
  lang: Language;
}>;


export type ExplainExclusionQuery = { __typename: 'Query', explainExclusion: { __typename: 'ExclusionExplanation', cause: ExclusionCause | null, constraint: ExclusionConstraint | null, explanation: string, loss: number | null, optimumValue: number | null, alternative: { __typename: 'ConsortiumAlternative', value: number, members: Array<{ __typename: 'ConsortiumMember', organization: { __typename: 'Organization', id: string, nameKo: string, nameEn: string } | null }> } | null } };

export type CreateConsortiumFromAlternativeMutationVariables = Exact<{
  input: CreateConsortiumInput;
}>;


export type CreateConsortiumFromAlternativeMutation = { __typename: 'Mutation', createConsortium: { __typename: 'ConsortiumPayload', consortium: { __typename: 'Consortium', id: string } | null, userErrors: Array<{ __typename: 'ConsortiumError', field: Array<string> | null, message: string, code: ConsortiumErrorCode, alternativeCount: number | null }> } };

export type ConsortiumScreenQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsortiumScreenQuery = { __typename: 'Query', consortium: { __typename: 'Consortium', id: string, version: number, name: string, status: ConsortiumStatus, createdAt: string, confirmedAt: string | null, project: { __typename: 'Project', id: string, titleKo: string, titleEn: string, status: ProjectStatus } | null, members: Array<{ __typename: 'ConsortiumMembership', role: SlotRole, stake: number | null, invitationStatus: InvitationStatus, invitedAt: string | null, answeredAt: string | null, organization: { __typename: 'Organization', id: string, nameKo: string, nameEn: string, kind: OrganizationKind } | null, slots: Array<{ __typename: 'RequirementSlot', id: string, position: number }> }> } | null };

export type InviteConsortiumMembersMutationVariables = Exact<{
  input: ConsortiumTransitionInput;
}>;


export type InviteConsortiumMembersMutation = { __typename: 'Mutation', inviteToConsortium: { __typename: 'ConsortiumPayload', consortium: { __typename: 'Consortium', id: string, version: number, status: ConsortiumStatus } | null, userErrors: Array<{ __typename: 'ConsortiumError', field: Array<string> | null, message: string, code: ConsortiumErrorCode }> } };

export type ConsortiumEventsSubscriptionVariables = Exact<{
  lang: Language;
}>;


export type ConsortiumEventsSubscription = { myEvents: { __typename: 'Event', id: string, cursor: string, type: EventType, createdAt: string, summary: string } };

export type MyInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyInvitationsQuery = { __typename: 'Query', myInvitations: { __typename: 'ConsortiumInvitationConnection', totalCount: number, edges: Array<{ __typename: 'ConsortiumInvitationEdge', node: { __typename: 'ConsortiumMembership', invitationStatus: InvitationStatus, invitedAt: string | null, answeredAt: string | null, role: SlotRole, stake: number | null, slots: Array<{ __typename: 'RequirementSlot', id: string, position: number, domain: { __typename: 'Domain', id: string, nameKo: string, nameEn: string } }>, consortium: { __typename: 'Consortium', id: string, name: string, status: ConsortiumStatus, project: { __typename: 'Project', id: string, titleKo: string, titleEn: string } | null } | null } }> } };

export type AnswerConsortiumInvitationMutationVariables = Exact<{
  input: AnswerConsortiumInvitationInput;
}>;


export type AnswerConsortiumInvitationMutation = { __typename: 'Mutation', answerConsortiumInvitation: { __typename: 'ConsortiumPayload', consortium: { __typename: 'Consortium', id: string, status: ConsortiumStatus, version: number, members: Array<{ __typename: 'ConsortiumMembership', invitationStatus: InvitationStatus, answeredAt: string | null, organization: { __typename: 'Organization', id: string } | null }> } | null, userErrors: Array<{ __typename: 'ConsortiumError', field: Array<string> | null, message: string, code: ConsortiumErrorCode }> } };

export type MyOrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type MyOrganizationQuery = { __typename: 'Query', organization: { __typename: 'Organization', id: string, version: number, slug: string, nameKo: string, nameEn: string, descriptionKo: string, descriptionEn: string, website: string | null, employees: number, visibility: ProfileVisibility, kind: OrganizationKind, membershipStatus: MembershipStatus, industry: { __typename: 'Industry', id: string, nameKo: string, nameEn: string }, capabilities: Array<{ __typename: 'Capability', id: string, version: number, level: number, descriptionKo: string, descriptionEn: string, domain: { __typename: 'Domain', id: string, slug: string, nameKo: string, nameEn: string }, technologies: Array<{ __typename: 'Technology', id: string, slug: string, nameKo: string, nameEn: string }> }> } | null, domains: Array<{ __typename: 'Domain', id: string, slug: string, nameKo: string, nameEn: string }>, technologies: Array<{ __typename: 'Technology', id: string, slug: string, nameKo: string, nameEn: string }> };

export type CapabilityFieldsFragment = { __typename: 'Capability', id: string, version: number, level: number, descriptionKo: string, descriptionEn: string, domain: { __typename: 'Domain', id: string, slug: string, nameKo: string, nameEn: string }, technologies: Array<{ __typename: 'Technology', id: string, slug: string, nameKo: string, nameEn: string }> };

export type UpdateMyOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type UpdateMyOrganizationMutation = { __typename: 'Mutation', updateOrganization: { __typename: 'OrganizationPayload', organization: { __typename: 'Organization', id: string, version: number, nameKo: string, nameEn: string, descriptionKo: string, descriptionEn: string, website: string | null, employees: number, visibility: ProfileVisibility } | null, userErrors: Array<{ __typename: 'MembershipError', field: Array<string> | null, message: string, code: MembershipErrorCode }> } };

export type AddMyCapabilityMutationVariables = Exact<{
  input: AddCapabilityInput;
}>;


export type AddMyCapabilityMutation = { __typename: 'Mutation', addCapability: { __typename: 'CapabilityPayload', capability: { __typename: 'Capability', id: string, version: number, level: number, descriptionKo: string, descriptionEn: string, organization: { __typename: 'Organization', id: string, version: number, capabilities: Array<{ __typename: 'Capability', id: string }> } | null, domain: { __typename: 'Domain', id: string, slug: string, nameKo: string, nameEn: string }, technologies: Array<{ __typename: 'Technology', id: string, slug: string, nameKo: string, nameEn: string }> } | null, userErrors: Array<{ __typename: 'ProfileError', field: Array<string> | null, message: string, code: ProfileErrorCode }> } };

export type UpdateMyCapabilityMutationVariables = Exact<{
  input: UpdateCapabilityInput;
}>;


export type UpdateMyCapabilityMutation = { __typename: 'Mutation', updateCapability: { __typename: 'CapabilityPayload', capability: { __typename: 'Capability', id: string, version: number, level: number, descriptionKo: string, descriptionEn: string, domain: { __typename: 'Domain', id: string, slug: string, nameKo: string, nameEn: string }, technologies: Array<{ __typename: 'Technology', id: string, slug: string, nameKo: string, nameEn: string }> } | null, userErrors: Array<{ __typename: 'ProfileError', field: Array<string> | null, message: string, code: ProfileErrorCode }> } };

export type RemoveMyCapabilityMutationVariables = Exact<{
  input: RemoveCapabilityInput;
}>;


export type RemoveMyCapabilityMutation = { __typename: 'Mutation', removeCapability: { __typename: 'RemoveCapabilityPayload', removedCapabilityId: string | null, organization: { __typename: 'Organization', id: string, version: number, capabilities: Array<{ __typename: 'Capability', id: string }> } | null, userErrors: Array<{ __typename: 'ProfileError', field: Array<string> | null, message: string, code: ProfileErrorCode }> } };

export type MyEventsQueryVariables = Exact<{
  lang: Language;
}>;


export type MyEventsQuery = { __typename: 'Query', myEvents: { __typename: 'EventConnection', totalCount: number, unreadCount: number, edges: Array<{ __typename: 'EventEdge', cursor: string, node: { __typename: 'Event', id: string, type: EventType, read: boolean, createdAt: string, cursor: string, summary: string } }> } };

export type EventFieldsFragment = { __typename: 'Event', id: string, type: EventType, read: boolean, createdAt: string, cursor: string, summary: string };

export type LiveEventsSubscriptionVariables = Exact<{
  after?: string | null | undefined;
  lang: Language;
}>;


export type LiveEventsSubscription = { myEvents: { __typename: 'Event', id: string, type: EventType, read: boolean, createdAt: string, cursor: string, summary: string } };

export type MarkEventsReadMutationVariables = Exact<{
  input: MarkEventsReadInput;
}>;


export type MarkEventsReadMutation = { __typename: 'Mutation', markEventsRead: { __typename: 'MarkEventsReadPayload', unreadCount: number | null, userErrors: Array<{ __typename: 'EventError', field: Array<string> | null, message: string, code: EventErrorCode }> } };

export type OpenProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenProjectsQuery = { __typename: 'Query', pilotCities: Array<{ __typename: 'PilotCity', id: string, slug: string, nameKo: string, nameEn: string }>, projects: { __typename: 'ProjectConnection', totalCount: number, edges: Array<{ __typename: 'ProjectEdge', node: { __typename: 'Project', id: string, titleKo: string, titleEn: string, summaryKo: string, summaryEn: string, status: ProjectStatus, city: { __typename: 'PilotCity', slug: string }, slots: Array<{ __typename: 'RequirementSlot', id: string, domain: { __typename: 'Domain', slug: string, nameKo: string, nameEn: string } }> } }> } };

export type PartnerTargetsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerTargetsQuery = { __typename: 'Query', projects: { __typename: 'ProjectConnection', edges: Array<{ __typename: 'ProjectEdge', node: { __typename: 'Project', id: string, titleKo: string, titleEn: string } }> } };

export type PartnerMatchesQueryVariables = Exact<{
  organizationId: string | number;
  projectId: string | number;
  lang: Language;
}>;


export type PartnerMatchesQuery = { __typename: 'Query', partnerMatches: { __typename: 'PartnerMatchResult', slots: Array<{ __typename: 'TargetSlot', position: number, weight: number, role: SlotRole | null, domain: { __typename: 'Domain', id: string, nameKo: string, nameEn: string } }>, matches: Array<{ __typename: 'PartnerMatch', rank: number, score: number, crossIndustry: boolean, reasons: Array<string>, organization: { __typename: 'Organization', id: string, nameKo: string, nameEn: string, kind: OrganizationKind, industry: { __typename: 'Industry', id: string, nameKo: string, nameEn: string } } | null, breakdown: Array<{ __typename: 'SlotGain', gain: number, seekerFit: number, weightedGain: number, slot: { __typename: 'TargetSlot', position: number } }> }> } };

export type SendPartnershipRequestMutationVariables = Exact<{
  input: SendPartnershipRequestInput;
}>;


export type SendPartnershipRequestMutation = { __typename: 'Mutation', sendPartnershipRequest: { __typename: 'PartnershipRequestPayload', request: { __typename: 'PartnershipRequest', id: string, status: PartnershipRequestStatus, version: number } | null, userErrors: Array<{ __typename: 'PartnershipError', field: Array<string> | null, message: string, code: PartnershipErrorCode }> } };

export type MyPartnershipRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPartnershipRequestsQuery = { __typename: 'Query', myPartnershipRequests: { __typename: 'PartnershipRequestConnection', totalCount: number, edges: Array<{ __typename: 'PartnershipRequestEdge', node: { __typename: 'PartnershipRequest', id: string, version: number, status: PartnershipRequestStatus, message: string, createdAt: string, answeredAt: string | null, from: { __typename: 'Organization', id: string, nameKo: string, nameEn: string } | null, to: { __typename: 'Organization', id: string, nameKo: string, nameEn: string } | null, project: { __typename: 'Project', id: string, titleKo: string, titleEn: string } | null } }> } };

export type PartnershipRequestFieldsFragment = { __typename: 'PartnershipRequest', id: string, version: number, status: PartnershipRequestStatus, message: string, createdAt: string, answeredAt: string | null, from: { __typename: 'Organization', id: string, nameKo: string, nameEn: string } | null, to: { __typename: 'Organization', id: string, nameKo: string, nameEn: string } | null, project: { __typename: 'Project', id: string, titleKo: string, titleEn: string } | null };

export type AnswerPartnershipRequestMutationVariables = Exact<{
  input: AnswerPartnershipRequestInput;
}>;


export type AnswerPartnershipRequestMutation = { __typename: 'Mutation', answerPartnershipRequest: { __typename: 'PartnershipRequestPayload', request: { __typename: 'PartnershipRequest', id: string, version: number, status: PartnershipRequestStatus, message: string, createdAt: string, answeredAt: string | null, from: { __typename: 'Organization', id: string, nameKo: string, nameEn: string } | null, to: { __typename: 'Organization', id: string, nameKo: string, nameEn: string } | null, project: { __typename: 'Project', id: string, titleKo: string, titleEn: string } | null } | null, userErrors: Array<{ __typename: 'PartnershipError', field: Array<string> | null, message: string, code: PartnershipErrorCode }> } };

export type WithdrawPartnershipRequestMutationVariables = Exact<{
  input: WithdrawPartnershipRequestInput;
}>;


export type WithdrawPartnershipRequestMutation = { __typename: 'Mutation', withdrawPartnershipRequest: { __typename: 'PartnershipRequestPayload', request: { __typename: 'PartnershipRequest', id: string, version: number, status: PartnershipRequestStatus, message: string, createdAt: string, answeredAt: string | null, from: { __typename: 'Organization', id: string, nameKo: string, nameEn: string } | null, to: { __typename: 'Organization', id: string, nameKo: string, nameEn: string } | null, project: { __typename: 'Project', id: string, titleKo: string, titleEn: string } | null } | null, userErrors: Array<{ __typename: 'PartnershipError', field: Array<string> | null, message: string, code: PartnershipErrorCode }> } };

export type ProjectMatchesQueryVariables = Exact<{
  organizationId: string | number;
  lang: Language;
}>;


export type ProjectMatchesQuery = { __typename: 'Query', projectMatches: { __typename: 'ProjectMatchResult', matches: Array<{ __typename: 'ProjectMatch', rank: number, score: number, reasons: Array<string>, project: { __typename: 'Project', id: string, titleKo: string, titleEn: string, city: { __typename: 'PilotCity', id: string, nameKo: string, nameEn: string }, slots: Array<{ __typename: 'RequirementSlot', id: string }> }, breakdown: Array<{ __typename: 'ProjectSlotFit', weightedFit: number, fit: { __typename: 'FitBreakdown', fit: number }, slot: { __typename: 'RequirementSlot', id: string, position: number, role: SlotRole, weight: number, domain: { __typename: 'Domain', id: string, nameKo: string, nameEn: string } } }> }> } };

export type ProjectSlotFragment = { __typename: 'RequirementSlot', id: string, version: number, position: number, role: SlotRole, weight: number, minLevel: number, budgetShare: number, descriptionKo: string, descriptionEn: string, allowedKinds: Array<OrganizationKind> | null, domain: { __typename: 'Domain', slug: string, nameKo: string, nameEn: string }, technologies: Array<{ __typename: 'Technology', slug: string, nameKo: string, nameEn: string }> };

export type ProjectDetailFragment = { __typename: 'Project', id: string, version: number, slug: string, status: ProjectStatus, titleKo: string, titleEn: string, summaryKo: string, summaryEn: string, maxLargeStake: number | null, city: { __typename: 'PilotCity', slug: string, nameKo: string, nameEn: string }, owner: { __typename: 'Account', id: string, email: string } | null, slots: Array<{ __typename: 'RequirementSlot', id: string, version: number, position: number, role: SlotRole, weight: number, minLevel: number, budgetShare: number, descriptionKo: string, descriptionEn: string, allowedKinds: Array<OrganizationKind> | null, domain: { __typename: 'Domain', slug: string, nameKo: string, nameEn: string }, technologies: Array<{ __typename: 'Technology', slug: string, nameKo: string, nameEn: string }> }> };

export type ProjectScreenQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectScreenQuery = { __typename: 'Query', project: { __typename: 'Project', id: string, version: number, slug: string, status: ProjectStatus, titleKo: string, titleEn: string, summaryKo: string, summaryEn: string, maxLargeStake: number | null, city: { __typename: 'PilotCity', slug: string, nameKo: string, nameEn: string }, owner: { __typename: 'Account', id: string, email: string } | null, slots: Array<{ __typename: 'RequirementSlot', id: string, version: number, position: number, role: SlotRole, weight: number, minLevel: number, budgetShare: number, descriptionKo: string, descriptionEn: string, allowedKinds: Array<OrganizationKind> | null, domain: { __typename: 'Domain', slug: string, nameKo: string, nameEn: string }, technologies: Array<{ __typename: 'Technology', slug: string, nameKo: string, nameEn: string }> }> } | null, consortia: { __typename: 'ConsortiumConnection', edges: Array<{ __typename: 'ConsortiumEdge', node: { __typename: 'Consortium', id: string, name: string, status: ConsortiumStatus, createdAt: string } }> } };

export type ProjectFormChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProjectFormChoicesQuery = { __typename: 'Query', pilotCities: Array<{ __typename: 'PilotCity', slug: string, nameKo: string, nameEn: string }>, domains: Array<{ __typename: 'Domain', slug: string, nameKo: string, nameEn: string }> };

export type CreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type CreateProjectMutation = { __typename: 'Mutation', createProject: { __typename: 'ProjectPayload', project: { __typename: 'Project', id: string, version: number, slug: string, status: ProjectStatus, titleKo: string, titleEn: string, summaryKo: string, summaryEn: string, maxLargeStake: number | null, city: { __typename: 'PilotCity', slug: string, nameKo: string, nameEn: string }, owner: { __typename: 'Account', id: string, email: string } | null, slots: Array<{ __typename: 'RequirementSlot', id: string, version: number, position: number, role: SlotRole, weight: number, minLevel: number, budgetShare: number, descriptionKo: string, descriptionEn: string, allowedKinds: Array<OrganizationKind> | null, domain: { __typename: 'Domain', slug: string, nameKo: string, nameEn: string }, technologies: Array<{ __typename: 'Technology', slug: string, nameKo: string, nameEn: string }> }> } | null, userErrors: Array<{ __typename: 'ProjectError', field: Array<string> | null, message: string, code: ProjectErrorCode }> } };

export type UpdateProjectMutationVariables = Exact<{
  input: UpdateProjectInput;
}>;


export type UpdateProjectMutation = { __typename: 'Mutation', updateProject: { __typename: 'ProjectPayload', project: { __typename: 'Project', id: string, version: number, slug: string, status: ProjectStatus, titleKo: string, titleEn: string, summaryKo: string, summaryEn: string, maxLargeStake: number | null, city: { __typename: 'PilotCity', slug: string, nameKo: string, nameEn: string }, owner: { __typename: 'Account', id: string, email: string } | null, slots: Array<{ __typename: 'RequirementSlot', id: string, version: number, position: number, role: SlotRole, weight: number, minLevel: number, budgetShare: number, descriptionKo: string, descriptionEn: string, allowedKinds: Array<OrganizationKind> | null, domain: { __typename: 'Domain', slug: string, nameKo: string, nameEn: string }, technologies: Array<{ __typename: 'Technology', slug: string, nameKo: string, nameEn: string }> }> } | null, userErrors: Array<{ __typename: 'ProjectError', field: Array<string> | null, message: string, code: ProjectErrorCode }> } };

export type OpenProjectMutationVariables = Exact<{
  input: ProjectTransitionInput;
}>;


export type OpenProjectMutation = { __typename: 'Mutation', openProject: { __typename: 'ProjectPayload', project: { __typename: 'Project', id: string, version: number, slug: string, status: ProjectStatus, titleKo: string, titleEn: string, summaryKo: string, summaryEn: string, maxLargeStake: number | null, city: { __typename: 'PilotCity', slug: string, nameKo: string, nameEn: string }, owner: { __typename: 'Account', id: string, email: string } | null, slots: Array<{ __typename: 'RequirementSlot', id: string, version: number, position: number, role: SlotRole, weight: number, minLevel: number, budgetShare: number, descriptionKo: string, descriptionEn: string, allowedKinds: Array<OrganizationKind> | null, domain: { __typename: 'Domain', slug: string, nameKo: string, nameEn: string }, technologies: Array<{ __typename: 'Technology', slug: string, nameKo: string, nameEn: string }> }> } | null, userErrors: Array<{ __typename: 'ProjectError', field: Array<string> | null, message: string, code: ProjectErrorCode }> } };

export type AddSlotMutationVariables = Exact<{
  input: AddRequirementSlotInput;
}>;


export type AddSlotMutation = { __typename: 'Mutation', addRequirementSlot: { __typename: 'RequirementSlotPayload', slot: { __typename: 'RequirementSlot', id: string, version: number, position: number, role: SlotRole, weight: number, minLevel: number, budgetShare: number, descriptionKo: string, descriptionEn: string, allowedKinds: Array<OrganizationKind> | null, domain: { __typename: 'Domain', slug: string, nameKo: string, nameEn: string }, technologies: Array<{ __typename: 'Technology', slug: string, nameKo: string, nameEn: string }> } | null, userErrors: Array<{ __typename: 'ProjectError', field: Array<string> | null, message: string, code: ProjectErrorCode }> } };

export type UpdateSlotMutationVariables = Exact<{
  input: UpdateRequirementSlotInput;
}>;


export type UpdateSlotMutation = { __typename: 'Mutation', updateRequirementSlot: { __typename: 'RequirementSlotPayload', slot: { __typename: 'RequirementSlot', id: string, version: number, position: number, role: SlotRole, weight: number, minLevel: number, budgetShare: number, descriptionKo: string, descriptionEn: string, allowedKinds: Array<OrganizationKind> | null, domain: { __typename: 'Domain', slug: string, nameKo: string, nameEn: string }, technologies: Array<{ __typename: 'Technology', slug: string, nameKo: string, nameEn: string }> } | null, userErrors: Array<{ __typename: 'ProjectError', field: Array<string> | null, message: string, code: ProjectErrorCode }> } };

export type RemoveSlotMutationVariables = Exact<{
  input: RemoveRequirementSlotInput;
}>;


export type RemoveSlotMutation = { __typename: 'Mutation', removeRequirementSlot: { __typename: 'RemoveRequirementSlotPayload', userErrors: Array<{ __typename: 'ProjectError', field: Array<string> | null, message: string, code: ProjectErrorCode }> } };

export type ProjectPlannersQueryVariables = Exact<{ [key: string]: never; }>;


export type ProjectPlannersQuery = { __typename: 'Query', accounts: { __typename: 'AccountConnection', edges: Array<{ __typename: 'AccountEdge', node: { __typename: 'Account', id: string, email: string } }> } };

export type TransferProjectMutationVariables = Exact<{
  input: TransferProjectInput;
}>;


export type TransferProjectMutation = { __typename: 'Mutation', transferProject: { __typename: 'ProjectPayload', project: { __typename: 'Project', id: string, version: number, slug: string, status: ProjectStatus, titleKo: string, titleEn: string, summaryKo: string, summaryEn: string, maxLargeStake: number | null, city: { __typename: 'PilotCity', slug: string, nameKo: string, nameEn: string }, owner: { __typename: 'Account', id: string, email: string } | null, slots: Array<{ __typename: 'RequirementSlot', id: string, version: number, position: number, role: SlotRole, weight: number, minLevel: number, budgetShare: number, descriptionKo: string, descriptionEn: string, allowedKinds: Array<OrganizationKind> | null, domain: { __typename: 'Domain', slug: string, nameKo: string, nameEn: string }, technologies: Array<{ __typename: 'Technology', slug: string, nameKo: string, nameEn: string }> }> } | null, userErrors: Array<{ __typename: 'ProjectError', field: Array<string> | null, message: string, code: ProjectErrorCode }> } };

export type PlannerProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlannerProjectsQuery = { __typename: 'Query', projects: { __typename: 'ProjectConnection', totalCount: number, edges: Array<{ __typename: 'ProjectEdge', node: { __typename: 'Project', id: string, slug: string, titleKo: string, titleEn: string, status: ProjectStatus, updatedAt: string, city: { __typename: 'PilotCity', slug: string, nameKo: string, nameEn: string }, slots: Array<{ __typename: 'RequirementSlot', id: string }> } }> } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { __typename: 'Mutation', signIn: { __typename: 'SignInPayload', token: string | null, expiresAt: string | null, retryAfterSeconds: number | null, account: { __typename: 'Account', id: string, email: string, role: AccountRole, organization: { __typename: 'Organization', id: string, nameKo: string, nameEn: string } | null } | null, userErrors: Array<{ __typename: 'AccountError', field: Array<string> | null, message: string, code: AccountErrorCode }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename: 'Mutation', signOut: { __typename: 'SignOutPayload', userErrors: Array<{ __typename: 'AccountError', code: AccountErrorCode }> } };

export const AlternativeOrgFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlternativeOrg"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<AlternativeOrgFragment, unknown>;
export const AssembledAlternativeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssembledAlternative"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsortiumAlternative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"optimality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"proven"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"largeStake"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fitTerm"}},{"kind":"Field","name":{"kind":"Name","value":"diversityTerm"}},{"kind":"Field","name":{"kind":"Name","value":"sizePenalty"}},{"kind":"Field","name":{"kind":"Name","value":"interestTerm"}},{"kind":"Field","name":{"kind":"Name","value":"tieTerm"}},{"kind":"Field","name":{"kind":"Name","value":"distinctIndustries"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"interestedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"tiedPairs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"stake"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlternativeOrg"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlternativeOrg"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<AssembledAlternativeFragment, unknown>;
export const CapabilityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionKo"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technologies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<CapabilityFieldsFragment, unknown>;
export const EventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<EventFieldsFragment, unknown>;
export const PartnershipRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnershipRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]} as unknown as DocumentNode<PartnershipRequestFieldsFragment, unknown>;
export const ProjectSlotFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectSlot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RequirementSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"minLevel"}},{"kind":"Field","name":{"kind":"Name","value":"budgetShare"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionKo"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"allowedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technologies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ProjectSlotFragment, unknown>;
export const ProjectDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"summaryKo"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"maxLargeStake"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectSlot"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectSlot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RequirementSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"minLevel"}},{"kind":"Field","name":{"kind":"Name","value":"budgetShare"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionKo"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"allowedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technologies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ProjectDetailFragment, unknown>;
export const AssembleProjectDocument = {"__meta__":{"hash":"fae73ac577abbfa6ac012d2eea1ffef2fbe16f5a613316d3dc2501706d8ecce4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssembleProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"maxLargeStake"}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AssembleProjectQuery, AssembleProjectQueryVariables>;
export const AssembleConsortiumDocument = {"__meta__":{"hash":"b5ec57b621f121a607c5156e0d19e4ed8b6013681cd292c47669169ee6a8fa87"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssembleConsortium"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsortiumOptionsInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"assembleConsortium"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"}},{"kind":"Field","name":{"kind":"Name","value":"atCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"optedOut"}},{"kind":"Field","name":{"kind":"Name","value":"solveMs"}},{"kind":"Field","name":{"kind":"Name","value":"infeasibleCode"}},{"kind":"Field","name":{"kind":"Name","value":"infeasibleReason"}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssembledAlternative"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlternativeOrg"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssembledAlternative"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsortiumAlternative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"optimality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"proven"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"largeStake"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fitTerm"}},{"kind":"Field","name":{"kind":"Name","value":"diversityTerm"}},{"kind":"Field","name":{"kind":"Name","value":"sizePenalty"}},{"kind":"Field","name":{"kind":"Name","value":"interestTerm"}},{"kind":"Field","name":{"kind":"Name","value":"tieTerm"}},{"kind":"Field","name":{"kind":"Name","value":"distinctIndustries"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"interestedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"tiedPairs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"stake"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlternativeOrg"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]} as unknown as DocumentNode<AssembleConsortiumQuery, AssembleConsortiumQueryVariables>;
export const ExplainExclusionDocument = {"__meta__":{"hash":"12990873f28d31976c7849c970ae17e359b2ff7f9ce26055972f4006663f9570"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplainExclusion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsortiumOptionsInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"explainExclusion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"loss"}},{"kind":"Field","name":{"kind":"Name","value":"optimumValue"}},{"kind":"Field","name":{"kind":"Name","value":"alternative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplainExclusionQuery, ExplainExclusionQueryVariables>;
export const CreateConsortiumFromAlternativeDocument = {"__meta__":{"hash":"7827bffc9e8a44eca2cfbfe019a9632c28fbb6a11bfb1bda59894a9f9d006c03"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateConsortiumFromAlternative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateConsortiumInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createConsortium"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"consortium"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alternativeCount"}}]}}]}}]}}]} as unknown as DocumentNode<CreateConsortiumFromAlternativeMutation, CreateConsortiumFromAlternativeMutationVariables>;
export const ConsortiumScreenDocument = {"__meta__":{"hash":"72f43e212feaa5c6f9ecdccabcc0fce9a2b919e9067534dc06e26240560a5f1d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsortiumScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"consortium"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"stake"}},{"kind":"Field","name":{"kind":"Name","value":"invitationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsortiumScreenQuery, ConsortiumScreenQueryVariables>;
export const InviteConsortiumMembersDocument = {"__meta__":{"hash":"3414f81701f7fd045272f0cd8390aa8f02c1c0c8f3e017a9e22eb8251d314ef5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteConsortiumMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsortiumTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"inviteToConsortium"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"consortium"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<InviteConsortiumMembersMutation, InviteConsortiumMembersMutationVariables>;
export const ConsortiumEventsDocument = {"__meta__":{"hash":"01f46a0533418c278559bbd34f66bc64b3fb8f4aaf52314d82e7931c2c944f29"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConsortiumEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]}}]} as unknown as DocumentNode<ConsortiumEventsSubscription, ConsortiumEventsSubscriptionVariables>;
export const MyInvitationsDocument = {"__meta__":{"hash":"0639daff0ee5f0f240f30e993eb0481924833a21bfaf443ae07963eab789f538"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myInvitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"invitationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"stake"}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consortium"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyInvitationsQuery, MyInvitationsQueryVariables>;
export const AnswerConsortiumInvitationDocument = {"__meta__":{"hash":"35b141b33b7ea074924e0548cdc3f31a117d5da856c092723062f8da6a607865"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerConsortiumInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerConsortiumInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"answerConsortiumInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"consortium"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"invitationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AnswerConsortiumInvitationMutation, AnswerConsortiumInvitationMutationVariables>;
export const MyOrganizationDocument = {"__meta__":{"hash":"e9035d5996089d3137a88124500683a3969cadb896cfd7282c6893ae671d367f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionKo"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapabilityFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technologies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionKo"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technologies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<MyOrganizationQuery, MyOrganizationQueryVariables>;
export const UpdateMyOrganizationDocument = {"__meta__":{"hash":"ecddb817c5a295607fc09231b5ce2e59e246cd17ff4e1a8f4e444cd6ea2e6ddf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionKo"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMyOrganizationMutation, UpdateMyOrganizationMutationVariables>;
export const AddMyCapabilityDocument = {"__meta__":{"hash":"b4ba31450e5d3e8ce309d2840ecd0571a7f7e6aa2b404c7095c008eece0572d7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMyCapability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCapabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addCapability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"capability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapabilityFields"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionKo"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technologies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<AddMyCapabilityMutation, AddMyCapabilityMutationVariables>;
export const UpdateMyCapabilityDocument = {"__meta__":{"hash":"25d5e6c1d97ee68934466439ca3c14d30a18c6ae2940027f51481b7ccbf61c6a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyCapability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCapabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateCapability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"capability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapabilityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionKo"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technologies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<UpdateMyCapabilityMutation, UpdateMyCapabilityMutationVariables>;
export const RemoveMyCapabilityDocument = {"__meta__":{"hash":"30fd171444d3c05e5029008911704a21e64cd737def334a29894969600d4429b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMyCapability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveCapabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removeCapability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removedCapabilityId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveMyCapabilityMutation, RemoveMyCapabilityMutationVariables>;
export const MyEventsDocument = {"__meta__":{"hash":"c38ca73f5ccc4d0d6e218c39a2dc170af97b482bcc2ebad0ff9ce2ee3f64d37b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<MyEventsQuery, MyEventsQueryVariables>;
export const LiveEventsDocument = {"__meta__":{"hash":"8de1bee85490aad8fc05669e9cfd8cfb1788b99154b224cbc9c04fdec31058b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<LiveEventsSubscription, LiveEventsSubscriptionVariables>;
export const MarkEventsReadDocument = {"__meta__":{"hash":"735a73e7d006ed0ff9f95a2b0bccda938c9dc407b6b9af1c2f28480a3bbaff45"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkEventsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkEventsReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"markEventsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MarkEventsReadMutation, MarkEventsReadMutationVariables>;
export const OpenProjectsDocument = {"__meta__":{"hash":"7adee18d290817aad8bdd89f0cc12e0de96d5079bd94b617f2d603c714ad849e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pilotCities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"summaryKo"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenProjectsQuery, OpenProjectsQueryVariables>;
export const PartnerTargetsDocument = {"__meta__":{"hash":"7349a075572c6fabe151551c424db86247d551f781acec32d5b39f1e70b61ad4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerTargetsQuery, PartnerTargetsQueryVariables>;
export const PartnerMatchesDocument = {"__meta__":{"hash":"bb113c30cd5beca1eacf3a0e18f5ef0037880572d95c9bf6fc7fa76463de3c1d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"partnerMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"crossIndustry"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"gain"}},{"kind":"Field","name":{"kind":"Name","value":"seekerFit"}},{"kind":"Field","name":{"kind":"Name","value":"weightedGain"}},{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerMatchesQuery, PartnerMatchesQueryVariables>;
export const SendPartnershipRequestDocument = {"__meta__":{"hash":"fa66a69d769a526791dec6272c44cc4cf6a07c467c796cd0d485a7d4570ce0c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendPartnershipRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendPartnershipRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sendPartnershipRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SendPartnershipRequestMutation, SendPartnershipRequestMutationVariables>;
export const MyPartnershipRequestsDocument = {"__meta__":{"hash":"817582a72bb72469a9f6dd40c28ae859bf310a2c911bcd09be1db04a60dd6ff3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPartnershipRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myPartnershipRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnershipRequestFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnershipRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]} as unknown as DocumentNode<MyPartnershipRequestsQuery, MyPartnershipRequestsQueryVariables>;
export const AnswerPartnershipRequestDocument = {"__meta__":{"hash":"c6bc1e24629aae23d84d79ca700658097184a1cbddfc149123360633a9811660"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerPartnershipRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerPartnershipRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"answerPartnershipRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnershipRequestFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnershipRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]} as unknown as DocumentNode<AnswerPartnershipRequestMutation, AnswerPartnershipRequestMutationVariables>;
export const WithdrawPartnershipRequestDocument = {"__meta__":{"hash":"6fcd3fcae5ebe80dd6aa6509c42e2585c527cb3222ae4cfbecc896f9b73b86ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawPartnershipRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawPartnershipRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawPartnershipRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnershipRequestFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnershipRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]} as unknown as DocumentNode<WithdrawPartnershipRequestMutation, WithdrawPartnershipRequestMutationVariables>;
export const ProjectMatchesDocument = {"__meta__":{"hash":"7970b8610d5da9291f99e6262f8e7d52ce5f177e8f72a0fe3e39678510103c46"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"projectMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"weightedFit"}},{"kind":"Field","name":{"kind":"Name","value":"fit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectMatchesQuery, ProjectMatchesQueryVariables>;
export const ProjectScreenDocument = {"__meta__":{"hash":"92914caefa2f11155258bc69dd1487ba82fac1e1a6caf29de4430c314ef3755e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consortia"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectSlot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RequirementSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"minLevel"}},{"kind":"Field","name":{"kind":"Name","value":"budgetShare"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionKo"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"allowedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technologies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"summaryKo"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"maxLargeStake"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectSlot"}}]}}]}}]} as unknown as DocumentNode<ProjectScreenQuery, ProjectScreenQueryVariables>;
export const ProjectFormChoicesDocument = {"__meta__":{"hash":"150730ef511192eea381988ba5d4294a929a3c67285ca92febca3c376c5e492f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectFormChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pilotCities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ProjectFormChoicesQuery, ProjectFormChoicesQueryVariables>;
export const CreateProjectDocument = {"__meta__":{"hash":"2ce102734e25bd4e02111d37dbf511d32f95136db9aa0792276c7c3653248e41"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectSlot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RequirementSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"minLevel"}},{"kind":"Field","name":{"kind":"Name","value":"budgetShare"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionKo"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"allowedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technologies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"summaryKo"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"maxLargeStake"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectSlot"}}]}}]}}]} as unknown as DocumentNode<CreateProjectMutation, CreateProjectMutationVariables>;
export const UpdateProjectDocument = {"__meta__":{"hash":"0c9bd77822044d84ad2d58f4f8b766bf17631ac7da17db6f575721d0824255a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectSlot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RequirementSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"minLevel"}},{"kind":"Field","name":{"kind":"Name","value":"budgetShare"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionKo"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"allowedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technologies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"summaryKo"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"maxLargeStake"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectSlot"}}]}}]}}]} as unknown as DocumentNode<UpdateProjectMutation, UpdateProjectMutationVariables>;
export const OpenProjectDocument = {"__meta__":{"hash":"92e08453ca4375717e0c69363da4000a96224cdde5c66b2705ab29b408a39c50"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"openProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectSlot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RequirementSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"minLevel"}},{"kind":"Field","name":{"kind":"Name","value":"budgetShare"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionKo"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"allowedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technologies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"summaryKo"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"maxLargeStake"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectSlot"}}]}}]}}]} as unknown as DocumentNode<OpenProjectMutation, OpenProjectMutationVariables>;
export const AddSlotDocument = {"__meta__":{"hash":"9b0434db3364ed1b92c6cd1ad3e2dd5a0f7ff2c3bd79d32682baff6773e02af8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddSlot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRequirementSlotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addRequirementSlot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectSlot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectSlot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RequirementSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"minLevel"}},{"kind":"Field","name":{"kind":"Name","value":"budgetShare"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionKo"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"allowedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technologies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<AddSlotMutation, AddSlotMutationVariables>;
export const UpdateSlotDocument = {"__meta__":{"hash":"5a95ca187ad666083cedd6c83752fc7964b4474cd73040b7f0c9d4b75735e3d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSlot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRequirementSlotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateRequirementSlot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectSlot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectSlot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RequirementSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"minLevel"}},{"kind":"Field","name":{"kind":"Name","value":"budgetShare"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionKo"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"allowedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technologies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<UpdateSlotMutation, UpdateSlotMutationVariables>;
export const RemoveSlotDocument = {"__meta__":{"hash":"feecaed4a87d9f39aec2561ab8968362038482c9c96e41a6b10e1b49d5bd3cdc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveSlot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveRequirementSlotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removeRequirementSlot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveSlotMutation, RemoveSlotMutationVariables>;
export const ProjectPlannersDocument = {"__meta__":{"hash":"e0c9ecb82652476c85163203783e053b94d8862f8431c471f11864a702328cf4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectPlanners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PLANNER"}]}},{"kind":"Argument","name":{"kind":"Name","value":"disabled"},"value":{"kind":"BooleanValue","value":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectPlannersQuery, ProjectPlannersQueryVariables>;
export const TransferProjectDocument = {"__meta__":{"hash":"bb406687a73173cf6a7b29c637ddca12f4b36fdbabb79b24204aba1868ad8075"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"transferProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectSlot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RequirementSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"minLevel"}},{"kind":"Field","name":{"kind":"Name","value":"budgetShare"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionKo"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"allowedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technologies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"summaryKo"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"maxLargeStake"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectSlot"}}]}}]}}]} as unknown as DocumentNode<TransferProjectMutation, TransferProjectMutationVariables>;
export const PlannerProjectsDocument = {"__meta__":{"hash":"5a4df12c0c7383bef46bf217b3a2f411e44e4c9cbb8798f7a654e03e8828d98a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlannerProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DRAFT"},{"kind":"EnumValue","value":"OPEN"},{"kind":"EnumValue","value":"FORMING"},{"kind":"EnumValue","value":"AWARDED"},{"kind":"EnumValue","value":"CLOSED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlannerProjectsQuery, PlannerProjectsQueryVariables>;
export const SignInDocument = {"__meta__":{"hash":"699ea3389a7b36b9e7faa7f9961d09a736932911319659feaf7b5806c6dbff3a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"__meta__":{"hash":"3584af9b85703152d1c7aacde4c88f67d26a2c67f3d854249bf90fa47c051f0c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"signOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;