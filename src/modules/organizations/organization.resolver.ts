import type { GraphQLResolveInfo } from 'graphql';
import { Args, Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { parseGlobalId } from '../../graphql/global-id';
import { pageConnection } from '../../graphql/paging';
import { child, connectionNodes, selectionOf } from '../../graphql/selection';
import type { Services } from '../../services';
import { organizationsOrder } from './organization.service';
import { Capability } from '../capabilities/capability.entity';
import { Industry } from '../taxonomy/industry.entity';
import { WorkingGroupMembership } from '../working-groups/working-group-membership.entity';
import { Organization } from './organization.entity';
import { OrganizationsArgs } from './organization.inputs';
import { OrganizationConnection } from './organization.types';
import { plannedCapabilities } from '../capabilities/capability.plan';
import { plannedMemberships } from '../working-groups/working-group.plan';

@Resolver(() => Organization)
export class OrganizationResolver {
  constructor(private readonly services: Services) {}

  @Query(() => Organization, { nullable: true, description: 'One organisation by its global id; null when there is none or you may not see it.' })
  organization(@Arg('id', () => ID, { description: 'Global id of an Organization.' }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    // Plan, then fetch: the organisation and what is selected below it in one statement (organization.plan.ts).
    return ctx.loaders.plannedOrganizationById.load({ id: parseGlobalId(id, 'Organization', 'id'), selection: selectionOf(info) });
  }

  @Query(() => OrganizationConnection, {
    description:
      'Organisations you may see, filtered and sorted, a page at a time. By default only APPROVED members, by Korean name. ' +
      'Anonymous callers see PUBLIC profiles, approved members also MEMBERS ones, planners every approved organisation, admins all.',
  })
  organizations(@Args(() => OrganizationsArgs) args: OrganizationsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    // The page's nodes with what is selected below them (and the count, if selected) in one statement;
    // without nodes selected, the plain page.
    const selection = selectionOf(info);
    const nodes = connectionNodes(selection);
    const read = nodes ? { nodes, totalCount: child(selection, 'totalCount') !== null } : undefined;
    return pageConnection(args, organizationsOrder(args).order, (plan) => this.services.organizations.list(args, plan, ctx.viewer, read));
  }

  @FieldResolver(() => Industry, { description: 'The industry the organisation belongs to.' })
  industry(@Root() organization: Organization, @Ctx() ctx: Context) {
    // Joined already when the organisation came through organizationById or a plan.
    return organization.industry ?? ctx.loaders.industryById.load(organization.industryId);
  }

  @FieldResolver(() => [Capability], { description: 'What the organisation can deliver, strongest first.' })
  capabilities(@Root() organization: Organization, @Ctx() ctx: Context) {
    return plannedCapabilities.get(organization) ?? ctx.loaders.capabilitiesByOrganization.load(organization.id);
  }

  @FieldResolver(() => [WorkingGroupMembership], { description: 'Working groups the organisation takes part in.' })
  workingGroups(@Root() organization: Organization, @Ctx() ctx: Context) {
    return plannedMemberships.get(organization) ?? ctx.loaders.membershipsByOrganization.load(organization.id);
  }
}
