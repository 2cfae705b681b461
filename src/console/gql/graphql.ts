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

/** The sender withdraws a pending partnership request. */
export type WithdrawPartnershipRequestInput = {
  /** Global id of the PartnershipRequest. */
  requestId: string | number;
  /** The request version you last read; checked when given. */
  version?: number | null | undefined;
};

export type MyInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyInvitationsQuery = { myInvitations: { totalCount: number, edges: Array<{ node: { invitationStatus: InvitationStatus, invitedAt: string | null, answeredAt: string | null, role: SlotRole, stake: number | null, slots: Array<{ id: string, position: number, domain: { id: string, nameKo: string, nameEn: string } }>, consortium: { id: string, name: string, status: ConsortiumStatus, project: { id: string, titleKo: string, titleEn: string } | null } | null } }> } };

export type AnswerConsortiumInvitationMutationVariables = Exact<{
  input: AnswerConsortiumInvitationInput;
}>;


export type AnswerConsortiumInvitationMutation = { answerConsortiumInvitation: { consortium: { id: string, status: ConsortiumStatus, version: number, members: Array<{ invitationStatus: InvitationStatus, answeredAt: string | null, organization: { id: string } | null }> } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: ConsortiumErrorCode }> } };

export type MyOrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type MyOrganizationQuery = { organization: { id: string, version: number, slug: string, nameKo: string, nameEn: string, descriptionKo: string, descriptionEn: string, website: string | null, employees: number, visibility: ProfileVisibility, kind: OrganizationKind, membershipStatus: MembershipStatus, industry: { id: string, nameKo: string, nameEn: string }, capabilities: Array<{ id: string, version: number, level: number, descriptionKo: string, descriptionEn: string, domain: { id: string, slug: string, nameKo: string, nameEn: string }, technologies: Array<{ id: string, slug: string, nameKo: string, nameEn: string }> }> } | null, domains: Array<{ id: string, slug: string, nameKo: string, nameEn: string }>, technologies: Array<{ id: string, slug: string, nameKo: string, nameEn: string }> };

export type CapabilityFieldsFragment = { id: string, version: number, level: number, descriptionKo: string, descriptionEn: string, domain: { id: string, slug: string, nameKo: string, nameEn: string }, technologies: Array<{ id: string, slug: string, nameKo: string, nameEn: string }> };

export type UpdateMyOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type UpdateMyOrganizationMutation = { updateOrganization: { organization: { id: string, version: number, nameKo: string, nameEn: string, descriptionKo: string, descriptionEn: string, website: string | null, employees: number, visibility: ProfileVisibility } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: MembershipErrorCode }> } };

export type AddMyCapabilityMutationVariables = Exact<{
  input: AddCapabilityInput;
}>;


export type AddMyCapabilityMutation = { addCapability: { capability: { id: string, version: number, level: number, descriptionKo: string, descriptionEn: string, organization: { id: string, version: number, capabilities: Array<{ id: string }> } | null, domain: { id: string, slug: string, nameKo: string, nameEn: string }, technologies: Array<{ id: string, slug: string, nameKo: string, nameEn: string }> } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: ProfileErrorCode }> } };

export type UpdateMyCapabilityMutationVariables = Exact<{
  input: UpdateCapabilityInput;
}>;


export type UpdateMyCapabilityMutation = { updateCapability: { capability: { id: string, version: number, level: number, descriptionKo: string, descriptionEn: string, domain: { id: string, slug: string, nameKo: string, nameEn: string }, technologies: Array<{ id: string, slug: string, nameKo: string, nameEn: string }> } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: ProfileErrorCode }> } };

export type RemoveMyCapabilityMutationVariables = Exact<{
  input: RemoveCapabilityInput;
}>;


export type RemoveMyCapabilityMutation = { removeCapability: { removedCapabilityId: string | null, organization: { id: string, version: number, capabilities: Array<{ id: string }> } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: ProfileErrorCode }> } };

export type MyEventsQueryVariables = Exact<{
  lang: Language;
}>;


export type MyEventsQuery = { myEvents: { totalCount: number, unreadCount: number, edges: Array<{ cursor: string, node: { id: string, type: EventType, read: boolean, createdAt: string, cursor: string, summary: string } }> } };

