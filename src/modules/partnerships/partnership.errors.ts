import type { EnumValue } from '../../graphql/enum';
import { featureErrorCodes, userErrorType } from '../../graphql/user-error';

/** Why a partnership request mutation failed (send, answer, withdraw). */
export const PartnershipErrorCode = featureErrorCodes('PartnershipErrorCode', 'Why a partnership request mutation failed.', {
  SELF_REQUEST: 'An organisation cannot ask itself to partner.',
  DUPLICATE_REQUEST: 'A pending request between these two organisations already exists, in one direction or the other.',
  PENDING_LIMIT_REACHED: 'Your organisation has the most pending outgoing requests allowed; wait for answers or withdraw one.',
  REQUEST_NOT_PENDING: 'The request was already answered, withdrawn or has expired; only a PENDING request can be answered or withdrawn.',
});
export type PartnershipErrorCode = EnumValue<typeof PartnershipErrorCode>;

export const PartnershipError = userErrorType('PartnershipError', PartnershipErrorCode, 'An expected failure of a partnership request mutation.');
