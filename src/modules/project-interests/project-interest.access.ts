import { forbidden } from '../../graphql/errors';
import type { Account } from '../accounts/account.entity';
import { AccountRole } from '../accounts/account.enums';
import type { Viewer } from '../accounts/viewer';
import { canEditProject } from '../projects/project.access';
import type { Project } from '../projects/project.entity';

/**
 * Who may put an organisation forward and who reads it (docs/workflows.md, "Expressions of interest"):
 * - `expressInterest`, `withdrawInterest`: any member of an organisation's team (OWNER or MEMBER), for
 *   that organisation; the organisation must be APPROVED to express (a userError otherwise);
 * - `Project.interests`: the planner who owns the project, and admins; null for everyone else.
 */

/** The organisation `account` speaks for, or FORBIDDEN (planners, admins, accounts on no team). */
export function interestedOrganization(account: Pick<Account, 'role' | 'organizationId'>): number {
  if (account.role === AccountRole.MEMBER && account.organizationId != null) return account.organizationId;
  throw forbidden({
    en: "Only a member of an organisation's team can put it forward for a project.",
    ko: '기관의 팀 구성원만 그 기관의 이름으로 사업에 관심을 표명할 수 있습니다.',
  });
}

/** Whether `viewer` may read the project's expressions of interest. */
export function canSeeInterests(viewer: Viewer | null, project: Pick<Project, 'ownerId'>): boolean {
  return viewer !== null && canEditProject(viewer, project);
}
