import type { EnumValue } from '../../graphql/enum';
import { featureErrorCodes, userErrorType } from '../../graphql/user-error';

/** Why a password mutation failed (changing a password, asking for a reset link, resetting). */
export const PasswordErrorCode = featureErrorCodes('PasswordErrorCode', 'Why a password mutation failed.', {
  INVALID_CREDENTIALS: 'changePassword: the current password is wrong.',
  INVALID_RESET_TOKEN: 'resetPassword: the reset link is unknown, used already, or expired; ask for a new one with requestPasswordReset.',
  TOO_MANY_ATTEMPTS: 'Too many attempts from this address or for this email; wait `retryAfterSeconds` and try again.',
});
export type PasswordErrorCode = EnumValue<typeof PasswordErrorCode>;

export const PasswordError = userErrorType('PasswordError', PasswordErrorCode, 'An expected failure of a password mutation.');
