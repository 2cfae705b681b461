import { Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { MutationInput, signedIn } from '../../graphql/mutation-input';
import type { Services } from '../../services';
import type { Account } from '../accounts/account.entity';
import { AccountRole, type TeamRole } from '../accounts/account.enums';
import type { Context } from '../context';
import { returns, runMutation } from '../mutation';
import { Organization } from '../organizations/organization.entity';
import { canSeeTeam } from './team.access';
import { LeaveOrganizationInput, RemoveTeamMemberInput, TransferOwnershipInput, UpdateTeamMemberInput } from './team.inputs';
import type { TeamChange } from './team.service';
import { LeaveOrganizationPayload, TeamMember, TeamPayload } from './team.types';

/** Organisation teams: owners manage their colleagues (admins any team); every member may leave. */
@Resolver(() => TeamMember)
export class TeamResolver {
  constructor(private readonly services: Services) {}

  @Authorized(AccountRole.MEMBER, AccountRole.ADMIN)
  @Mutation(() => TeamPayload, {
    description:
      'Promotes a colleague to OWNER or demotes one to MEMBER: owners of the organisation, or admins. Demoting the last enabled owner answers LAST_OWNER; ' +
      "an account outside your organisation's team answers NOT_FOUND.",
  })
  updateTeamMember(@MutationInput(() => UpdateTeamMemberInput) input: UpdateTeamMemberInput, @Ctx() ctx: Context) {
    return runMutation<TeamPayload, TeamChange>(ctx, input, {
      empty: { account: null, organization: null },
      perform: (write) => this.services.teams.updateMember(signedIn(ctx), input, write),
      payload: (change) => change,
    });
  }

  @Authorized(AccountRole.MEMBER)
  @Mutation(() => TeamPayload, {
    description:
      'An owner hands ownership to a colleague on the same team: the colleague becomes OWNER and you become MEMBER. Owners of the organisation only ' +
      '(admins use updateTeamMember).',
  })
  transferOwnership(@MutationInput(() => TransferOwnershipInput) input: TransferOwnershipInput, @Ctx() ctx: Context) {
    return runMutation<TeamPayload, TeamChange>(ctx, input, {
      empty: { account: null, organization: null },
      perform: (write) => this.services.teams.transferOwnership(signedIn(ctx), input, write),
      payload: (change) => change,
    });
  }

  @Authorized(AccountRole.MEMBER, AccountRole.ADMIN)
  @Mutation(() => TeamPayload, {
    description:
      "Removes an account from its organisation's team (owners of the organisation, or admins); the account stays, as a MEMBER without organisation, " +
      'and loses the organisation at once (its next request). The last enabled owner cannot be removed (LAST_OWNER).',
  })
  removeTeamMember(@MutationInput(() => RemoveTeamMemberInput) input: RemoveTeamMemberInput, @Ctx() ctx: Context) {
    return runMutation<TeamPayload, TeamChange>(ctx, input, {
      empty: { account: null, organization: null },
      perform: (write) => this.services.teams.removeMember(signedIn(ctx), input, write),
      payload: (change) => change,
    });
  }

  @Authorized(AccountRole.MEMBER)
  @Mutation(() => LeaveOrganizationPayload, {
    description:
      "Leaves your organisation's team: your account stays, as a MEMBER without organisation. The last enabled owner cannot leave (LAST_OWNER): " +
      'promote a colleague or transfer ownership first.',
  })
  leaveOrganization(@MutationInput(() => LeaveOrganizationInput) input: LeaveOrganizationInput, @Ctx() ctx: Context) {
    return runMutation<LeaveOrganizationPayload, Account>(ctx, input, {
      ...returns('account'),
      perform: (write) => this.services.teams.leave(signedIn(ctx), input, write),
    });
  }
}

/** `Organization.team`: shown to the organisation's own team and to admins (team.access.ts). */
@Resolver(() => Organization)
export class OrganizationTeamResolver {
  @FieldResolver(() => [TeamMember], {
    nullable: true,
    description: "The organisation's accounts with their team roles, owners first; null unless you are on this team or an admin.",
  })
  async team(@Root() organization: Organization, @Ctx() ctx: Context): Promise<TeamMember[] | null> {
    if (!canSeeTeam(ctx.viewer, organization.id)) return null;
    const accounts = await ctx.loaders.teamByOrganization.load(organization.id);
    return accounts.map((account) => ({ account, teamRole: account.teamRole as TeamRole }));
  }
}
