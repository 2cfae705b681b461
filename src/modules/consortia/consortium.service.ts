import { DataSource, EntityManager } from 'typeorm';
import { organizationNames } from '../events/names';
import { topicParticle } from '../../graphql/language';
import { applyKeyset, type Page, type PagePlan } from '../../db/keyset';
import { lockRow } from '../../db/row-lock';
import { inputId } from '../../graphql/input-id';
import { asInputError } from '../../graphql/mutation-input';
import { badUserInput, conflict, notFound, userError } from '../../graphql/user-error';
import { fitValue } from '../../matching/fit';
import type { Viewer } from '../accounts/viewer';
import { recordAudit } from '../audit/audit.service';
import { consortiumQuery } from '../matching/matching.inputs';
import { Language, say, wording } from '../../graphql/language';
import type { MatchingService } from '../matching/matching.service';
import { MembershipStatus, membershipStatusWords, OrganizationKind } from '../organizations/organization.enums';
import { visibleOrganizationRows } from '../organizations/organization.access';
import { assertCanEditProject } from '../projects/project.access';
import type { ProjectEditingService } from '../projects/project-editing.service';
import { ProjectStatus, projectStatusWords, SlotRole } from '../projects/project.enums';
import { Project } from '../projects/project.entity';
import { RequirementSlot } from '../projects/requirement-slot.entity';
import { ConsortiumAssignment } from './consortium-assignment.entity';
import { ConsortiumMember } from './consortium-member.entity';
import { ConsortiumStatus, InvitationStatus } from './consortium.enums';
import { assertInvited, assertOwnsConsortium, visibleConsortiaClause } from './consortium.access';
import { Consortium } from './consortium.entity';
import { CreateConsortiaFromPortfolioInput, CreateConsortiumInput, InvitationAnswer, type StakeInput } from './consortium.inputs';
import { readRuleInputs } from '../matching/rule-inputs';
import { checkStakes, stakesFromAssignments } from './consortium-stakes';
import { round } from '../../graphql/round';
import type { Write } from '../write';
import { ConsortiumErrorCode } from './consortium.errors';
import { consortiumStatus, either, invitationStatus as invitationStatusWords, joined, ko, namer } from './consortium.words';
import { recordEvents, type EventDraft } from '../events/event-log';
import { ExpiryPolicy } from '../events/expiry';
import { consortiumEvent, invitationEvents, invitedOrganizations } from './consortium.events';
import { AWAITING_ANSWER_SQL, invitationStatus } from './consortium.expiry';

/** A project's consortia are listed newest first, as cursors name it. */
export const CONSORTIA_ORDER = 'CREATED_AT:DESC';
/** An organisation's consortium invitations: those awaiting its answer first, then newest first. */
export const INVITATIONS_ORDER = 'PENDING_FIRST:DESC';
/**
 * The invitations' sort key as one number, so keyset paging stays on (key, id): milliseconds since
 * 1970 of the invitation, plus 10^13 (after the year 2286) when it awaits an answer. Kept in step
 * with `invitationKey` below.
 */
const PENDING_BONUS = 10_000_000_000_000;
const INVITATION_KEY = `(CASE WHEN ${AWAITING_ANSWER_SQL} THEN ${PENDING_BONUS} ELSE 0 END + COALESCE(floor(extract(epoch FROM m.invited_at) * 1000), 0))`;
/** Consortia may be composed for a published project until it is awarded. */
const COMPOSABLE: readonly ProjectStatus[] = [ProjectStatus.OPEN, ProjectStatus.FORMING];
/** A member filling several slots takes the most senior of their roles, in this order. */
const SENIORITY: readonly SlotRole[] = [SlotRole.LEAD, SlotRole.INTEGRATOR, SlotRole.SOLUTION_PROVIDER, SlotRole.OPERATOR, SlotRole.RESEARCH_PARTNER];

interface Composition {
  members: { organizationId: number; role: SlotRole; field: string[] }[];
  assignments: { slotId: number; organizationId: number; field: string[] }[];
  source: Record<string, unknown>;
}

/**
 * A consortium's life (README "State machines"): DRAFT (the planner composes) → INVITING
 * (invitations out; the project becomes FORMING) → CONFIRMED (every member accepted and every slot
 * is filled; the project becomes AWARDED); DRAFT or INVITING → DISSOLVED. A CONFIRMED consortium is
 * not dissolved: the award stands, and closing the project is the way to end it.
 * Every change is one transaction that locks the project row, then the consortium row (always in
 * that order, as closeProject does), and writes an audit entry.
 */
