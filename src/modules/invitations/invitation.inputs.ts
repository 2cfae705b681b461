import { IsEmail, IsNotEmpty, IsOptional, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ConnectionArgs } from '../../graphql/connection';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../accounts/account.inputs';
import { AccountRole, TeamRole } from '../accounts/account.enums';
import { ClientMutationIdField } from '../idempotency/client-mutation-id.field';
import { InvitationStatus } from './invitation.enums';

@InputType({
  description:
    'Who to invite. Without `organizationId`: a STAFF invitation (admins; `role` PLANNER or ADMIN). With the id of an organisation that has accounts: ' +
    'a TEAM invitation (its owners or admins; `teamRole`, default MEMBER). With one that has none: a CLAIM invitation (admins; the invitee becomes its OWNER).',
})
export class InviteAccountInput {
  @ClientMutationIdField()
  clientMutationId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The invitee's address; case does not matter. Required, except for a CLAIM, which defaults to the organisation's contact email.",
  })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email?: string | null;

  @Field(() => AccountRole, { nullable: true, description: 'STAFF: PLANNER or ADMIN (required). With `organizationId` it may only be MEMBER (the default).' })
  @IsOptional()
  role?: AccountRole | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the Organization to invite into (TEAM) or to be claimed (CLAIM); leave out for STAFF.' })
  @IsOptional()
  organizationId?: string | null;

  @Field(() => TeamRole, { nullable: true, description: "TEAM: the invitee's team role (default MEMBER). CLAIM: always OWNER. STAFF: leave out." })
  @IsOptional()
  teamRole?: TeamRole | null;
}

@InputType({ description: 'The token from the invitation link, and the password of the account it creates.' })
export class AcceptInvitationInput {
  @Field(() => String, { description: 'The `token` parameter of the link in the invitation mail.' })
  @IsNotEmpty({ message: 'token must not be empty' })
  @MaxLength(200)
  token: string;

  @Field(() => String, { description: `The new account's password: at least ${MIN_PASSWORD_LENGTH} characters.` })
  @MinLength(MIN_PASSWORD_LENGTH, { message: `password must be at least ${MIN_PASSWORD_LENGTH} characters long` })
  @MaxLength(MAX_PASSWORD_LENGTH)
  password: string;
}

@InputType({ description: 'A pending invitation to withdraw: its link stops working.' })
export class RevokeInvitationInput {
  @Field(() => ID, { description: 'Global id of the Invitation.' })
  invitationId: string;
}

@ArgsType()
export class InvitationsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: "Only this organisation's invitations (an owner always sees only its own organisation's)." })
  @IsOptional()
  organizationId?: string | null;

  @Field(() => InvitationStatus, { nullable: true, description: 'Only invitations in this status; all when left out.' })
  @IsOptional()
  status?: InvitationStatus | null;
}
