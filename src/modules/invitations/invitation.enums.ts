import { describedEnum, type EnumValue } from '../../graphql/enum';

/** What accepting an invitation makes of the invitee. */
export const InvitationKind = describedEnum('InvitationKind', 'What accepting an invitation makes of the invitee.', {
  STAFF: 'A planner or admin account of the secretariat (sent by an admin).',
  TEAM: "A colleague joining an organisation's team (sent by one of its owners, or by an admin).",
  CLAIM: 'The first account of an organisation that has none (a seeded or imported member), which becomes its owner (sent by an admin).',
});
export type InvitationKind = EnumValue<typeof InvitationKind>;

/**
 * Where an invitation stands; derived from its timestamps. Named `AccountInvitationStatus` in the
 * schema: `InvitationStatus` is the published enum of a consortium member's invitation (consortium.enums.ts).
 */
export const InvitationStatus = describedEnum('AccountInvitationStatus', 'Where an invitation to create an account stands.', {
  PENDING: 'Sent; the link works until `expiresAt`.',
  ACCEPTED: 'Used: the account exists.',
  REVOKED: 'Withdrawn by an admin or an owner; the link no longer works.',
  EXPIRED: 'Not used in time; the link no longer works.',
});
export type InvitationStatus = EnumValue<typeof InvitationStatus>;
