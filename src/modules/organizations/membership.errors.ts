import type { EnumValue } from '../../graphql/enum';
import { featureErrorCodes, userErrorType } from '../../graphql/user-error';

/** Why a membership mutation failed (applying, registering an organisation, deciding, withdrawing). */
export const MembershipErrorCode = featureErrorCodes('MembershipErrorCode', 'Why a membership mutation failed.', {
  SLUG_TAKEN: 'An organisation with this slug already exists; choose another.',
  ALREADY_IN_ORGANIZATION: 'Your account already belongs to an organisation; an account applies for one organisation only.',
  MEMBERSHIP_STATUS_FORBIDS:
    "The membership's status does not allow this transition (REJECTED and WITHDRAWN are final); the message names the statuses it can move to.",
});
export type MembershipErrorCode = EnumValue<typeof MembershipErrorCode>;

export const MembershipError = userErrorType('MembershipError', MembershipErrorCode, 'An expected failure of a membership mutation.');
