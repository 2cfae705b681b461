import { registerEnumType } from 'type-graphql';

/** A request starts PENDING; the receiver accepts or declines it, the sender may withdraw it while pending. */
export enum PartnershipRequestStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(PartnershipRequestStatus, {
  name: 'PartnershipRequestStatus',
  description: 'Where a partnership request stands.',
  valuesConfig: {
    PENDING: { description: 'Sent and not yet answered.' },
    ACCEPTED: { description: 'Accepted by the receiver; both sides now see each other’s contacts.' },
    DECLINED: { description: 'Declined by the receiver.' },
    WITHDRAWN: { description: 'Withdrawn by the sender before an answer.' },
  },
});
