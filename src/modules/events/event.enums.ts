import { describedEnum, type EnumValue } from '../../graphql/enum';

/** What happened; each value is one kind of event in the log (docs/events.md). */
export const EventType = describedEnum('EventType', 'What an event reports.', {
  PARTNERSHIP_REQUEST_SENT: 'An organisation sent a partnership request.',
  PARTNERSHIP_REQUEST_ACCEPTED: 'A partnership request was accepted.',
  PARTNERSHIP_REQUEST_DECLINED: 'A partnership request was declined.',
  PARTNERSHIP_REQUEST_WITHDRAWN: 'A partnership request was withdrawn by its sender.',
  PARTNERSHIP_REQUEST_EXPIRED: 'A partnership request expired unanswered.',
  CONSORTIUM_INVITATION_SENT: 'An organisation was invited into a consortium.',
  CONSORTIUM_INVITATION_ACCEPTED: 'A consortium invitation was accepted.',
  CONSORTIUM_INVITATION_DECLINED: 'A consortium invitation was declined.',
  CONSORTIUM_INVITATION_EXPIRED: 'A consortium invitation expired unanswered.',
  CONSORTIUM_CONFIRMED: 'A consortium was confirmed.',
  CONSORTIUM_DISSOLVED: 'A consortium was dissolved.',
  MEMBERSHIP_DECIDED: "The steering committee decided an organisation's membership.",
  PROJECT_MATCHED: 'A project opened that matches the organisation at or above its saved threshold.',
  PROJECT_INTEREST_EXPRESSED: 'An organisation expressed interest in a project.',
});
export type EventType = EnumValue<typeof EventType>;
