import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection';
import type { CodedUserError } from '../../graphql/user-error';
import type { Account } from '../accounts/account.entity';
import { AccountType } from '../accounts/account.types';
import { Invitation } from './invitation.entity';
import { InvitationError } from './invitation.errors';

@ObjectType({ description: 'A page of invitations, newest first (Relay connection).' })
export class InvitationConnection extends ConnectionType(Invitation, 'Invitation') {}

@ObjectType({ description: 'The result of inviteAccount: the invitation sent, or userErrors (then nothing was saved and no mail went out).' })
export class InviteAccountPayload {
  @Field(() => Invitation, { nullable: true, description: 'The invitation, PENDING; null when the mutation failed.' })
  invitation: Invitation | null;

  @Field(() => [InvitationError], { description: 'Why the mutation failed (switch on `code`); empty on success.' })
  userErrors: CodedUserError[];
}

@ObjectType({ description: 'The result of acceptInvitation: the new account and an access token, as signIn gives, or userErrors.' })
export class AcceptInvitationPayload {
  @Field(() => AccountType, { nullable: true, description: 'The account the invitation created; null on failure.' })
  account: Account | null;

  @Field(() => String, { nullable: true, description: 'Access token; send it as `Authorization: Bearer <token>`.' })
  token: string | null;

  @Field(() => Date, { nullable: true, description: 'When the token expires; sign in again after.' })
  expiresAt: Date | null;

  @Field(() => [InvitationError], { description: 'Why the mutation failed (switch on `code`); empty on success.' })
  userErrors: CodedUserError[];
}

@ObjectType({ description: 'The result of revokeInvitation: the invitation, now REVOKED, or userErrors.' })
export class RevokeInvitationPayload {
  @Field(() => Invitation, { nullable: true, description: 'The invitation as it is now; null when the mutation failed.' })
  invitation: Invitation | null;

  @Field(() => [InvitationError], { description: 'Why the mutation failed (switch on `code`); empty on success.' })
  userErrors: CodedUserError[];
}