export type EventFieldsFragment = { id: string, type: EventType, read: boolean, createdAt: string, cursor: string, summary: string };

export type LiveEventsSubscriptionVariables = Exact<{
  after?: string | null | undefined;
  lang: Language;
}>;


export type LiveEventsSubscription = { myEvents: { id: string, type: EventType, read: boolean, createdAt: string, cursor: string, summary: string } };

export type MarkEventsReadMutationVariables = Exact<{
  input: MarkEventsReadInput;
}>;


export type MarkEventsReadMutation = { markEventsRead: { unreadCount: number | null, userErrors: Array<{ field: Array<string> | null, message: string, code: EventErrorCode }> } };

export type OpenProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenProjectsQuery = { pilotCities: Array<{ id: string, slug: string, nameKo: string, nameEn: string }>, projects: { totalCount: number, edges: Array<{ node: { id: string, titleKo: string, titleEn: string, summaryKo: string, summaryEn: string, status: ProjectStatus, city: { slug: string }, slots: Array<{ id: string, domain: { slug: string, nameKo: string, nameEn: string } }> } }> } };

export type PartnerTargetsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerTargetsQuery = { projects: { edges: Array<{ node: { id: string, titleKo: string, titleEn: string } }> } };

export type PartnerMatchesQueryVariables = Exact<{
  organizationId: string | number;
  projectId: string | number;
  lang: Language;
}>;


export type PartnerMatchesQuery = { partnerMatches: { slots: Array<{ position: number, weight: number, role: SlotRole | null, domain: { id: string, nameKo: string, nameEn: string } }>, matches: Array<{ rank: number, score: number, crossIndustry: boolean, reasons: Array<string>, organization: { id: string, nameKo: string, nameEn: string, kind: OrganizationKind, industry: { id: string, nameKo: string, nameEn: string } } | null, breakdown: Array<{ gain: number, seekerFit: number, weightedGain: number, slot: { position: number } }> }> } };

export type SendPartnershipRequestMutationVariables = Exact<{
  input: SendPartnershipRequestInput;
}>;


export type SendPartnershipRequestMutation = { sendPartnershipRequest: { request: { id: string, status: PartnershipRequestStatus, version: number } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: PartnershipErrorCode }> } };

export type MyPartnershipRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPartnershipRequestsQuery = { myPartnershipRequests: { totalCount: number, edges: Array<{ node: { id: string, version: number, status: PartnershipRequestStatus, message: string, createdAt: string, answeredAt: string | null, from: { id: string, nameKo: string, nameEn: string } | null, to: { id: string, nameKo: string, nameEn: string } | null, project: { id: string, titleKo: string, titleEn: string } | null } }> } };

export type PartnershipRequestFieldsFragment = { id: string, version: number, status: PartnershipRequestStatus, message: string, createdAt: string, answeredAt: string | null, from: { id: string, nameKo: string, nameEn: string } | null, to: { id: string, nameKo: string, nameEn: string } | null, project: { id: string, titleKo: string, titleEn: string } | null };

export type AnswerPartnershipRequestMutationVariables = Exact<{
  input: AnswerPartnershipRequestInput;
}>;


export type AnswerPartnershipRequestMutation = { answerPartnershipRequest: { request: { id: string, version: number, status: PartnershipRequestStatus, message: string, createdAt: string, answeredAt: string | null, from: { id: string, nameKo: string, nameEn: string } | null, to: { id: string, nameKo: string, nameEn: string } | null, project: { id: string, titleKo: string, titleEn: string } | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: PartnershipErrorCode }> } };

export type WithdrawPartnershipRequestMutationVariables = Exact<{
  input: WithdrawPartnershipRequestInput;
}>;


export type WithdrawPartnershipRequestMutation = { withdrawPartnershipRequest: { request: { id: string, version: number, status: PartnershipRequestStatus, message: string, createdAt: string, answeredAt: string | null, from: { id: string, nameKo: string, nameEn: string } | null, to: { id: string, nameKo: string, nameEn: string } | null, project: { id: string, titleKo: string, titleEn: string } | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: PartnershipErrorCode }> } };

