import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import type { Services } from '../../services';
import { Organization } from '../organizations/organization.entity';
import { sliceToConnection } from '../organizations/organization.loaders';
import { loadVisibleOrganization } from '../organizations/organization.access';
import { NestedOrganizationsArgs, OrganizationConnection } from '../organizations/organization.types';
import { WorkingGroupMembership } from './working-group-membership.entity';
import { WorkingGroup } from './working-group.entity';

@Resolver(() => WorkingGroup)
export class WorkingGroupResolver {
  constructor(private readonly services: Services) {}

  @Query(() => [WorkingGroup], { description: "The alliance's working groups and sub-committees." })
  workingGroups() {
    return this.services.taxonomy.list(WorkingGroup);
  }

  @FieldResolver(() => OrganizationConnection, { description: 'Approved member organisations of the group.' })
  async members(@Root() group: WorkingGroup, @Args(() => NestedOrganizationsArgs) args: NestedOrganizationsArgs, @Ctx() ctx: Context) {
    const slice = await ctx.loaders.organizationsByWorkingGroup.load({ groupId: group.id, first: args.first });
    return sliceToConnection(slice, ctx.loaders.organizationById);
  }
}

@Resolver(() => WorkingGroupMembership)
export class WorkingGroupMembershipResolver {
  @FieldResolver(() => WorkingGroup, { description: 'The group.' })
  workingGroup(@Root() membership: WorkingGroupMembership, @Ctx() ctx: Context) {
    // Joined already when the membership came through membershipsByOrganization.
    return membership.workingGroup ?? ctx.loaders.workingGroupById.load(membership.workingGroupId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The member organisation; null when you may not see it.' })
  organization(@Root() membership: WorkingGroupMembership, @Ctx() ctx: Context) {
    return loadVisibleOrganization(ctx, membership.organizationId);
  }
}
