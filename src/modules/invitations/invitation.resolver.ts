import { Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { unauthenticated } from '../../graphql/errors';
import { parseGlobalId } from '../../graphql/global-id';
import { inputId } from '../../graphql/input-id';
import { MutationInput, signedIn } from '../../graphql/mutation-input';
import { pageConnection } from '../../graphql/paging';
import type { Services } from '../../services';
import type { Account } from '../accounts/account.entity';
import { MIN_PASSWORD_LENGTH } from '../accounts/account.inputs';
import type { Session } from '../accounts/account.service';
import { AccountType } from '../accounts/account.types';
import type { Context } from '../context';
import { returns, runMutation } from '../mutation';
import { loadVisibleOrganization } from '../organizations/organization.access';
import { Organization } from '../organizations/organization.entity';
import { callerOf, canSeeInviter } from './invitation.access';
import { Invitation } from './invitation.entity';
import { InvitationStatus } from './invitation.enums';
import { AcceptInvitationInput, InvitationsArgs, InviteAccountInput, RevokeInvitationInput } from './invitation.inputs';
import { INVITATIONS_ORDER, invitationStatus } from './invitation.service';
import { AcceptInvitationPayload, InvitationConnection, InviteAccountPayload, RevokeInvitationPayload } from './invitation.types';

/** Mailed invitations: staff, team and claim (docs/workflows.md, "Invitations"); who may do what is invitation.access.ts. */
@Resolver(() => Invitation)
export class InvitationResolver {
  constructor(private readonly services: Services) {}

  @Authorized()
  @Query(() => InvitationConnection, {
    description: "Invitations, newest first: admins see all (optionally one organisation's), an owner of an organisation's team its own; others FORBIDDEN.",
  })
  async invitations(@Args(() => InvitationsArgs) args: InvitationsArgs, @Ctx() ctx: Context) {
    const organizationId = args.organizationId != null ? parseGlobalId(args.organizationId, 'Organization', 'organizationId') : null;
    const caller = await callerOf(ctx);
    if (!caller) throw unauthenticated();
    return pageConnection(args, INVITATIONS_ORDER, (plan) => this.services.invitations.list(caller, args, organizationId, plan));
  }

  @Authorized()
  @Mutation(() => InviteAccountPayload, {
    description:
      'Mails an invitation link (PUBLIC_URL/invitation?token=…, valid 7 days, single use). Without `organizationId`: a STAFF invitation (admins; role ' +
      'PLANNER or ADMIN). With an organisation that has accounts: a TEAM invitation (its owners, or admins). With one that has none: a CLAIM ' +
      'invitation (admins; to its contact email unless `email` is given; the invitee becomes its OWNER). A new invitation to the same address (and ' +
      'organisation) revokes the earlier pending one. userErrors: BAD_USER_INPUT, NOT_FOUND, EMAIL_TAKEN (the address has an account), ' +
      'MAIL_NOT_SENT (the mail server refused: nothing was saved).',
  })
  inviteAccount(@MutationInput(() => InviteAccountInput) input: InviteAccountInput, @Ctx() ctx: Context) {
    return runMutation<InviteAccountPayload, Invitation>(ctx, input, {
      ...returns('invitation'),
      perform: (write) => this.services.invitations.invite(signedIn(ctx), input, write),
      idempotent: 'inviteAccount',
    });
  }

  @Mutation(() => AcceptInvitationPayload, {
    description:
      "Creates the invited account with the link's token and a password (role, organisation and team role from the invitation), uses the " +
      'invitation up and signs the account in, as signIn does. userErrors: INVALID_INVITATION (unknown, used, revoked or expired), ' +
      `EMAIL_TAKEN, BAD_USER_INPUT (a password of at least ${MIN_PASSWORD_LENGTH} characters).`,
  })
  acceptInvitation(@MutationInput(() => AcceptInvitationInput) input: AcceptInvitationInput, @Ctx() ctx: Context) {
    // No clientMutationId: there is no account yet to key it by; a retry answers INVALID_INVITATION ("already used").
    return runMutation<AcceptInvitationPayload, Session>(ctx, input, {
      empty: { account: null, token: null, expiresAt: null },
      perform: (write) => this.services.invitations.accept(input, write),
      payload: (session) => session,
    });
  }

  @Authorized()
  @Mutation(() => RevokeInvitationPayload, {
    description: "Withdraws a PENDING invitation: its link stops working. Admins, or owners of the organisation's team for its TEAM invitations.",
  })
  revokeInvitation(@MutationInput(() => RevokeInvitationInput) input: RevokeInvitationInput, @Ctx() ctx: Context) {
    return runMutation<RevokeInvitationPayload, Invitation>(ctx, input, {
      ...returns('invitation'),
      perform: (write) => this.services.invitations.revoke(signedIn(ctx), inputId(input.invitationId, 'Invitation', ['input', 'invitationId']), write),
    });
  }

  @FieldResolver(() => InvitationStatus, { description: 'PENDING until accepted, revoked or expired.' })
  status(@Root() invitation: Invitation): InvitationStatus {
    return invitationStatus(invitation);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation it invites into (TEAM) or to claim (CLAIM); null for STAFF.' })
  organization(@Root() invitation: Invitation, @Ctx() ctx: Context) {
    return invitation.organizationId === null ? null : loadVisibleOrganization(ctx, invitation.organizationId);
  }

  @FieldResolver(() => AccountType, {
    nullable: true,
    description: 'Who sent it: shown to admins, and to owners when it is a colleague; null otherwise, or when that account was removed.',
  })
  async invitedBy(@Root() invitation: Invitation, @Ctx() ctx: Context): Promise<Account | null> {
    if (invitation.invitedById === null) return null;
    const [inviter, caller] = await Promise.all([ctx.loaders.accountById.load(invitation.invitedById), callerOf(ctx)]);
    return inviter && canSeeInviter(caller, inviter) ? inviter : null;
  }
}
