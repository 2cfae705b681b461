import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { PilotCity } from '../cities/pilot-city.entity';
import { Organization } from '../organizations/organization.entity';
import { loadVisibleOrganization } from '../organizations/organization.access';
import { Domain } from '../taxonomy/domain.entity';
import { Technology } from '../taxonomy/technology.entity';
import { Capability } from './capability.entity';

@Resolver(() => Capability)
export class CapabilityResolver {
  @FieldResolver(() => Domain, { description: 'The domain the capability serves.' })
  domain(@Root() capability: Capability, @Ctx() ctx: Context) {
    // Joined already when the capability came through capabilitiesByOrganization or a plan.
    return capability.domain ?? ctx.loaders.domainById.load(capability.domainId);
  }

  @FieldResolver(() => [Technology], { description: 'Technologies the capability uses.' })
  technologies(@Root() capability: Capability, @Ctx() ctx: Context) {
    // Read already when the capability came through a plan (capability.plan.ts).
    return capability.technologies ?? ctx.loaders.technologiesByCapability.load(capability.id);
  }

  @FieldResolver(() => [PilotCity], { description: 'Pilot cities where it is already deployed (adds to fit for their projects).' })
  cities(@Root() capability: Capability, @Ctx() ctx: Context) {
    return capability.cities ?? ctx.loaders.citiesByCapability.load(capability.id);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation that has the capability; null when you may not see it.' })
  organization(@Root() capability: Capability, @Ctx() ctx: Context) {
    return loadVisibleOrganization(ctx, capability.organizationId);
  }
}
