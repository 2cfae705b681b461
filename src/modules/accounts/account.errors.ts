import type { EnumValue } from '../../graphql/enum';
import { featureErrorCodes, userErrorType } from '../../graphql/user-error';

/** Why an account mutation failed (signing up, signing in, an admin's updateAccount). */
export const AccountErrorCode = featureErrorCodes('AccountErrorCode', 'Why an account mutation failed.', {
  SLUG_TAKEN: 'The slug of the organisation you register with your account is taken; choose another.',
  EMAIL_TAKEN: 'An account with this email already exists; sign in instead.',
  INVALID_CREDENTIALS: 'Sign-in failed: the email or the password is wrong (deliberately not saying which).',
  TOO_MANY_ATTEMPTS: 'Too many failed sign-ins for this email or from this address; wait `retryAfterSeconds` and try again.',
  LAST_ADMIN: 'The change would leave no enabled ADMIN: the last one can be neither demoted nor disabled. Nothing was written.',
  ALREADY_IN_ORGANIZATION: "The account is on an organisation's team, so it stays a MEMBER: remove it from the team first to make it PLANNER or ADMIN.",
});
export type AccountErrorCode = EnumValue<typeof AccountErrorCode>;

export const AccountError = userErrorType('AccountError', AccountErrorCode, 'An expected failure of an account mutation.');
