import type { EnumValue } from '../../graphql/enum';
import { featureErrorCodes, userErrorType } from '../../graphql/user-error';

/** Why a profile mutation failed (the organisation's profile and capabilities): only the shared reasons so far. */
export const ProfileErrorCode = featureErrorCodes('ProfileErrorCode', "Why a change to an organisation's profile or capabilities failed.", {});
export type ProfileErrorCode = EnumValue<typeof ProfileErrorCode>;

export const ProfileError = userErrorType('ProfileError', ProfileErrorCode, "An expected failure of a change to an organisation's profile or capabilities.");
