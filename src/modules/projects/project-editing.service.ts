import { DataSource, EntityManager } from 'typeorm';
import { lockRow } from '../../db/row-lock';
import { asInputError } from '../../graphql/mutation-input';
import { notFound, userError } from '../../graphql/user-error';
import { Account } from '../accounts/account.entity';
import { AccountRole } from '../accounts/account.enums';
import type { Viewer } from '../accounts/viewer';
import { recordAudit } from '../audit/audit.service';
import { PilotCity } from '../cities/pilot-city.entity';
import { Consortium } from '../consortia/consortium.entity';
import { ConsortiumStatus } from '../consortia/consortium.enums';
import { consortiumEvent, invitedOrganizations } from '../consortia/consortium.events';
import { recordEvents, type EventDraft } from '../events/event-log';
import { Domain } from '../taxonomy/domain.entity';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { Technology } from '../taxonomy/technology.entity';
import { assertCanEditProject } from './project.access';
import {
  AddRequirementSlotInput,
  CreateProjectInput,
  MAX_SLOTS,
  RemoveRequirementSlotInput,
  RequirementSlotInput,
  UpdateProjectInput,
  UpdateRequirementSlotInput,
} from './project-editing.inputs';
import { assertProjectTransition, glossedProjectStatus, SLOT_EDITABLE_STATUSES } from './project-status';
import { ProjectStatus } from './project.enums';
import { Project } from './project.entity';
import { RequirementSlot } from './requirement-slot.entity';
import type { Write } from '../write';
import { ProjectErrorCode } from './project.errors';
import { recordProjectMatchedEvents, type MatchingPool } from '../notifications/project-matched.events';

/** The slot fields a client sets, with slugs already turned into ids. */
interface SlotValues {
  role: RequirementSlot['role'];
  domainId: number;
  technologyIds: number[];
  minLevel: number;
  weight: number;
  budgetShare: number;
  allowedKinds: RequirementSlot['allowedKinds'];
  descriptionKo: string;
  descriptionEn: string;
}

/**
 * Planners write projects and their requirement slots here; each method is one transaction that
 * locks the project row first, so ownership, status and version checks hold until commit.
 * Matching reads a project's slots afresh on every request (MatchingData.project; only the
 * organisation pool is cached), so a changed slot is matched against at once.
 */
