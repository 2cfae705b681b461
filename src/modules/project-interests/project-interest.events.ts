import type { EntityManager } from 'typeorm';
import { recordEvents } from '../events/event-log';
import { koreanProjectPhrase, organizationNames, projectTitle } from '../events/names';
import type { Project } from '../projects/project.entity';

/**
 * PROJECT_INTEREST_EXPRESSED: the planner who owns the project hears of a new expression of
 * interest, and so do the interested organisation's members (a colleague spoke for them).
 * Recorded last in the interest's transaction.
 */
export async function recordInterestExpressed(
  em: EntityManager,
  project: Pick<Project, 'id' | 'ownerId'>,
  organizationId: number,
  slotIds: readonly number[],
  actorAccountId: number,
): Promise<void> {
  const [names, title] = await Promise.all([organizationNames(em, [organizationId]), projectTitle(em, project.id)]);
  const organization = names.get(organizationId) ?? { ko: '', en: '' };
  await recordEvents(em, [
    {
      type: 'PROJECT_INTEREST_EXPRESSED',
      subject: { type: 'Project', id: project.id },
      actorAccountId,
      audience: { organizationIds: [organizationId], accountIds: project.ownerId !== null ? [project.ownerId] : [] },
      summary: {
        ko: `${organization.ko}에서 ${koreanProjectPhrase(title.ko)}에 참여 의사를 밝혔습니다.`,
        en: `${organization.en} expressed interest in ${title.en}.`,
      },
      data: { projectId: project.id, organizationId, slotIds: [...slotIds] },
    },
  ]);
}
