import type { EnumValue } from '../../graphql/enum';
import { featureErrorCodes, userErrorType } from '../../graphql/user-error';

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
  NO_SUCH_ALTERNATIVE: 'assembleConsortium found no alternative of the requested rank for these options.',
  MEMBERS_NOT_ACCEPTED: 'The consortium cannot be confirmed yet: some members have not accepted their invitation.',
  SLOTS_UNFILLED: 'The consortium cannot be confirmed yet: some requirement slots are not filled.',
  INVITATION_NOT_PENDING: "Your organisation's invitation was already answered or not sent; only an INVITED organisation can answer.",
});
export type ConsortiumErrorCode = EnumValue<typeof ConsortiumErrorCode>;

export const ConsortiumError = userErrorType('ConsortiumError', ConsortiumErrorCode, 'An expected failure of a consortium mutation.');
