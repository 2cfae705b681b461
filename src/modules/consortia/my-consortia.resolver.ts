import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { ConnectionArgs } from '../../graphql/connection';
import { pageConnection } from '../../graphql/paging';
import { signedIn } from '../../graphql/mutation-input';
import type { Services } from '../../services';
import { AccountRole } from '../accounts/account.enums';
import type { Context } from '../context';
import { MyConsortiaArgs } from './consortium.inputs';
import { CONSORTIA_ORDER, INVITATIONS_ORDER } from './consortium.service';
import { ConsortiumConnection, ConsortiumInvitationConnection } from './consortium.types';

/** What a signed-in account's home page shows of consortia: the invitations to answer and the teams it is in. */
@Resolver()
export class MyConsortiaResolver {
  constructor(private readonly services: Services) {}

  @Authorized(AccountRole.MEMBER)
  @Query(() => ConsortiumInvitationConnection, {
    description:
      "Consortium invitations to the viewer's organisation: those awaiting its answer (INVITED, consortium INVITING) first, then newest first. " +
      'Each node is the organisation’s membership, with its `consortium`. MEMBER accounts only; empty without an organisation.',
  })
  myInvitations(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    const viewer = signedIn(ctx);
    return pageConnection(args, INVITATIONS_ORDER, (plan) => this.services.consortia.invitationsOf(viewer.organizationId, plan));
  }

  @Authorized()
  @Query(() => ConsortiumConnection, {
    description:
      "The viewer's consortia, newest first: for a member, those its organisation is in (drafts included); for planners and admins, " +
      'those they composed for their projects (admins read any project’s with `consortia`).',
  })
  myConsortia(@Args(() => MyConsortiaArgs) args: MyConsortiaArgs, @Ctx() ctx: Context) {
    return pageConnection(args, CONSORTIA_ORDER, (plan) => this.services.consortia.mine(signedIn(ctx), args.status, plan));
  }
}
