import type { EnumValue } from '../../graphql/enum';
import { featureErrorCodes, userErrorType } from '../../graphql/user-error';

/** Why blockPartner or unblockPartner failed. */
export const PartnerBlockErrorCode = featureErrorCodes('PartnerBlockErrorCode', 'Why blocking or unblocking a partner failed.', {
  BLOCKING_ITSELF: 'An organisation cannot block itself.',
  ALREADY_BLOCKED: 'The organisation has already blocked this partner.',
  NOT_BLOCKED: 'The organisation has not blocked this partner.',
});
export type PartnerBlockErrorCode = EnumValue<typeof PartnerBlockErrorCode>;

export const PartnerBlockError = userErrorType('PartnerBlockError', PartnerBlockErrorCode, 'An expected failure of blockPartner or unblockPartner.');
