import { describedEnum, type EnumValue } from '../../graphql/enum';

/** DRAFT (planner composes) → INVITING (invitations out) → CONFIRMED; DRAFT or INVITING → DISSOLVED. */
export const ConsortiumStatus = describedEnum('ConsortiumStatus', 'Where a consortium stands.', {
  DRAFT: 'Being composed by its planner; members not yet invited.',
  INVITING: 'Invitations sent; waiting for every member to accept.',
  CONFIRMED: 'Every member accepted and every slot is filled.',
  DISSOLVED: 'Given up by its planner.',
});
export type ConsortiumStatus = EnumValue<typeof ConsortiumStatus>;

/** A member's invitation: NOT_SENT while the consortium is a draft, then INVITED until answered. */
export const InvitationStatus = describedEnum('InvitationStatus', "Where a member's consortium invitation stands.", {
  NOT_SENT: 'The consortium is still a draft.',
  INVITED: 'Invited; no answer yet.',
  ACCEPTED: 'The member accepted.',
  DECLINED: 'The member declined.',
  EXPIRED: 'Never answered: another consortium of the project was confirmed first, and this one was dissolved.',
});
export type InvitationStatus = EnumValue<typeof InvitationStatus>;
