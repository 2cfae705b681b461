import type { EventRecord } from './event.entity';

/** The account an event would go to, as it stands now (re-read at delivery, not at subscribe time). */
export interface Recipient {
  accountId: number;
  organizationId: number | null;
  disabled: boolean;
}

/**
 * The one rule of who hears an event: an enabled account named in its audience, or one that is
 * now in an organisation of its audience. Checked when an event is read or delivered, so a member
 * removed from an organisation stops receiving its events at once.
 */
export function mayReceive(recipient: Recipient, event: Pick<EventRecord, 'audienceAccountIds' | 'audienceOrganizationIds'>): boolean {
  if (recipient.disabled) return false;
  if (event.audienceAccountIds.includes(recipient.accountId)) return true;
  return recipient.organizationId != null && event.audienceOrganizationIds.includes(recipient.organizationId);
}