export class ConsortiumService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly matching: MatchingService,
    private readonly projects: ProjectEditingService,
    readonly expiry: ExpiryPolicy = new ExpiryPolicy(),
  ) {}

  /** What a reader sees of a member's invitation: INVITED past INVITATION_TTL_DAYS reads EXPIRED, swept or not. */
  invitationStatusOf(
    member: Pick<ConsortiumMember, 'invitationStatus' | 'invitedAt'>,
    consortium: Pick<Consortium, 'status'> | null | undefined,
  ): InvitationStatus {
    return invitationStatus(member, consortium?.status, this.expiry);
  }

  /** `lang`: the request's, for the sentence of an assembleConsortium run that found no alternative of the asked rank. */
  async create(viewer: Viewer, input: CreateConsortiumInput, write: Write, lang: Language = Language.EN): Promise<Consortium> {
    const projectId = inputId(input.projectId, 'Project', ['input', 'projectId']);
    const byHand = input.members != null;
    if (byHand === (input.fromAlternative != null)) {
      throw badUserInput(
        { en: 'Give either members (with assignments) or fromAlternative.', ko: 'members(배정 포함)와 fromAlternative 가운데 하나만 주십시오.' },
        ['input'],
      );
    }
    if (!byHand && input.assignments != null) {
      throw badUserInput(
        { en: 'assignments go with members, not with fromAlternative.', ko: 'assignments는 fromAlternative가 아니라 members와 함께 씁니다.' },
        ['input', 'assignments'],
      );
    }
    if (input.allowUnfit && !input.reason?.trim()) {
      throw badUserInput(
        {
          en: 'Say why (reason) when you allow members in slots they do not fit.',
          ko: '맞지 않는 역할에 구성원을 두려면 이유(reason)를 적으십시오.',
        },
        ['input', 'reason'],
      );
    }
    // Checked before the solver runs, so nobody without the right waits for (or learns from) it; checked again under lock below.
    const project = await this.dataSource.getRepository(Project).findOneBy({ id: projectId });
    if (!project) throw notFound({ en: 'No project has this id.', ko: '이 id의 사업이 없습니다.' }, ['input', 'projectId']);
    assertCanEditProject(viewer, project);
    assertComposable(project);
    const composition = byHand ? this.byHand(input) : await this.fromAlternative(viewer, input, lang);

    return write.transaction(this.dataSource, async (em) => {
      const locked = await lockRow(em, Project, projectId, {
        label: { en: 'project', ko: '사업' },
        field: ['input', 'projectId'],
        authorize: (p) => assertCanEditProject(viewer, p),
      });
      assertComposable(locked);
      await this.checkComposition(em, viewer, projectId, composition);
      const unfit = byHand ? await unfitAssignments(em, locked, composition.assignments) : [];
      if (unfit.length > 0 && !input.allowUnfit) {
        const [first] = unfit;
        const names = await namer(em, viewer, [first.organizationId]);
        const who = names.organization(first.organizationId);
        const slot = names.slot(first.slot);
        throw userError(
          ConsortiumErrorCode.NO_FIT,
          {
            en:
              `${who.en} does not fit ${slot.en}: it has no capability in the slot's domain at the level, technologies or kind asked. ` +
              'Pass allowUnfit with a reason to keep it.',
            ko: `${ko.topic(who)} ${slot.ko}에 맞는 역량이 없습니다. 그래도 맡기려면 allowUnfit과 이유(reason)를 주십시오.`,
          },
          first.field,
        );
      }
      return this.insert(em, viewer, projectId, input.name, composition, {
        ...(unfit.length > 0 ? { unfit: unfit.map((a) => ({ slotId: a.slotId, organizationId: a.organizationId })), unfitReason: input.reason } : {}),
      });
    });
  }

  /** Stores a checked composition as a DRAFT consortium with its members' stakes, and audits it. */
  private async insert(
    em: EntityManager,
    viewer: Viewer,
    projectId: number,
    name: string,
    composition: Composition,
    extra: Record<string, unknown>,
  ): Promise<Consortium> {
    const shares = new Map(
      (await em.getRepository(RequirementSlot).find({ where: { projectId }, select: { id: true, budgetShare: true } })).map((slot) => [
        slot.id,
        slot.budgetShare,
      ]),
    );
    const stakes = stakesFromAssignments(
      composition.members.map((m) => m.organizationId),
      composition.assignments,
      shares,
    );
    const consortium = await em
      .getRepository(Consortium)
      .save(em.getRepository(Consortium).create({ projectId, name, ownerId: viewer.accountId, status: ConsortiumStatus.DRAFT }));
    await em.getRepository(ConsortiumMember).insert(
      composition.members.map((m) => ({
        consortiumId: consortium.id,
        organizationId: m.organizationId,
        role: m.role,
        stake: stakes?.get(m.organizationId) ?? null,
      })),
    );
    if (composition.assignments.length > 0) {
      await em
        .getRepository(ConsortiumAssignment)
        .insert(composition.assignments.map((a) => ({ consortiumId: consortium.id, requirementSlotId: a.slotId, organizationId: a.organizationId })));
    }
    await recordAudit(em, {
      actorId: viewer.accountId,
      action: 'consortium.created',
      subjectType: 'Consortium',
      subjectId: consortium.id,
      details: {
        projectId,
        ...composition.source,
        members: composition.members.map((m) => ({ organizationId: m.organizationId, role: m.role })),
        assignments: composition.assignments.map((a) => ({ slotId: a.slotId, organizationId: a.organizationId })),
        stakes: stakes ? Object.fromEntries(stakes) : null,
        ...extra,
      },
    });
    return consortium;
  }

  /**
   * The consortia of an assemblePortfolio answer, in one transaction: the projects locked in id
   * order, each composition checked as createConsortium checks one (APPROVED members, the project's
   * slots, each at most once), every member fitting its slot, and the organisations (locked too)
   * with capacity left for all their new consortia. The first failure answers a userError and
   * rolls everything back.
   */
  async createFromPortfolio(viewer: Viewer, input: CreateConsortiaFromPortfolioInput, write: Write): Promise<Consortium[]> {
    const wanted = input.consortia.map((c, i) => {
      const field = ['input', 'consortia', String(i)];
      const projectId = inputId(c.projectId, 'Project', [...field, 'projectId']);
      const assignments = c.assignments.map((a, j) => {
        const at = [...field, 'assignments', String(j)];
        return {
          slotId: inputId(a.slotId, 'RequirementSlot', [...at, 'slotId']),
          organizationId: inputId(a.organizationId, 'Organization', [...at, 'organizationId']),
          field: at,
        };
      });
      return { projectId, name: c.name, assignments, field };
    });
    const seen = new Set<number>();
    for (const w of wanted) {
      if (seen.has(w.projectId))
        throw userError(
          ConsortiumErrorCode.PROJECT_LISTED_TWICE,
          {
            en: 'This project is listed twice; a portfolio has one consortium per project.',
            ko: '이 사업이 두 번 들어 있습니다. 포트폴리오에는 사업마다 컨소시엄이 하나입니다.',
          },
          [...w.field, 'projectId'],
        );
      seen.add(w.projectId);
    }
    return write.transaction(this.dataSource, async (em) => {
      const projects = new Map<number, Project>();
      for (const projectId of [...seen].sort((a, b) => a - b)) {
        const field = wanted.find((w) => w.projectId === projectId)!.field;
        const locked = await lockRow(em, Project, projectId, {
          label: { en: 'project', ko: '사업' },
          field: [...field, 'projectId'],
          authorize: (p) => assertCanEditProject(viewer, p),
        });
        assertComposable(locked);
        projects.set(projectId, locked);
      }
      const compositions: Composition[] = [];
      for (const w of wanted) {
        // Members are the organisations filling a slot, each with the most senior role of its slots.
        const slotRoles = new Map(
          (await em.getRepository(RequirementSlot).find({ where: { projectId: w.projectId }, select: { id: true, role: true } })).map((s) => [s.id, s.role]),
        );
        const roles = new Map<number, SlotRole[]>();
        for (const a of w.assignments)
          roles.set(a.organizationId, [...(roles.get(a.organizationId) ?? []), ...(slotRoles.has(a.slotId) ? [slotRoles.get(a.slotId)!] : [])]);
        const composition: Composition = {
          members: [...roles].map(([organizationId, r]) => ({ organizationId, role: seniorRole(r), field: [...w.field, 'assignments'] })),
          assignments: w.assignments,
          source: { source: 'assemblePortfolio' },
        };
        await this.checkComposition(em, viewer, w.projectId, composition);
        const unfit = await unfitAssignments(em, projects.get(w.projectId)!, composition.assignments);
        if (unfit.length > 0) {
          throw userError(
            ConsortiumErrorCode.NO_FIT,
            {
              en: "This member no longer fits this slot: it has no capability in the slot's domain at the level, technologies or kind asked.",
              ko: '이 구성원은 이제 이 역할에 맞지 않습니다. 역할의 분야에서 요구하는 수준과 기술의 역량이 없거나 기관 유형이 맞지 않습니다.',
            },
            unfit[0].field,
          );
        }
        compositions.push(composition);
      }
      // Capacity, with the organisations locked so that two portfolios cannot both take an organisation's last place.
      const counts = new Map<number, number>();
      for (const c of compositions) for (const m of c.members) counts.set(m.organizationId, (counts.get(m.organizationId) ?? 0) + 1);
      const ids = [...counts.keys()].sort((a, b) => a - b);
      await em.query('SELECT id FROM organization WHERE id = ANY($1) ORDER BY id FOR UPDATE', [ids]);
      const remaining = await readRuleInputs(em, { organizationIds: ids, projectId: null, capacity: false, ties: false, remainingCapacity: true });
      for (const id of ids) {
        const left = remaining.get(id)?.remainingCapacity ?? Infinity;
        if ((counts.get(id) as number) > left) {
          const at = wanted.findIndex((w) => w.assignments.some((a) => a.organizationId === id));
          // Messages name members, never row ids.
          const name = (await organizationNames(em, [id])).get(id) ?? { ko: '이 기관', en: 'This organisation' };
          throw userError(
            ConsortiumErrorCode.OVER_CAPACITY,
            {
              en: `${name.en} can join ${Math.max(0, left)} more consortia, but the portfolio puts it in ${counts.get(id)}; nothing was created.`,
              ko: `${name.ko}${topicParticle(name.ko)} 컨소시엄에 ${Math.max(0, left)}곳 더 참여할 수 있는데 이 포트폴리오에서는 ${counts.get(id)}곳에 들어갑니다. 아무것도 만들지 않았습니다.`,
            },
            ['input', 'consortia', String(at)],
          );
        }
      }
      const created: Consortium[] = [];
      for (let i = 0; i < wanted.length; i++) created.push(await this.insert(em, viewer, wanted[i].projectId, wanted[i].name, compositions[i], {}));
      return created;
    });
  }

  /** DRAFT → INVITING: every member is invited; the project, if OPEN, becomes FORMING. */
  async invite(viewer: Viewer, consortiumId: number, version: number | null | undefined, write: Write): Promise<Consortium> {
    return this.change(write, viewer, consortiumId, version, async (em, consortium, project) => {
      assertStatus(consortium, [ConsortiumStatus.DRAFT], { en: 'invite its members', ko: '구성원을 초대할' });
      if (project.status === ProjectStatus.OPEN) await this.projects.moveWithin(em, project, ProjectStatus.FORMING);
      else if (project.status !== ProjectStatus.FORMING)
        throw userError(
          ConsortiumErrorCode.PROJECT_STATUS_FORBIDS,
          {
            en: `The project is ${project.status}; invitations go out only for an OPEN or FORMING project.`,
            ko: `사업이 ${projectStatusWords(project.status).ko} 상태라 초대를 보낼 수 없습니다. 초대는 공고 중이거나 컨소시엄 구성 중인 사업에만 보냅니다.`,
          },
          ['input', 'consortiumId'],
        );
      const invited = await em.getRepository(ConsortiumMember).find({
        where: { consortiumId, invitationStatus: InvitationStatus.NOT_SENT },
        select: { id: true, organizationId: true },
        order: { id: 'ASC' },
      });
      await em
        .getRepository(ConsortiumMember)
        .update({ consortiumId, invitationStatus: InvitationStatus.NOT_SENT }, { invitationStatus: InvitationStatus.INVITED, invitedAt: new Date() });
      return {
        status: ConsortiumStatus.INVITING,
        action: 'consortium.invited',
        details: { projectStatus: ProjectStatus.FORMING },
        events: await invitationEvents(
          em,
          'CONSORTIUM_INVITATION_SENT',
          consortium,
          invited.map((m) => m.organizationId),
          viewer.accountId,
        ),
      };
    });
  }

  /** INVITING → CONFIRMED, once every member accepted and every slot of the project is filled; the project becomes AWARDED. */
  async confirm(viewer: Viewer, consortiumId: number, version: number | null | undefined, write: Write): Promise<Consortium> {
    return this.change(write, viewer, consortiumId, version, async (em, consortium, project) => {
      if (await em.getRepository(Consortium).existsBy({ projectId: project.id, status: ConsortiumStatus.CONFIRMED }))
        throw conflict(
          {
            en: 'The project already has a confirmed consortium; a project is awarded once.',
            ko: '이 사업에는 이미 확정된 컨소시엄이 있습니다. 사업은 한 번만 선정됩니다.',
          },
          ['input', 'consortiumId'],
        );
      assertStatus(consortium, [ConsortiumStatus.INVITING], { en: 'be confirmed', ko: '확정할' });
      const [members, slots, assignments] = await Promise.all([
        em.getRepository(ConsortiumMember).find({ where: { consortiumId }, order: { id: 'ASC' } }),
        em.getRepository(RequirementSlot).find({ where: { projectId: project.id }, order: { position: 'ASC' } }),
        em.getRepository(ConsortiumAssignment).findBy({ consortiumId }),
      ]);
      const filled = new Set(assignments.map((a) => a.requirementSlotId));
      const waiting = members
        .filter((m) => m.invitationStatus !== InvitationStatus.ACCEPTED)
        .map((m) => ({ organizationId: m.organizationId, invitationStatus: this.invitationStatusOf(m, consortium) }));
      const open = slots.filter((s) => !filled.has(s.id));
      if (waiting.length > 0 || open.length > 0) {
        const names = await namer(
          em,
          viewer,
          waiting.map((m) => m.organizationId),
        );
        const answers = joined(
          waiting.map((m) => {
            const [who, status] = [names.organization(m.organizationId), invitationStatusWords(m.invitationStatus)];
            return { en: `${who.en} (${status.en})`, ko: `${who.ko}(${status.ko})` };
          }),
        );
        const unfilled = joined(open.map((slot) => names.slot(slot)));
        const missing = [
          ...(waiting.length ? [{ en: `members that have not accepted: ${answers.en}`, ko: `수락하지 않은 구성원: ${answers.ko}` }] : []),
          ...(open.length ? [{ en: `unfilled slots: ${unfilled.en}`, ko: `비어 있는 역할: ${unfilled.ko}` }] : []),
        ];
        const code = waiting.length ? ConsortiumErrorCode.MEMBERS_NOT_ACCEPTED : ConsortiumErrorCode.SLOTS_UNFILLED;
        throw userError(
          code,
          {
            en: `The consortium cannot be confirmed yet: ${missing.map((m) => m.en).join('; ')}.`,
            ko: `아직 컨소시엄을 확정할 수 없습니다. ${missing.map((m) => `${m.ko}.`).join(' ')}`,
          },
          ['input', 'consortiumId'],
        );
      }
      const [{ unapproved }]: { unapproved: number[] | null }[] = await em.query(
        'SELECT array_agg(id ORDER BY id) AS unapproved FROM organization WHERE id = ANY($1) AND membership_status <> $2',
        [members.map((m) => m.organizationId), MembershipStatus.APPROVED],
      );
      if (unapproved?.length) {
        const names = await namer(em, viewer, unapproved);
        const who = joined(unapproved.map((id) => names.organization(id)));
        throw userError(
          ConsortiumErrorCode.MEMBER_NOT_APPROVED,
          {
            en: `These members are no longer APPROVED members of the alliance: ${who.en}.`,
            ko: `더 이상 승인된 회원사가 아닌 구성원이 있습니다: ${who.ko}.`,
          },
          ['input', 'consortiumId'],
        );
      }
      await assertStakes(em, viewer, project, members);
      await this.projects.moveWithin(em, project, ProjectStatus.AWARDED);
      const dissolved = await this.dissolveOthers(em, viewer, project, consortiumId);
      const confirmed = await consortiumEvent(
        em,
        'CONSORTIUM_CONFIRMED',
        consortium,
        members.map((m) => m.organizationId),
        viewer.accountId,
      );
      return {
        status: ConsortiumStatus.CONFIRMED,
        action: 'consortium.confirmed',
        details: { projectStatus: ProjectStatus.AWARDED, dissolvedConsortia: dissolved.ids },
        confirmedAt: new Date(),
        events: [confirmed, ...dissolved.events],
      };
    });
  }

  /** DRAFT or INVITING → DISSOLVED. */
  async dissolve(
    viewer: Viewer,
    consortiumId: number,
    version: number | null | undefined,
    reason: string | null | undefined,
    write: Write,
  ): Promise<Consortium> {
    return this.change(write, viewer, consortiumId, version, async (em, consortium) => {
      if (consortium.status === ConsortiumStatus.CONFIRMED) {
        throw userError(
          ConsortiumErrorCode.CONSORTIUM_CONFIRMED,
          {
            en: 'A CONFIRMED consortium stands with its award; close the project to end it.',
            ko: '확정된 컨소시엄은 선정 결과와 함께 유지됩니다. 끝내려면 사업을 종료하십시오.',
          },
          ['input', 'consortiumId'],
        );
      }
      assertStatus(consortium, [ConsortiumStatus.DRAFT, ConsortiumStatus.INVITING], { en: 'be dissolved', ko: '해산할' });
      return {
        status: ConsortiumStatus.DISSOLVED,
        action: 'consortium.dissolved',
        details: { reason: reason ?? null },
        dissolvedAt: new Date(),
        events: [await consortiumEvent(em, 'CONSORTIUM_DISSOLVED', consortium, await invitedOrganizations(em, consortium.id), viewer.accountId)],
      };
    });
  }

  /**
   * The planner sets members' stakes (fractions 0–1) while the consortium is DRAFT or INVITING;
   * members left out keep theirs. Whether they add up is checked at confirmation.
   */
  async setStakes(viewer: Viewer, consortiumId: number, version: number | null | undefined, stakes: readonly StakeInput[], write: Write): Promise<Consortium> {
    const wanted = stakes.map((s, i) => ({
      organizationId: inputId(s.organizationId, 'Organization', ['input', 'stakes', String(i), 'organizationId']),
      stake: s.stake,
      field: ['input', 'stakes', String(i), 'organizationId'],
    }));
    return this.change(write, viewer, consortiumId, version, async (em, consortium) => {
      assertStatus(consortium, [ConsortiumStatus.DRAFT, ConsortiumStatus.INVITING], { en: 'change its stakes', ko: '지분을 바꿀' });
      const members = await em.getRepository(ConsortiumMember).findBy({ consortiumId });
      const byOrganization = new Map(members.map((m) => [m.organizationId, m]));
      const seen = new Set<number>();
      for (const w of wanted) {
        if (seen.has(w.organizationId)) throw userError(ConsortiumErrorCode.MEMBER_LISTED_TWICE, LISTED_TWICE, w.field);
        seen.add(w.organizationId);
        if (!byOrganization.has(w.organizationId)) {
          throw userError(
            ConsortiumErrorCode.NOT_A_MEMBER,
            { en: 'This organisation is not a member of the consortium.', ko: '이 기관은 이 컨소시엄의 구성원이 아닙니다.' },
            w.field,
          );
        }
      }
      for (const w of wanted) await em.getRepository(ConsortiumMember).update({ id: byOrganization.get(w.organizationId)!.id }, { stake: w.stake });
      return {
        status: consortium.status,
        action: 'consortium.stakes_set',
        details: {
          stakes: wanted.map((w) => ({ organizationId: w.organizationId, from: byOrganization.get(w.organizationId)!.stake, to: w.stake })),
        },
      };
    });
  }

  /**
   * The award closes the rest: the project's other consortia still forming are dissolved, and
   * their unanswered invitations expire. The caller holds the project lock, so none is confirmed meanwhile.
   */
  private async dissolveOthers(em: EntityManager, viewer: Viewer, project: Project, confirmedId: number): Promise<{ ids: number[]; events: EventDraft[] }> {
    const others = await em
      .getRepository(Consortium)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.project_id = :projectId AND c.id <> :confirmedId AND c.status IN (:...statuses)', {
        projectId: project.id,
        confirmedId,
        statuses: [ConsortiumStatus.DRAFT, ConsortiumStatus.INVITING],
      })
      .orderBy('c.id')
      .getMany();
    const events: EventDraft[] = [];
    for (const other of others) {
      // Its invited members hear that it ended (before their open invitations are marked EXPIRED below).
      events.push(await consortiumEvent(em, 'CONSORTIUM_DISSOLVED', other, await invitedOrganizations(em, other.id), viewer.accountId, 'award'));
      const expired: unknown = await em.query(
        `UPDATE consortium_member SET invitation_status = $2 WHERE consortium_id = $1 AND invitation_status = $3 RETURNING organization_id`,
        [other.id, InvitationStatus.EXPIRED, InvitationStatus.INVITED],
      );
      await this.touch(em, other.id, { status: ConsortiumStatus.DISSOLVED, dissolvedAt: new Date() });
      await recordAudit(em, {
        actorId: viewer.accountId,
        action: 'consortium.dissolved',
        subjectType: 'Consortium',
        subjectId: other.id,
        details: {
          from: other.status,
          to: ConsortiumStatus.DISSOLVED,
          reason: 'another consortium of the project was confirmed',
          confirmedConsortiumId: confirmedId,
          expiredInvitations: expiredIds(expired),
        },
      });
    }
    return { ids: others.map((c) => c.id), events };
  }

  /** A member of an INVITED organisation accepts or declines, while the consortium is INVITING. */
  async answer(viewer: Viewer, consortiumId: number, answer: InvitationAnswer, write: Write): Promise<Consortium> {
    return write.transaction(this.dataSource, async (em) => {
      const consortium = await lockRow(em, Consortium, consortiumId, { label: { en: 'consortium', ko: '컨소시엄' }, field: ['input', 'consortiumId'] });
      const member =
        viewer.organizationId != null ? await em.getRepository(ConsortiumMember).findOneBy({ consortiumId, organizationId: viewer.organizationId }) : null;
      assertInvited(member);
      assertStatus(consortium, [ConsortiumStatus.INVITING], { en: 'take answers', ko: '초대 답변을 받을' });
      const current = this.invitationStatusOf(member, consortium);
      if (current !== InvitationStatus.INVITED) {
        throw userError(
          ConsortiumErrorCode.INVITATION_NOT_PENDING,
          {
            en: `Your organisation's invitation is ${current}; only an INVITED organisation can answer.`,
            ko: `귀 기관의 초대는 이미 ${invitationStatusWords(current).ko} 상태입니다. 답변을 기다리는 초대에만 답할 수 있습니다.`,
          },
          ['input', 'consortiumId'],
        );
      }
      const status = answer === InvitationAnswer.ACCEPTED ? InvitationStatus.ACCEPTED : InvitationStatus.DECLINED;
      await em.getRepository(ConsortiumMember).update({ id: member.id }, { invitationStatus: status, answeredAt: new Date(), answeredById: viewer.accountId });
      await recordAudit(em, {
        actorId: viewer.accountId,
        action: answer === InvitationAnswer.ACCEPTED ? 'consortium.invitation_accepted' : 'consortium.invitation_declined',
        subjectType: 'Consortium',
        subjectId: consortiumId,
        details: { organizationId: member.organizationId, from: member.invitationStatus, to: status },
      });
      const touched = await this.touch(em, consortiumId, {});
      await recordEvents(
        em,
        await invitationEvents(
          em,
          status === InvitationStatus.ACCEPTED ? 'CONSORTIUM_INVITATION_ACCEPTED' : 'CONSORTIUM_INVITATION_DECLINED',
          consortium,
          [member.organizationId],
          viewer.accountId,
        ),
      );
      return touched;
    });
  }

  /** Consortia of a project that the viewer may see, newest first. */
  async list(viewer: Viewer | null, projectId: number, plan: PagePlan): Promise<Page<Consortium>> {
    const qb = this.dataSource.getRepository(Consortium).createQueryBuilder('c').where('c.project_id = :projectId', { projectId });
    const visible = visibleConsortiaClause(viewer, 'c');
    if (visible) qb.andWhere(visible.sql, visible.parameters);
    const totalCount = await qb.clone().getCount();
    const rows = await applyKeyset(qb, 'c', 'c.created_at', true, plan).getMany();
    return { rows, keyOf: (c) => ({ value: c.createdAt.toISOString(), id: c.id }), totalCount };
  }

  /**
   * The consortium invitations sent to an organisation (drafts' memberships are not invitations
   * yet): INVITED ones of an INVITING consortium first, then newest first. Its members see these
   * consortia (consortium.access.ts), so nothing here is hidden from them.
   */
  async invitationsOf(organizationId: number | null, plan: PagePlan): Promise<Page<ConsortiumMember>> {
    const qb = this.dataSource
      .getRepository(ConsortiumMember)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.consortium', 'c')
      .where('m.organization_id = :organizationId', { organizationId: organizationId ?? 0 })
      .andWhere('m.invitation_status <> :notSent', { notSent: InvitationStatus.NOT_SENT });
    const count = qb.clone();
    // Expired invitations, swept or not, sort with the answered ones.
    const cutoff = this.expiry.invitationCutoff();
    const rows = await applyKeyset(qb, 'm', INVITATION_KEY, true, plan).setParameter('invitationCutoff', cutoff).getMany();
    return { rows, keyOf: (m) => ({ value: invitationKey(m, cutoff), id: m.id }), totalCount: () => count.getCount() };
  }

  /**
   * The viewer's consortia, newest first: for a member of an organisation, those the organisation is
   * in; for planners and admins, those they composed (for their projects). All visible to the viewer.
   */
  async mine(viewer: Viewer, status: ConsortiumStatus | null | undefined, plan: PagePlan): Promise<Page<Consortium>> {
    const qb = this.dataSource.getRepository(Consortium).createQueryBuilder('c');
    if (viewer.organizationId != null) {
      qb.where('EXISTS (SELECT 1 FROM consortium_member m WHERE m.consortium_id = c.id AND m.organization_id = :organizationId)', {
        organizationId: viewer.organizationId,
      });
    } else {
      qb.where('c.owner_id = :accountId', { accountId: viewer.accountId });
    }
    if (status) qb.andWhere('c.status = :status', { status });
    const count = qb.clone();
    const rows = await applyKeyset(qb, 'c', 'c.created_at', true, plan).getMany();
    return { rows, keyOf: (c) => ({ value: c.createdAt.toISOString(), id: c.id }), totalCount: () => count.getCount() };
  }

  /**
   * One owner's change: locks the project, then the consortium (owner or admin, at `version`),
   * applies `apply`, stores the new status with a new version, and records the audit entry.
   */
  private async change(
    write: Write,
    viewer: Viewer,
    consortiumId: number,
    version: number | null | undefined,
    apply: (
      em: EntityManager,
      consortium: Consortium,
      project: Project,
    ) => Promise<{
      status: ConsortiumStatus;
      action: string;
      details: Record<string, unknown>;
      confirmedAt?: Date;
      dissolvedAt?: Date;
      events?: EventDraft[];
    }>,
  ): Promise<Consortium> {
    const found = await this.dataSource.getRepository(Consortium).findOneBy({ id: consortiumId });
    if (!found) throw notFound({ en: 'No consortium has this id.', ko: '이 id의 컨소시엄이 없습니다.' }, ['input', 'consortiumId']);
    return write.transaction(this.dataSource, async (em) => {
      const project = await lockRow(em, Project, found.projectId, { label: { en: 'project', ko: '사업' }, field: ['input', 'consortiumId'] });
      const consortium = await lockRow(em, Consortium, consortiumId, {
        label: { en: 'consortium', ko: '컨소시엄' },
        field: ['input', 'consortiumId'],
        expectedVersion: version,
        authorize: (c) => assertOwnsConsortium(viewer, c),
      });
      const { status, action, details, events, ...dates } = await apply(em, consortium, project);
      await recordAudit(em, {
        actorId: viewer.accountId,
        action,
        subjectType: 'Consortium',
        subjectId: consortiumId,
        details: { from: consortium.status, to: status, ...details },
      });
      const touched = await this.touch(em, consortiumId, { status, ...dates });
      // Last: the event log's lock is held from here to COMMIT (event-log.ts).
      await recordEvents(em, events ?? []);
      return touched;
    });
  }

  /** Writes the consortium's changed columns and moves its version on (a member's answer changes it too). */
  private async touch(
    em: EntityManager,
    consortiumId: number,
    changes: Partial<Pick<Consortium, 'status' | 'confirmedAt' | 'dissolvedAt'>>,
  ): Promise<Consortium> {
    await em
      .createQueryBuilder()
      .update(Consortium)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id', { id: consortiumId })
      .execute();
    return (await em.getRepository(Consortium).findOneBy({ id: consortiumId })) as Consortium;
  }

  private byHand(input: CreateConsortiumInput): Composition {
    const members = (input.members ?? []).map((m, i) => {
      const field = ['input', 'members', String(i), 'organizationId'];
      return { organizationId: inputId(m.organizationId, 'Organization', field), role: m.role, field };
    });
    const assignments = (input.assignments ?? []).map((a, i) => {
      const field = ['input', 'assignments', String(i)];
      return {
        slotId: inputId(a.slotId, 'RequirementSlot', [...field, 'slotId']),
        organizationId: inputId(a.organizationId, 'Organization', [...field, 'organizationId']),
        field,
      };
    });
    return { members, assignments, source: { source: 'manual' } };
  }

  /** Runs assembleConsortium again, server-side, and takes the alternative of the asked rank. */
  private async fromAlternative(viewer: Viewer, input: CreateConsortiumInput, lang: Language): Promise<Composition> {
    const { options, rank } = input.fromAlternative!;
    const args = { projectId: input.projectId, options: options ?? null, lang };
    const result = await asInputError(['input', 'fromAlternative', 'options'], async () => this.matching.assembleConsortium(consortiumQuery(args), viewer));
    const alternative = result.alternatives[rank - 1];
    if (!alternative) {
      // The run's infeasibleReason is in the request's language only, so the message is too; the count goes in alternativeCount.
      const why = result.infeasibleReason ? ` ${result.infeasibleReason}` : '';
      throw userError(
        ConsortiumErrorCode.NO_SUCH_ALTERNATIVE,
        wording(
          say(lang, {
            en: `assembleConsortium found fewer alternatives than this rank under these options (alternativeCount says how many).${why}`,
            ko: `이 조건으로 찾은 대안이 이 순위까지 없습니다(찾은 수는 alternativeCount).${why}`,
          }),
        ),
        ['input', 'fromAlternative', 'rank'],
        { alternativeCount: result.alternatives.length },
      );
    }
    const field = ['input', 'fromAlternative'];
    return {
      members: alternative.members.map((m) => ({ organizationId: m.organizationId, role: seniorRole(m.roles), field })),
      assignments: alternative.assignments.map((a) => ({ slotId: a.slotId, organizationId: a.organizationId, field })),
      source: { source: 'assembleConsortium', rank, value: alternative.value },
    };
  }

  /** Members are distinct APPROVED organisations; each assignment names a slot of the project, at most once, and a member. */
  private async checkComposition(em: EntityManager, viewer: Viewer, projectId: number, composition: Composition): Promise<void> {
    const { members, assignments } = composition;
    if (members.length === 0) {
      throw userError(
        ConsortiumErrorCode.NO_MEMBERS,
        { en: 'A consortium needs at least one member.', ko: '컨소시엄에는 구성원이 한 곳 이상 있어야 합니다.' },
        ['input', 'members'],
      );
    }
    const seen = new Set<number>();
    for (const m of members) {
      if (seen.has(m.organizationId)) throw userError(ConsortiumErrorCode.MEMBER_LISTED_TWICE, LISTED_TWICE, m.field);
      seen.add(m.organizationId);
    }
    const organizations = await visibleOrganizationRows(em, viewer, [...seen]);
    for (const m of members) {
      // One the composer may not see (a planner sees APPROVED organisations only) is answered as an unknown id, naming no state.
      const status = organizations.visible(m.organizationId)?.membershipStatus;
      if (!status) throw notFound({ en: 'No organisation has this id.', ko: '이 id의 기관이 없습니다.' }, m.field);
      if (status !== MembershipStatus.APPROVED) {
        throw userError(
          ConsortiumErrorCode.MEMBER_NOT_APPROVED,
          {
            en: `Only APPROVED members can join a consortium; this organisation is ${status}.`,
            ko: `승인된 회원사만 컨소시엄에 참여할 수 있습니다. 이 기관은 ${membershipStatusWords(status).ko} 상태입니다.`,
          },
          m.field,
        );
      }
    }
    const slots = new Map(
      (await em.getRepository(RequirementSlot).find({ where: { projectId }, select: { id: true, domainId: true, role: true } })).map((s) => [s.id, s]),
    );
    const filled = new Set<number>();
    for (const a of assignments) {
      const slot = slots.get(a.slotId);
      if (!slot) {
        throw userError(
          ConsortiumErrorCode.SLOT_NOT_IN_PROJECT,
          { en: "This slot is not one of the project's requirement slots.", ko: '이 역할은 이 사업의 요구 역할이 아닙니다.' },
          [...a.field, 'slotId'],
        );
      }
      if (filled.has(a.slotId)) {
        const label = (await namer(em, viewer, [])).slot(slot);
        throw userError(
          ConsortiumErrorCode.SLOT_ASSIGNED_TWICE,
          {
            en: `${label.en[0].toUpperCase()}${label.en.slice(1)} is assigned twice; a slot is filled by one member.`,
            ko: `${ko.subject(label)} 두 번 배정되었습니다. 한 역할은 한 구성원만 맡습니다.`,
          },
          [...a.field, 'slotId'],
        );
      }
      if (!seen.has(a.organizationId)) {
        throw userError(
          ConsortiumErrorCode.ASSIGNEE_NOT_MEMBER,
          { en: 'The organisation filling a slot must be one of the members.', ko: '역할을 맡는 기관은 구성원 가운데 하나여야 합니다.' },
          [...a.field, 'organizationId'],
        );
      }
      filled.add(a.slotId);
    }
  }
}

