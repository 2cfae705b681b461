import { Field, Float, Int, ObjectType, UseMiddleware } from 'type-graphql';
import type { EnumValue } from '../../graphql/enum';
import { featureErrorCodes, knownCodeOnly, UserError } from '../../graphql/user-error';

/** Why a consortium mutation failed (createConsortium, inviteToConsortium, answerConsortiumInvitation, confirmConsortium, dissolveConsortium). */
export const ConsortiumErrorCode = featureErrorCodes('ConsortiumErrorCode', 'Why a consortium mutation failed.', {
  PROJECT_STATUS_FORBIDS: "The project's status does not allow this: consortia are composed and invited for OPEN or FORMING projects only.",
  CONSORTIUM_STATUS_FORBIDS:
    "The consortium's status does not allow this change (e.g. inviting a DISSOLVED consortium); the message names the statuses that do.",
  CONSORTIUM_CONFIRMED: 'A CONFIRMED consortium stands with its award and cannot be dissolved; close the project to end it.',
  NO_MEMBERS: 'A consortium needs at least one member.',
  MEMBER_LISTED_TWICE: 'An organisation is listed twice among the members.',
  MEMBER_NOT_APPROVED: 'An organisation is not, or no longer, an APPROVED member of the alliance; only APPROVED members can join a consortium.',
  SLOT_NOT_IN_PROJECT: "An assignment names a slot that is not one of the project's requirement slots.",
  SLOT_ASSIGNED_TWICE: 'A slot is assigned twice; each slot is filled by one member.',
  ASSIGNEE_NOT_MEMBER: 'The organisation filling a slot is not one of the members.',
  NO_SUCH_ALTERNATIVE: 'assembleConsortium found no alternative of the requested rank for these options; `alternativeCount` says how many it found.',
  MEMBERS_NOT_ACCEPTED: 'The consortium cannot be confirmed yet: some members have not accepted their invitation.',
  SLOTS_UNFILLED: 'The consortium cannot be confirmed yet: some requirement slots are not filled.',
  INVITATION_NOT_PENDING: "Your organisation's invitation was already answered or not sent; only an INVITED organisation can answer.",
  NO_FIT:
    'A member is assigned to a slot it does not fit (fit 0: no capability in the domain at the level, technologies or kind asked); pass allowUnfit with a reason to keep it.',
  STAKES_DO_NOT_SUM_TO_ONE: "The members' stakes are not all set or do not add up to 1; `stakeSum` says what they add up to.",
  LARGE_STAKE_EXCEEDED: "The LARGE_ENTERPRISE members' stakes add up to more than the project's cap; `largeStake` and `maxLargeStake` give both.",
  NOT_A_MEMBER: 'A stake names an organisation that is not a member of the consortium.',
  OVER_CAPACITY:
    'createConsortiaFromPortfolio: an organisation would be in more new consortia than it can still join (maxConcurrentConsortia less its live consortia); nothing was created.',
  PROJECT_LISTED_TWICE: 'createConsortiaFromPortfolio: a project is listed twice; a portfolio has one consortium per project.',
});
export type ConsortiumErrorCode = EnumValue<typeof ConsortiumErrorCode>;

/** Declared by hand rather than with userErrorType: the stake checks of confirmConsortium and NO_SUCH_ALTERNATIVE give their numbers as fields. */
@ObjectType('ConsortiumError', { implements: UserError, description: 'An expected failure of a consortium mutation.' })
export class ConsortiumError extends UserError {
  @Field(() => ConsortiumErrorCode, { description: 'What went wrong, for programs: switch on this, not on the message.' })
  @UseMiddleware(knownCodeOnly('ConsortiumError', new Set(Object.values(ConsortiumErrorCode))))
  code: string;

  @Field(() => Float, { nullable: true, description: "STAKES_DO_NOT_SUM_TO_ONE: what the members' stakes add up to (unset ones count 0)." })
  stakeSum?: number | null;

  @Field(() => Float, { nullable: true, description: "LARGE_STAKE_EXCEEDED: what the LARGE_ENTERPRISE members' stakes add up to." })
  largeStake?: number | null;

  @Field(() => Float, { nullable: true, description: "LARGE_STAKE_EXCEEDED: the project's cap (Project.maxLargeStake)." })
  maxLargeStake?: number | null;

  @Field(() => Int, { nullable: true, description: 'NO_SUCH_ALTERNATIVE: how many alternatives assembleConsortium found for these options.' })
  alternativeCount?: number | null;
}
