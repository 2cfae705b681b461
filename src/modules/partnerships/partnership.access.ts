import { AccountRole } from '../accounts/account.enums';
import type { Viewer } from '../accounts/viewer';
import type { Context } from '../context';
import type { PartnershipRequest } from './partnership-request.entity';

/** The two organisations' members and admins see a request; nobody else does. */
export function canSeeRequest(viewer: Viewer | null, request: PartnershipRequest): boolean {
  if (!viewer) return false;
  if (viewer.role === AccountRole.ADMIN) return true;
  return viewer.organizationId != null && (viewer.organizationId === request.fromOrganizationId || viewer.organizationId === request.toOrganizationId);
}

/** One partnership request by id if `ctx.viewer` may see it, else null (as if it did not exist). */
export async function loadVisibleRequest(ctx: Context, id: number): Promise<PartnershipRequest | null> {
  const request = await ctx.loaders.partnershipRequestById.load(id);
  return request && canSeeRequest(ctx.viewer, request) ? request : null;
}