/** MEMBER_LISTED_TWICE, where the field names the second mention. */
const LISTED_TWICE = { en: 'This organisation is listed twice.', ko: '이 기관이 두 번 들어 있습니다.' };

function assertComposable(project: Project): void {
  if (!COMPOSABLE.includes(project.status)) {
    throw userError(
      ConsortiumErrorCode.PROJECT_STATUS_FORBIDS,
      {
        en: `Consortia are composed for OPEN or FORMING projects; this one is ${project.status}.`,
        ko: `컨소시엄은 공고 중이거나 컨소시엄 구성 중인 사업에만 꾸릴 수 있습니다. 이 사업은 ${projectStatusWords(project.status).ko} 상태입니다.`,
      },
      ['input', 'projectId'],
    );
  }
}

/** CONSORTIUM_STATUS_FORBIDS unless the consortium is in one of `allowed`; `what` it cannot do, as "cannot …" and "…수 없습니다" need it. */
function assertStatus(consortium: Consortium, allowed: readonly ConsortiumStatus[], what: { en: string; ko: string }): void {
  if (!allowed.includes(consortium.status)) {
    const only = either(allowed.map(consortiumStatus));
    throw userError(
      ConsortiumErrorCode.CONSORTIUM_STATUS_FORBIDS,
      {
        en: `A ${consortium.status} consortium cannot ${what.en} (only ${allowed.join(' or ')}).`,
        ko: `${consortiumStatus(consortium.status).ko} 상태의 컨소시엄은 ${what.ko} 수 없습니다. ${only.ko} 상태에서만 됩니다.`,
      },
      ['input', 'consortiumId'],
    );
  }
}

