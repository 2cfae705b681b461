import type { DataSource, EntityManager } from 'typeorm';
import { inputId } from '../../graphql/input-id';
import { notFound, userError } from '../../graphql/user-error';
import { currentAccount } from '../accounts/actor';
import type { Viewer } from '../accounts/viewer';
import { recordAudit } from '../audit/audit.service';
import { MembershipStatus } from '../organizations/organization.enums';
import { Organization } from '../organizations/organization.entity';
import { canSeeProject } from '../projects/project.access';
import { ProjectStatus, projectStatusWords } from '../projects/project.enums';
import { Project } from '../projects/project.entity';
import { RequirementSlot } from '../projects/requirement-slot.entity';
import type { Write } from '../write';
import { interestedOrganization } from './project-interest.access';
import { ProjectInterest } from './project-interest.entity';
import { ProjectInterestErrorCode } from './project-interest.errors';
import type { ExpressInterestInput, WithdrawInterestInput } from './project-interest.inputs';
import { recordInterestExpressed } from './project-interest.events';

export interface InterestChange {
  interest: ProjectInterest | null;
  project: Project;
}

/** Organisations put themselves forward for OPEN projects (project-interest.access.ts); each change is audited on the project. */
export class ProjectInterestService {
  constructor(private readonly dataSource: DataSource) {}

  express(viewer: Viewer, input: ExpressInterestInput, write: Write): Promise<InterestChange> {
    const projectId = inputId(input.projectId, 'Project', ['input', 'projectId']);
    const named = input.slotIds.map((id, i) => inputId(id, 'RequirementSlot', ['input', 'slotIds', String(i)]));
    const slotIds = [...new Set(named)];
    return write.transaction(this.dataSource, async (em) => {
      const organizationId = interestedOrganization(await currentAccount(em, viewer));
      const project = await this.project(em, viewer, projectId);
      const organization = await em.getRepository(Organization).findOneOrFail({ where: { id: organizationId }, select: { id: true, membershipStatus: true } });
      if (organization.membershipStatus !== MembershipStatus.APPROVED)
        throw userError(
          ProjectInterestErrorCode.ORGANIZATION_NOT_APPROVED,
          { en: 'Only an APPROVED member organisation can put itself forward.', ko: '승인된 회원사만 사업에 관심을 표명할 수 있습니다.' },
          ['input'],
        );
      if (project.status !== ProjectStatus.OPEN)
        throw userError(
          ProjectInterestErrorCode.PROJECT_NOT_OPEN,
          {
            en: `Interest is expressed in OPEN projects; this one is ${project.status}.`,
            ko: `관심 표명은 공고 중인 사업에만 할 수 있습니다. 이 사업은 ${projectStatusWords(project.status).ko} 상태입니다.`,
          },
          ['input', 'projectId'],
        );
      const own = new Set((await em.getRepository(RequirementSlot).find({ where: { projectId }, select: { id: true } })).map((s) => s.id));
      const stray = named.findIndex((id) => !own.has(id));
      if (stray >= 0)
        throw userError(
          ProjectInterestErrorCode.SLOT_NOT_IN_PROJECT,
          { en: "This slot is not one of the project's requirement slots.", ko: '이 역할은 이 사업의 요구 역할이 아닙니다.' },
          ['input', 'slotIds', String(stray)],
        );
      const restated = await em.getRepository(ProjectInterest).existsBy({ projectId, organizationId });
      await em
        .createQueryBuilder()
        .insert()
        .into(ProjectInterest)
        .values({ projectId, organizationId, slotIds, message: input.message, accountId: viewer.accountId })
        .orUpdate(['slot_ids', 'message', 'account_id'], ['project_id', 'organization_id'])
        .execute();
      await recordAudit(em, {
        actorId: viewer.accountId,
        action: 'project.interest_expressed',
        subjectType: 'Project',
        subjectId: projectId,
        details: { organizationId, slotIds },
      });
      const interest = await em.getRepository(ProjectInterest).findOneByOrFail({ projectId, organizationId });
      // A new interest is news to the planner; restating one (other slots, another message) is not.
      if (!restated) await recordInterestExpressed(em, project, organizationId, slotIds, viewer.accountId);
      return { interest, project };
    });
  }

  withdraw(viewer: Viewer, input: WithdrawInterestInput, write: Write): Promise<InterestChange> {
    const projectId = inputId(input.projectId, 'Project', ['input', 'projectId']);
    return write.transaction(this.dataSource, async (em) => {
      const organizationId = interestedOrganization(await currentAccount(em, viewer));
      const project = await this.project(em, viewer, projectId);
      const deleted = await em.getRepository(ProjectInterest).delete({ projectId, organizationId });
      if (!deleted.affected)
        throw userError(
          ProjectInterestErrorCode.NOT_INTERESTED,
          { en: 'Your organisation has expressed no interest in this project.', ko: '귀 기관은 이 사업에 관심을 표명한 적이 없습니다.' },
          ['input', 'projectId'],
        );
      await recordAudit(em, {
        actorId: viewer.accountId,
        action: 'project.interest_withdrawn',
        subjectType: 'Project',
        subjectId: projectId,
        details: { organizationId },
      });
      return { interest: null, project };
    });
  }

  /** The project, locked so its status holds until commit; a DRAFT the viewer may not see is answered as an unknown id. */
  private async project(em: EntityManager, viewer: Viewer, projectId: number): Promise<Project> {
    const project = await em.getRepository(Project).findOne({ where: { id: projectId }, lock: { mode: 'pessimistic_write' } });
    if (!project || !canSeeProject(viewer, project)) throw notFound({ en: 'No project has this id.', ko: '이 id의 사업이 없습니다.' }, ['input', 'projectId']);
    return project;
  }
}
