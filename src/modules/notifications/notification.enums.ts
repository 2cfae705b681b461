import { describedEnum, type EnumValue } from '../../graphql/enum';
import { EventType } from '../events/event.enums';

/** How an account hears of one kind of event by mail (the notification centre and subscriptions show every event anyway). */
export const NotificationDelivery = describedEnum('NotificationDelivery', 'How an account is mailed about one kind of event.', {
  INSTANT: 'A mail as soon as it happens (within a minute or so).',
  DAILY: 'In the daily digest, one mail a day (mornings, Korean time) listing what happened since the last one.',
  NONE: 'No mail; the notification centre still shows it.',
});
export type NotificationDelivery = EnumValue<typeof NotificationDelivery>;

/**
 * What needs an answer is mailed at once: a request or an invitation waits on the receiver, its
 * answer on the sender, and an applicant waits on the steering committee. The rest (withdrawals,
 * expiries, confirmations, project matches, interest) can wait for the morning digest. A kind of
 * event added later falls to DAILY until it is listed here.
 */
const INSTANT_BY_DEFAULT: ReadonlySet<EventType> = new Set<EventType>([
  EventType.PARTNERSHIP_REQUEST_SENT,
  EventType.PARTNERSHIP_REQUEST_ACCEPTED,
  EventType.PARTNERSHIP_REQUEST_DECLINED,
  EventType.CONSORTIUM_INVITATION_SENT,
  EventType.CONSORTIUM_INVITATION_ACCEPTED,
  EventType.CONSORTIUM_INVITATION_DECLINED,
  EventType.MEMBERSHIP_DECIDED,
]);

export function defaultDelivery(type: EventType): NotificationDelivery {
  return INSTANT_BY_DEFAULT.has(type) ? NotificationDelivery.INSTANT : NotificationDelivery.DAILY;
}

/** The project-match threshold of an account that never chose one: half of a project's weighted need. */
export const DEFAULT_PROJECT_MATCH_THRESHOLD = 0.5;