function seniorRole(roles: readonly SlotRole[]): SlotRole {
  return SENIORITY.find((role) => roles.includes(role)) ?? SlotRole.SOLUTION_PROVIDER;
}

/** INVITATION_KEY for a loaded membership (with its consortium). */
function invitationKey(member: ConsortiumMember, invitationCutoff: Date): number {
  const pending =
    member.invitationStatus === InvitationStatus.INVITED &&
    member.consortium?.status === ConsortiumStatus.INVITING &&
    member.invitedAt !== null &&
    member.invitedAt.getTime() > invitationCutoff.getTime();
  return (pending ? PENDING_BONUS : 0) + (member.invitedAt?.getTime() ?? 0);
}

/**
 * confirmConsortium's stake rules (issue 14): every member's stake set and all adding up to 1, and
 * the LARGE_ENTERPRISE members' at most the project's maxLargeStake; the numbers go in the error's fields.
 */
async function assertStakes(em: EntityManager, viewer: Viewer, project: Project, members: readonly ConsortiumMember[]): Promise<void> {
  const kinds: { id: number; kind: OrganizationKind }[] = await em.query('SELECT id, kind FROM organization WHERE id = ANY($1)', [
    members.map((m) => m.organizationId),
  ]);
  const large = new Set(kinds.filter((k) => k.kind === OrganizationKind.LARGE_ENTERPRISE).map((k) => k.id));
  const check = checkStakes(
    members.map((m) => ({ organizationId: m.organizationId, stake: m.stake, large: large.has(m.organizationId) })),
    project.maxLargeStake,
  );
  const field = ['input', 'consortiumId'];
  if (!check.complete) {
    const names = await namer(em, viewer, check.unset);
    const unset = joined(check.unset.map((id) => names.organization(id)));
    throw userError(
      ConsortiumErrorCode.STAKES_DO_NOT_SUM_TO_ONE,
      {
        en: `The members' stakes do not add up to 1 (stakeSum says what they add up to); set them with setConsortiumStakes.${check.unset.length ? ` Members without a stake: ${unset.en}.` : ''}`,
        ko: `구성원 지분을 모두 더해도 1이 되지 않습니다(합계는 stakeSum). setConsortiumStakes로 지분을 정하십시오.${check.unset.length ? ` 지분이 없는 구성원: ${unset.ko}.` : ''}`,
      },
      field,
      { stakeSum: round(check.sum, 6) },
    );
  }
  if (!check.withinCap) {
    const largeMembers = members.filter((m) => large.has(m.organizationId) && (m.stake ?? 0) > 0).map((m) => m.organizationId);
    const names = await namer(em, viewer, largeMembers);
    const who = joined(largeMembers.map((id) => names.organization(id)));
    throw userError(
      ConsortiumErrorCode.LARGE_STAKE_EXCEEDED,
      {
        en: `The large enterprises (${who.en}) together hold more of the consortium than the project allows (largeStake against maxLargeStake).`,
        ko: `대기업(${who.ko})의 지분 합계가 사업의 상한을 넘습니다(largeStake, maxLargeStake).`,
      },
      field,
      { largeStake: round(check.largeSum, 6), maxLargeStake: project.maxLargeStake },
    );
  }
}

