import type { EnumValue } from '../../graphql/enum';
import { featureErrorCodes, userErrorType } from '../../graphql/user-error';

/** Why an invitation mutation failed (inviteAccount, acceptInvitation, revokeInvitation). */
export const InvitationErrorCode = featureErrorCodes('InvitationErrorCode', 'Why an invitation mutation failed.', {
  EMAIL_TAKEN: 'An account with this email already exists: it signs in (or resets its password) instead of being invited.',
  MAIL_NOT_SENT: 'The invitation mail could not be handed to the mail server; nothing was saved. Try again later.',
  INVALID_INVITATION: 'The invitation link is unknown, already used, revoked or expired; ask for a new invitation.',
  INVITATION_NOT_PENDING: 'The invitation was already accepted, revoked or has expired; only a PENDING invitation can be revoked.',
});
export type InvitationErrorCode = EnumValue<typeof InvitationErrorCode>;

export const InvitationError = userErrorType('InvitationError', InvitationErrorCode, 'An expected failure of an invitation mutation.');
