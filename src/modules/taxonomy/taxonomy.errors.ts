import type { EnumValue } from '../../graphql/enum';
import { featureErrorCodes, userErrorType } from '../../graphql/user-error';

/** Why a taxonomy mutation failed (domains and technologies, for admins). */
export const TaxonomyErrorCode = featureErrorCodes('TaxonomyErrorCode', 'Why a taxonomy mutation failed.', {
  SLUG_TAKEN: 'This slug is taken by another entry; choose another.',
});
export type TaxonomyErrorCode = EnumValue<typeof TaxonomyErrorCode>;

export const TaxonomyError = userErrorType('TaxonomyError', TaxonomyErrorCode, 'An expected failure of a taxonomy mutation.');
