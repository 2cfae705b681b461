import { registerEnumType } from 'type-graphql';

/** DRAFT (planner composes) → INVITING (invitations out) → CONFIRMED; DRAFT or INVITING → DISSOLVED. */
export enum ConsortiumStatus {
  DRAFT = 'DRAFT',
  INVITING = 'INVITING',
  CONFIRMED = 'CONFIRMED',
  DISSOLVED = 'DISSOLVED',
}

/** A member's invitation: NOT_SENT while the consortium is a draft, then INVITED until answered. */
export enum InvitationStatus {
  NOT_SENT = 'NOT_SENT',
  INVITED = 'INVITED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}

registerEnumType(ConsortiumStatus, {
  name: 'ConsortiumStatus',
  description: 'Where a consortium stands.',
  valuesConfig: {
    DRAFT: { description: 'Being composed by its planner; members not yet invited.' },
    INVITING: { description: 'Invitations sent; waiting for every member to accept.' },
    CONFIRMED: { description: 'Every member accepted and every slot is filled.' },
    DISSOLVED: { description: 'Given up by its planner.' },
  },
});

registerEnumType(InvitationStatus, {
  name: 'InvitationStatus',
  description: "Where a member's consortium invitation stands.",
  valuesConfig: {
    NOT_SENT: { description: 'The consortium is still a draft.' },
    INVITED: { description: 'Invited; no answer yet.' },
    ACCEPTED: { description: 'The member accepted.' },
    DECLINED: { description: 'The member declined.' },
  },
});
