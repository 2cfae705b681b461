import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from './context';
import { fromGlobalId, toGlobalId } from './global-id';
import { badUserInput } from './user-error';
import { Node } from './node';
import { loadVisibleOrganization } from '../modules/organizations/visibility';
import { loadVisibleConsortium } from '../modules/consortia/consortium.resolver';
import { canSeeRequest } from '../modules/partnerships/partnership.service';
import { loadVisibleProject, loadVisibleSlot } from '../modules/projects/project-access';

/** Loads a node of each type by local id; the keys are the GraphQL type names in global ids. */
const NODE_LOADERS: Record<string, (ctx: Context, id: number) => Promise<object | null>> = {
  Organization: (ctx, id) => loadVisibleOrganization(ctx, id),
  // A capability is seen with its organisation: through it, `organization` would show a hidden profile.
  Capability: async (ctx, id) => {
    const capability = await ctx.loaders.capabilityById.load(id);
    return capability && (await loadVisibleOrganization(ctx, capability.organizationId)) ? capability : null;
  },
  Domain: (ctx, id) => ctx.loaders.domainById.load(id),
  Technology: (ctx, id) => ctx.loaders.technologyById.load(id),
  Industry: (ctx, id) => ctx.loaders.industryById.load(id),
  PilotCity: (ctx, id) => ctx.loaders.pilotCityById.load(id),
  WorkingGroup: (ctx, id) => ctx.loaders.workingGroupById.load(id),
  Project: (ctx, id) => loadVisibleProject(ctx, id),
  RequirementSlot: (ctx, id) => loadVisibleSlot(ctx, id),
  PartnershipRequest: async (ctx, id) => {
    const request = await ctx.loaders.partnershipRequestById.load(id);
    return request && canSeeRequest(ctx.viewer, request) ? request : null;
  },
  Consortium: (ctx, id) => loadVisibleConsortium(ctx, id),
};

@Resolver(() => Node)
export class NodeResolver {
  // Every Node's `id` is its type name and database id, made opaque (see global-id.ts).
  @FieldResolver(() => ID)
  id(@Root() node: { id: number }): string {
    return toGlobalId(node.constructor.name, node.id);
  }

  @Query(() => Node, { nullable: true, description: 'Any object by its global id (Relay); null when there is none.' })
  node(@Arg('id', () => ID, { description: 'A global id from any `id` field.' }) id: string, @Ctx() ctx: Context) {
    const decoded = fromGlobalId(id);
    const load = decoded && NODE_LOADERS[decoded.type];
    if (!decoded || !load) throw badUserInput(`id is not a valid global id: '${id.slice(0, 60)}'.`, 'id');
    return load(ctx, decoded.id);
  }
}