export class ProjectEditingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    /** The approved members as matching keeps them in memory: PROJECT_MATCHED scores them when a project opens. */
    private readonly matchingPool: MatchingPool,
  ) {}

  async create(viewer: Viewer, input: CreateProjectInput, write: Write): Promise<Project> {
    const [cityId] = await asInputError(['input', 'city'], () => this.taxonomy.idsForSlugs(PilotCity, [input.city], 'input.city'));
    const slots = await Promise.all(input.slots.map((slot, i) => this.slotValues(slot, ['input', 'slots', String(i)])));
    return write.transaction(this.dataSource, async (em) => {
      if (await em.getRepository(Project).existsBy({ slug: input.slug })) {
        throw userError(
          ProjectErrorCode.SLUG_TAKEN,
          {
            en: `A project with the slug '${input.slug}' already exists; choose another.`,
            ko: `slug가 '${input.slug}'인 사업이 이미 있습니다. 다른 slug를 정하십시오.`,
          },
          ['input', 'slug'],
        );
      }
      const project = await em.getRepository(Project).save(
        em.getRepository(Project).create({
          slug: input.slug,
          cityId,
          ownerId: viewer.accountId,
          titleKo: input.titleKo,
          titleEn: input.titleEn,
          summaryKo: input.summaryKo,
          summaryEn: input.summaryEn,
          maxLargeStake: input.maxLargeStake ?? null,
          status: ProjectStatus.DRAFT,
        }),
      );
      for (const [i, values] of slots.entries()) await this.insertSlot(em, project.id, i + 1, values);
      return project;
    });
  }

  async update(viewer: Viewer, projectId: number, input: UpdateProjectInput, write: Write): Promise<Project> {
    return write.transaction(this.dataSource, async (em) => {
      const project = await this.lockProject(em, viewer, projectId, input.version);
      assertNotClosed(project);
      if (input.titleKo != null) project.titleKo = input.titleKo;
      if (input.titleEn != null) project.titleEn = input.titleEn;
      if (input.summaryKo != null) project.summaryKo = input.summaryKo;
      if (input.summaryEn != null) project.summaryEn = input.summaryEn;
      // null clears the cap; left out, it stays.
      if (input.maxLargeStake !== undefined) project.maxLargeStake = input.maxLargeStake;
      return this.bump(em, project);
    });
  }

  /**
   * Hands a project to another planner (admins only, checked by the resolver): the way a seeded
   * project, which has no owner, gets one, or a planner's work passes to a colleague.
   */
  async transfer(viewer: Viewer, projectId: number, ownerId: number, version: number | null | undefined, write: Write): Promise<Project> {
    return write.transaction(this.dataSource, async (em) => {
      const project = await this.lockProject(em, viewer, projectId, version);
      assertNotClosed(project);
      const owner = await em.getRepository(Account).findOneBy({ id: ownerId });
      if (!owner || owner.role !== AccountRole.PLANNER || owner.disabledAt !== null) {
        throw userError(
          ProjectErrorCode.OWNER_NOT_PLANNER,
          { en: 'A project can be handed only to an active planner account.', ko: '사업은 활성 상태인 기획자(PLANNER) 계정에만 넘길 수 있습니다.' },
          ['input', 'ownerId'],
        );
      }
      const from = project.ownerId;
      if (from === owner.id) return project;
      project.ownerId = owner.id;
      const saved = await this.bump(em, project);
      await recordAudit(em, {
        actorId: viewer.accountId,
        action: 'project.transferred',
        subjectType: 'Project',
        subjectId: project.id,
        details: { from, to: owner.id },
      });
      return saved;
    });
  }

  async addSlot(viewer: Viewer, projectId: number, input: AddRequirementSlotInput, write: Write): Promise<{ slot: RequirementSlot; project: Project }> {
    const values = await this.slotValues(input.slot, ['input', 'slot']);
    return write.transaction(this.dataSource, async (em) => {
      const project = await this.lockProject(em, viewer, projectId, input.version);
      assertSlotsEditable(project);
      const [{ count, last }]: { count: number; last: number }[] = await em.query(
        'SELECT count(*)::int AS count, coalesce(max(position), 0)::int AS last FROM requirement_slot WHERE project_id = $1',
        [projectId],
      );
      if (count >= MAX_SLOTS) {
        throw userError(
          ProjectErrorCode.TOO_MANY_SLOTS,
          { en: `A project has at most ${MAX_SLOTS} slots.`, ko: `사업의 요구 역할은 ${MAX_SLOTS}개까지입니다.` },
          ['input', 'slot'],
        );
      }
      const slot = await this.insertSlot(em, projectId, last + 1, values);
      return { slot, project: await this.bump(em, project) };
    });
  }

  async updateSlot(viewer: Viewer, slotId: number, input: UpdateRequirementSlotInput, write: Write): Promise<{ slot: RequirementSlot; project: Project }> {
    const field = ['input'];
    const domainId =
      input.domain != null ? (await asInputError([...field, 'domain'], () => this.taxonomy.idsForSlugs(Domain, [input.domain!], 'input.domain')))[0] : null;
    const technologyIds =
      input.technologies == null
        ? null
        : input.technologies.length === 0
          ? []
          : await asInputError([...field, 'technologies'], () => this.taxonomy.idsForSlugs(Technology, input.technologies!, 'input.technologies'));
    return write.transaction(this.dataSource, async (em) => {
      const { slot, project } = await this.lockSlot(em, viewer, slotId, input.version);
      // One UPDATE that also moves the version, even when only the technologies (a join table) change.
      await em
        .createQueryBuilder()
        .update(RequirementSlot)
        .set({
          role: input.role ?? slot.role,
          domainId: domainId ?? slot.domainId,
          minLevel: input.minLevel ?? slot.minLevel,
          weight: input.weight ?? slot.weight,
          budgetShare: input.budgetShare ?? slot.budgetShare,
          allowedKinds: input.allowedKinds != null ? (input.allowedKinds.length > 0 ? [...new Set(input.allowedKinds)] : null) : slot.allowedKinds,
          descriptionKo: input.descriptionKo ?? slot.descriptionKo,
          descriptionEn: input.descriptionEn ?? slot.descriptionEn,
          version: () => 'version + 1',
        })
        .where('id = :id', { id: slotId })
        .execute();
      if (technologyIds) await this.writeTechnologies(em, slotId, technologyIds, true);
      const saved = (await em.getRepository(RequirementSlot).findOneBy({ id: slotId })) as RequirementSlot;
      return { slot: saved, project: await this.bump(em, project) };
    });
  }

  async removeSlot(viewer: Viewer, slotId: number, input: RemoveRequirementSlotInput, write: Write): Promise<Project> {
    return write.transaction(this.dataSource, async (em) => {
      const { slot, project } = await this.lockSlot(em, viewer, slotId, input.version);
      await em.getRepository(RequirementSlot).delete({ id: slotId });
      // Close the gap in two steps: positions are unique per project and checked row by row.
      await em
        .createQueryBuilder()
        .update(RequirementSlot)
        .set({ position: () => 'position + 1000' })
        .where('project_id = :projectId AND position > :position', { projectId: project.id, position: slot.position })
        .execute();
      await em
        .createQueryBuilder()
        .update(RequirementSlot)
        .set({ position: () => 'position - 1001', version: () => 'version' })
        .where('project_id = :projectId AND position > 1000', { projectId: project.id })
        .execute();
      return this.bump(em, project);
    });
  }

  /** DRAFT → OPEN; a project with no slot has nothing to match and cannot open. */
  async open(viewer: Viewer, projectId: number, version: number | null | undefined, write: Write): Promise<Project> {
    return write.transaction(this.dataSource, async (em) => {
      const project = await this.lockProject(em, viewer, projectId, version);
      assertProjectTransition(project.status, ProjectStatus.OPEN);
      const slots = await em.getRepository(RequirementSlot).countBy({ projectId });
      if (slots === 0) {
        throw userError(
          ProjectErrorCode.NO_SLOTS,
          { en: 'Add at least one requirement slot before opening the project.', ko: '사업을 공고하기 전에 요구 역할을 하나 이상 추가하십시오.' },
          ['input', 'projectId'],
        );
      }
      project.status = ProjectStatus.OPEN;
      const opened = await this.bump(em, project);
      // Organisations it matches hear of it (PROJECT_MATCHED), in this transaction and last (events are).
      await recordProjectMatchedEvents(em, opened, viewer.accountId, this.matchingPool);
      return opened;
    });
  }

  /** Any status but CLOSED → CLOSED; consortia still being formed for it are dissolved with it. */
  async close(viewer: Viewer, projectId: number, version: number | null | undefined, write: Write): Promise<Project> {
    return write.transaction(this.dataSource, async (em) => {
      const project = await this.lockProject(em, viewer, projectId, version);
      assertProjectTransition(project.status, ProjectStatus.CLOSED);
      const open = await em
        .getRepository(Consortium)
        .createQueryBuilder('c')
        .setLock('pessimistic_write')
        .where('c.project_id = :projectId AND c.status IN (:...statuses)', { projectId, statuses: [ConsortiumStatus.DRAFT, ConsortiumStatus.INVITING] })
        .getMany();
      const events: EventDraft[] = [];
      for (const consortium of open) {
        // Its invited members hear that it ended with the project.
        events.push(
          await consortiumEvent(em, 'CONSORTIUM_DISSOLVED', consortium, await invitedOrganizations(em, consortium.id), viewer.accountId, 'project_closed'),
        );
        await em.getRepository(Consortium).save({ ...consortium, status: ConsortiumStatus.DISSOLVED, dissolvedAt: new Date() });
        await recordAudit(em, {
          actorId: viewer.accountId,
          action: 'consortium.dissolved',
          subjectType: 'Consortium',
          subjectId: consortium.id,
          details: { from: consortium.status, to: ConsortiumStatus.DISSOLVED, reason: 'project closed', projectId },
        });
      }
      project.status = ProjectStatus.CLOSED;
      const closed = await this.bump(em, project);
      // Last: the event log's lock is held from here to COMMIT (event-log.ts).
      await recordEvents(em, events);
      return closed;
    });
  }

  /**
   * Moves a project along its state machine from another module's transaction (a consortium's
   * invitations make it FORMING, its confirmation AWARDED). The caller holds the project lock.
   */
  async moveWithin(em: EntityManager, project: Project, to: ProjectStatus): Promise<Project> {
    assertProjectTransition(project.status, to);
    project.status = to;
    return this.bump(em, project);
  }

  /** Locks a project for a change by `viewer`: it must exist, be the viewer's to edit, and be at `version` when given. */
  private async lockProject(em: EntityManager, viewer: Viewer, projectId: number, version: number | null | undefined): Promise<Project> {
    return lockRow(em, Project, projectId, {
      label: { en: 'project', ko: '사업' },
      field: ['input', 'projectId'],
      expectedVersion: version,
      authorize: (project) => assertCanEditProject(viewer, project),
    });
  }

  /** Locks a slot and its project (project first, as every project mutation does, so two of them never deadlock). */
  private async lockSlot(em: EntityManager, viewer: Viewer, slotId: number, version: number): Promise<{ slot: RequirementSlot; project: Project }> {
    const found = await em.getRepository(RequirementSlot).findOneBy({ id: slotId });
    if (!found) throw notFound({ en: 'No requirement slot has this id.', ko: '이 id의 요구 역할이 없습니다.' }, ['input', 'slotId']);
    const project = await this.lockProject(em, viewer, found.projectId, null);
    const slot = await lockRow(em, RequirementSlot, slotId, {
      label: { en: 'requirement slot', ko: '요구 역할' },
      field: ['input', 'slotId'],
      expectedVersion: version,
    });
    assertSlotsEditable(project);
    return { slot, project };
  }

  /** Saves the project's own changes and moves its version on (slot changes are changes to the project too). */
  private async bump(em: EntityManager, project: Project): Promise<Project> {
    const { status, ownerId, titleKo, titleEn, summaryKo, summaryEn, maxLargeStake } = project;
    await em
      .createQueryBuilder()
      .update(Project)
      .set({ status, ownerId, titleKo, titleEn, summaryKo, summaryEn, maxLargeStake, version: () => 'version + 1' })
      .where('id = :id', { id: project.id })
      .execute();
    return (await em.getRepository(Project).findOneBy({ id: project.id })) as Project;
  }

  private async slotValues(input: RequirementSlotInput, field: string[]): Promise<SlotValues> {
    const [[domainId], technologyIds] = await Promise.all([
      asInputError([...field, 'domain'], () => this.taxonomy.idsForSlugs(Domain, [input.domain], `${field.join('.')}.domain`)),
      input.technologies.length
        ? asInputError([...field, 'technologies'], () => this.taxonomy.idsForSlugs(Technology, input.technologies, `${field.join('.')}.technologies`))
        : Promise.resolve([]),
    ]);
    return {
      role: input.role,
      domainId,
      technologyIds,
      minLevel: input.minLevel,
      weight: input.weight,
      budgetShare: input.budgetShare,
      allowedKinds: input.allowedKinds?.length ? [...new Set(input.allowedKinds)] : null,
      descriptionKo: input.descriptionKo,
      descriptionEn: input.descriptionEn,
    };
  }

  private async insertSlot(em: EntityManager, projectId: number, position: number, values: SlotValues): Promise<RequirementSlot> {
    const { technologyIds, ...columns } = values;
    const slot = await em.getRepository(RequirementSlot).save(em.getRepository(RequirementSlot).create({ ...columns, projectId, position }));
    await this.writeTechnologies(em, slot.id, technologyIds, false);
    return slot;
  }

  private async writeTechnologies(em: EntityManager, slotId: number, technologyIds: number[], replace: boolean): Promise<void> {
    if (replace) await em.query('DELETE FROM requirement_slot_technology WHERE requirement_slot_id = $1', [slotId]);
    if (technologyIds.length > 0) {
      await em.query('INSERT INTO requirement_slot_technology (requirement_slot_id, technology_id) SELECT $1, unnest($2::int[])', [slotId, technologyIds]);
    }
  }
}

function assertNotClosed(project: Project): void {
  if (project.status === ProjectStatus.CLOSED) {
    throw userError(ProjectErrorCode.PROJECT_CLOSED, { en: 'A CLOSED project cannot be changed.', ko: '종료(CLOSED)된 사업은 바꿀 수 없습니다.' }, [
      'input',
      'projectId',
    ]);
  }
}

function assertSlotsEditable(project: Project): void {
  if (!SLOT_EDITABLE_STATUSES.includes(project.status)) {
    throw userError(
      ProjectErrorCode.SLOTS_LOCKED,
      {
        en: `Slots can change only while the project is ${SLOT_EDITABLE_STATUSES.join(' or ')}; it is ${project.status}.`,
        ko: `요구 역할은 사업이 ${SLOT_EDITABLE_STATUSES.map(glossedProjectStatus).join(' 또는 ')} 상태일 때만 바꿀 수 있습니다. 지금은 ${glossedProjectStatus(project.status)} 상태입니다.`,
      },
      ['input'],
    );
  }
}