/**
 * The hand-made assignments whose member does not fit its slot: fit 0 by the formula of
 * docs/matching.md (src/matching/fit.ts), read from the members' capabilities as stored now.
 */
async function unfitAssignments<A extends { slotId: number; organizationId: number }>(
  em: EntityManager,
  project: Project,
  assignments: readonly A[],
): Promise<(A & { slot: { id: number; domainId: number; role: SlotRole } })[]> {
  if (assignments.length === 0) return [];
  const slotRows: {
    id: number;
    domain_id: number;
    role: SlotRole;
    min_level: number;
    weight: number;
    allowed_kinds: string[] | null;
    technology_ids: number[];
  }[] = await em.query(
    `SELECT s.id, s.domain_id, s.role, s.min_level, s.weight, s.allowed_kinds::text[] AS allowed_kinds,
              ARRAY(SELECT t.technology_id FROM requirement_slot_technology t WHERE t.requirement_slot_id = s.id ORDER BY 1) AS technology_ids
         FROM requirement_slot s WHERE s.id = ANY($1)`,
    [assignments.map((a) => a.slotId)],
  );
  const organizationIds = [...new Set(assignments.map((a) => a.organizationId))];
  const organizationRows: { id: number; kind: string; industry_id: number }[] = await em.query(
    'SELECT id, kind, industry_id FROM organization WHERE id = ANY($1)',
    [organizationIds],
  );
  const capabilityRows: { id: number; organization_id: number; domain_id: number; level: number; technology_ids: number[]; city_ids: number[] }[] =
    await em.query(
      `SELECT c.id, c.organization_id, c.domain_id, c.level,
              ARRAY(SELECT t.technology_id FROM capability_technology t WHERE t.capability_id = c.id ORDER BY 1) AS technology_ids,
              ARRAY(SELECT p.pilot_city_id FROM capability_city p WHERE p.capability_id = c.id ORDER BY 1) AS city_ids
         FROM capability c WHERE c.organization_id = ANY($1)`,
      [organizationIds],
    );
  const slots = new Map(
    slotRows.map((r) => [
      r.id,
      {
        id: r.id,
        domainId: r.domain_id,
        role: r.role,
        technologyIds: r.technology_ids,
        minLevel: r.min_level,
        weight: r.weight,
        allowedKinds: r.allowed_kinds,
      },
    ]),
  );
  const organizations = new Map(
    organizationRows.map((r) => [
      r.id,
      {
        id: r.id,
        kind: r.kind,
        industryId: r.industry_id,
        capabilities: capabilityRows
          .filter((c) => c.organization_id === r.id)
          .map((c) => ({ id: c.id, domainId: c.domain_id, level: c.level, technologyIds: c.technology_ids, cityIds: c.city_ids })),
      },
    ]),
  );
  // checkComposition ran first: every slot is the project's, every organisation exists.
  return assignments
    .map((a) => ({ ...a, slot: slots.get(a.slotId)! }))
    .filter((a) => {
      const organization = organizations.get(a.organizationId);
      return !organization || fitValue(organization, a.slot, project.cityId) === 0;
    });
}

/** The organisations of an `UPDATE … RETURNING organization_id` (node-postgres gives [rows, count] for an UPDATE through TypeORM). */
function expiredIds(result: unknown): number[] {
  const rows = Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result;
  return (rows as { organization_id: number }[]).map((row) => row.organization_id);
}