export type ProjectMatchesQueryVariables = Exact<{
  organizationId: string | number;
  lang: Language;
}>;


export type ProjectMatchesQuery = { projectMatches: { matches: Array<{ rank: number, score: number, reasons: Array<string>, project: { id: string, titleKo: string, titleEn: string, city: { id: string, nameKo: string, nameEn: string }, slots: Array<{ id: string }> }, breakdown: Array<{ weightedFit: number, fit: { fit: number }, slot: { id: string, position: number, role: SlotRole, weight: number, domain: { id: string, nameKo: string, nameEn: string } } }> }> } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { token: string | null, expiresAt: string | null, retryAfterSeconds: number | null, account: { id: string, email: string, role: AccountRole, organization: { id: string, nameKo: string, nameEn: string } | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: AccountErrorCode }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: { userErrors: Array<{ code: AccountErrorCode }> } };

export const CapabilityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionKo"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technologies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<CapabilityFieldsFragment, unknown>;
export const EventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<EventFieldsFragment, unknown>;
export const PartnershipRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnershipRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]} as unknown as DocumentNode<PartnershipRequestFieldsFragment, unknown>;
export const MyInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myInvitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"stake"}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consortium"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyInvitationsQuery, MyInvitationsQueryVariables>;
export const AnswerConsortiumInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerConsortiumInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerConsortiumInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerConsortiumInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consortium"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AnswerConsortiumInvitationMutation, AnswerConsortiumInvitationMutationVariables>;
export const MyOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionKo"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapabilityFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technologies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionKo"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technologies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<MyOrganizationQuery, MyOrganizationQueryVariables>;
export const UpdateMyOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionKo"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMyOrganizationMutation, UpdateMyOrganizationMutationVariables>;
export const AddMyCapabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMyCapability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCapabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCapability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapabilityFields"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionKo"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technologies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<AddMyCapabilityMutation, AddMyCapabilityMutationVariables>;
export const UpdateMyCapabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyCapability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCapabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCapability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapabilityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionKo"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technologies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<UpdateMyCapabilityMutation, UpdateMyCapabilityMutationVariables>;
export const RemoveMyCapabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMyCapability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveCapabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCapability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedCapabilityId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveMyCapabilityMutation, RemoveMyCapabilityMutationVariables>;
export const MyEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<MyEventsQuery, MyEventsQueryVariables>;
export const LiveEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<LiveEventsSubscription, LiveEventsSubscriptionVariables>;
export const MarkEventsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkEventsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkEventsReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markEventsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MarkEventsReadMutation, MarkEventsReadMutationVariables>;
export const OpenProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pilotCities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"summaryKo"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenProjectsQuery, OpenProjectsQueryVariables>;
export const PartnerTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerTargetsQuery, PartnerTargetsQueryVariables>;
export const PartnerMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"crossIndustry"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gain"}},{"kind":"Field","name":{"kind":"Name","value":"seekerFit"}},{"kind":"Field","name":{"kind":"Name","value":"weightedGain"}},{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerMatchesQuery, PartnerMatchesQueryVariables>;
export const SendPartnershipRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendPartnershipRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendPartnershipRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendPartnershipRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SendPartnershipRequestMutation, SendPartnershipRequestMutationVariables>;
export const MyPartnershipRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPartnershipRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPartnershipRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnershipRequestFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnershipRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]} as unknown as DocumentNode<MyPartnershipRequestsQuery, MyPartnershipRequestsQueryVariables>;
export const AnswerPartnershipRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerPartnershipRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerPartnershipRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerPartnershipRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnershipRequestFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnershipRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]} as unknown as DocumentNode<AnswerPartnershipRequestMutation, AnswerPartnershipRequestMutationVariables>;
export const WithdrawPartnershipRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawPartnershipRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawPartnershipRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawPartnershipRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnershipRequestFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnershipRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]} as unknown as DocumentNode<WithdrawPartnershipRequestMutation, WithdrawPartnershipRequestMutationVariables>;
export const ProjectMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weightedFit"}},{"kind":"Field","name":{"kind":"Name","value":"fit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectMatchesQuery, ProjectMatchesQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;