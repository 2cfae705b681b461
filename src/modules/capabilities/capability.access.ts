import type { Context } from '../context';
import { loadVisibleOrganization } from '../organizations/organization.access';
import type { Capability } from './capability.entity';

/** A capability is seen with its organisation: through it, `organization` would show a hidden profile. */
export async function loadVisibleCapability(ctx: Context, id: number): Promise<Capability | null> {
  const capability = await ctx.loaders.capabilityById.load(id);
  return capability && (await loadVisibleOrganization(ctx, capability.organizationId)) ? capability : null;
}
