import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import type { Services } from '../../services';
import { sliceToConnection } from '../organizations/organization.loaders';
import { NestedOrganizationsArgs, OrganizationConnection } from '../organizations/organization.types';
import { Domain } from './domain.entity';
import { Industry } from './industry.entity';
import { Technology } from './technology.entity';

@Resolver(() => Domain)
export class TaxonomyResolver {
  constructor(private readonly services: Services) {}

  @Query(() => [Domain], { description: 'All smart-city service domains.' })
  domains() {
    return this.services.taxonomy.list(Domain);
  }

  @Query(() => [Technology], { description: 'All technologies.' })
  technologies() {
    return this.services.taxonomy.list(Technology);
  }

  @Query(() => [Industry], { description: 'All industries.' })
  industries() {
    return this.services.taxonomy.list(Industry);
  }

  @FieldResolver(() => OrganizationConnection, { description: 'Approved organisations with a capability in this domain.' })
  async organizations(@Root() domain: Domain, @Args(() => NestedOrganizationsArgs) args: NestedOrganizationsArgs, @Ctx() ctx: Context) {
    const slice = await ctx.loaders.organizationsByDomain.load({ groupId: domain.id, first: args.first });
    return sliceToConnection(slice, ctx.loaders.organizationById);
  }
}
