import { forbidden } from '../../graphql/errors';
import { AccountRole } from '../accounts/account.enums';
import type { Viewer } from '../accounts/viewer';
import type { Context } from '../context';
import type { ConsortiumMember } from './consortium-member.entity';
import type { Consortium } from './consortium.entity';

/** The planner who composed the consortium, or an admin. */
export function ownsConsortium(viewer: Viewer, consortium: Pick<Consortium, 'ownerId'>): boolean {
  return viewer.role === AccountRole.ADMIN || (viewer.role === AccountRole.PLANNER && consortium.ownerId === viewer.accountId);
}

export function assertOwnsConsortium(viewer: Viewer, consortium: Consortium): void {
  if (!ownsConsortium(viewer, consortium))
    throw forbidden({
      en: 'Only the planner who composed this consortium, or an admin, may change it.',
      ko: '이 컨소시엄을 꾸린 기획자나 관리자만 바꿀 수 있습니다.',
    });
}

/** A member of an invited organisation answers the invitation (`member`: the viewer organisation's membership row, if any). */
export function assertInvited(member: ConsortiumMember | null): asserts member is ConsortiumMember {
  if (!member)
    throw forbidden({
      en: 'Only a member of an organisation invited to this consortium may answer its invitation.',
      ko: '이 컨소시엄에 초대받은 기관의 구성원만 초대에 답할 수 있습니다.',
    });
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

/** The same rule as SQL over the consortium row `alias`, for lists; null when the viewer sees every consortium. */
export function visibleConsortiaClause(viewer: Viewer | null, alias: string): { sql: string; parameters: Record<string, number | null> } | null {
  if (viewer?.role === AccountRole.ADMIN) return null;
  return {
    sql: `(${alias}.owner_id = :accountId OR EXISTS (SELECT 1 FROM consortium_member m WHERE m.consortium_id = ${alias}.id AND m.organization_id = :organizationId))`,
    parameters: { accountId: viewer?.accountId ?? null, organizationId: viewer?.organizationId ?? null },
  };
}
