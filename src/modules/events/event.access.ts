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

/**
 * Whether the reader of an event sees who caused it (`Event.actor`): itself, a member of its own
 * organisation's team (whom it sees in `Organization.team` anyway), or anyone for an admin. An
 * account of another organisation stays hidden: the summary names organisations, not people.
 */
export function maySeeActor(
  viewer: { accountId: number; role: string; organizationId: number | null },
  actor: { id: number; organizationId: number | null },
): boolean {
  if (viewer.accountId === actor.id || viewer.role === 'ADMIN') return true;
  return viewer.role === 'MEMBER' && viewer.organizationId != null && viewer.organizationId === actor.organizationId;
}
