import type { Context } from '../context';
import { forbidden } from '../../graphql/errors';
import { AccountRole } from '../accounts/account.enums';
import type { Viewer } from '../accounts/viewer';
import { ProjectStatus } from './project.enums';
import type { Project } from './project.entity';
import type { RequirementSlot } from './requirement-slot.entity';

/** A planner edits the projects it owns; an admin edits any (seeded projects have no owner until one is assigned). */
export function canEditProject(viewer: Viewer, project: Pick<Project, 'ownerId'>): boolean {
  return viewer.role === AccountRole.ADMIN || (viewer.role === AccountRole.PLANNER && project.ownerId === viewer.accountId);
}

export function assertCanEditProject(viewer: Viewer, project: Pick<Project, 'ownerId'>): void {
  if (!canEditProject(viewer, project))
    throw forbidden({ en: 'Only the planner who owns this project, or an admin, may change it.', ko: '이 사업을 맡은 기획자나 관리자만 바꿀 수 있습니다.' });
}

/** Drafts are the owner's (and the admins') business until they are opened; every later status is public. */
export function canSeeProject(viewer: Viewer | null, project: Pick<Project, 'status' | 'ownerId'>): boolean {
  return project.status !== ProjectStatus.DRAFT || (viewer !== null && canEditProject(viewer, project));
}

/** The same rule as SQL over the project row `alias`, for lists; null when the viewer sees every project. */
export function visibleProjectsClause(viewer: Viewer | null, alias: string): { sql: string; parameters: Record<string, number | null> } | null {
  if (viewer?.role === AccountRole.ADMIN) return null;
  return {
    sql: `(${alias}.status <> '${ProjectStatus.DRAFT}' OR ${alias}.owner_id = :viewerAccountId)`,
    parameters: { viewerAccountId: viewer?.role === AccountRole.PLANNER ? viewer.accountId : null },
  };
}

/** One project by id if `ctx.viewer` may see it, else null (as if it did not exist). */
export async function loadVisibleProject(ctx: Context, id: number): Promise<Project | null> {
  const project = await ctx.loaders.projectById.load(id);
  return project && canSeeProject(ctx.viewer, project) ? project : null;
}

/** One requirement slot by id if `ctx.viewer` may see its project, else null. */
export async function loadVisibleSlot(ctx: Context, id: number): Promise<RequirementSlot | null> {
  const slot = await ctx.loaders.requirementSlotById.load(id);
  return slot && (await loadVisibleProject(ctx, slot.projectId)) ? slot : null;
}
