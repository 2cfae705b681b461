import { describedEnum, type EnumValue } from '../../graphql/enum';

/**
 * A request starts PENDING; the receiver accepts or declines it, the sender may withdraw it while
 * pending, and one left unanswered for REQUEST_TTL_DAYS expires (partnership.expiry.ts).
 */
export const PartnershipRequestStatus = describedEnum('PartnershipRequestStatus', 'Where a partnership request stands.', {
  PENDING: 'Sent and not yet answered.',
  ACCEPTED: 'Accepted by the receiver; both sides now see each other’s contacts.',
  DECLINED: 'Declined by the receiver.',
  WITHDRAWN: 'Withdrawn by the sender before an answer.',
  EXPIRED: 'Left unanswered for REQUEST_TTL_DAYS (14 days by default); it no longer counts against the pending cap.',
});
export type PartnershipRequestStatus = EnumValue<typeof PartnershipRequestStatus>;
