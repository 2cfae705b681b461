import { forbidden } from '../../graphql/errors';
import { AccountRole } from '../accounts/account.enums';
import type { Viewer } from '../accounts/viewer';
import type { Context } from '../context';
import type { Consortium } from './consortium.entity';

/** The planner who composed the consortium, or an admin. */
export function ownsConsortium(viewer: Viewer, consortium: Pick<Consortium, 'ownerId'>): boolean {
  return viewer.role === AccountRole.ADMIN || (viewer.role === AccountRole.PLANNER && consortium.ownerId === viewer.accountId);
}

export function assertOwnsConsortium(viewer: Viewer, consortium: Consortium): void {
  if (!ownsConsortium(viewer, consortium)) throw forbidden('Only the planner who composed this consortium, or an admin, may change it.');
}

/** Who sees a consortium: its owner, admins, and members of its organisations. */
export async function loadVisibleConsortium(ctx: Context, id: number): Promise<Consortium | null> {
  const consortium = await ctx.loaders.consortiumById.load(id);
  if (!consortium || !ctx.viewer) return null;
  if (ownsConsortium(ctx.viewer, consortium)) return consortium;
  const own = ctx.viewer.organizationId;
  if (own == null) return null;
  const members = await ctx.loaders.membersByConsortium.load(id);
  return members.some((m) => m.organizationId === own) ? consortium : null;
}
