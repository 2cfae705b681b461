import { DataSource, MoreThan, QueryFailedError } from 'typeorm';
import { applyKeyset, type Page, type PagePlan } from '../../db/keyset';
import { lockRow } from '../../db/row-lock';
import { inputId } from '../../graphql/input-id';
import { notFound, userError, type UserFacingError } from '../../graphql/user-error';
import type { Viewer } from '../accounts/viewer';
import { MembershipStatus } from '../organizations/organization.enums';
import { visibleOrganizationRows } from '../organizations/organization.access';
import { canSeeProject } from '../projects/project.access';
import { Project } from '../projects/project.entity';
import { PartnershipRequestStatus } from './partnership-request.enums';
import { PartnershipRequest } from './partnership-request.entity';
import { assertApprovedParty, assertMayAnswer, assertMayWithdraw, senderOrganization } from './partnership.access';
import { MyPartnershipRequestsArgs, PartnershipAnswer, PartnershipDirection, SendPartnershipRequestInput } from './partnership.inputs';
import type { Write } from '../write';
import { PartnershipErrorCode } from './partnership.errors';
import { recordRequestEvents } from './partnership.events';
import { markExpired, recordExpiryEvents, requestStatus, requestStatusSql } from './partnership.expiry';
import { ExpiryPolicy } from '../events/expiry';

/** Outgoing pending requests per organisation are capped so nobody spams (docs/workflows.md). */
export const MAX_PENDING_OUTGOING = 20;

/** A member's requests are listed newest first, as cursors name it. */
export const REQUESTS_ORDER = 'CREATED_AT:DESC';
const PENDING_PAIR_INDEX = 'UQ_partnership_request_pending_pair';

/**
 * Partnership requests between member organisations. A request is PENDING until the receiver
 * answers (ACCEPTED, DECLINED), the sender withdraws it (WITHDRAWN) or REQUEST_TTL_DAYS pass
 * (EXPIRED, partnership.expiry.ts); those four are final.
 */
export class PartnershipService {
  constructor(
    private readonly dataSource: DataSource,
    readonly expiry: ExpiryPolicy = new ExpiryPolicy(),
  ) {}

  /** The status a reader sees: PENDING past its time reads EXPIRED, swept or not. */
  statusOf(request: Pick<PartnershipRequest, 'status' | 'createdAt'>): PartnershipRequestStatus {
    return requestStatus(request, this.expiry);
  }

  /** When a request that is still PENDING will expire; null once it is not. */
  expiresAt(request: Pick<PartnershipRequest, 'status' | 'createdAt'>): Date | null {
    return this.statusOf(request) === PartnershipRequestStatus.PENDING ? this.expiry.requestExpiresAt(request.createdAt) : null;
  }

  async send(viewer: Viewer, input: SendPartnershipRequestInput, write: Write): Promise<PartnershipRequest> {
    const fromId = senderOrganization(viewer);
    const toId = inputId(input.toOrganizationId, 'Organization', ['input', 'toOrganizationId']);
    const projectId = input.projectId != null ? inputId(input.projectId, 'Project', ['input', 'projectId']) : null;
    if (toId === fromId) {
      throw userError(
        PartnershipErrorCode.SELF_REQUEST,
        { en: 'An organisation cannot ask itself to partner.', ko: '자기 기관에는 파트너십을 요청할 수 없습니다.' },
        ['input', 'toOrganizationId'],
      );
    }

    try {
      return await write.transaction(this.dataSource, async (em) => {
        // Both organisation rows are locked, in id order (no deadlock), so the cap and the
        // no-duplicate rule (either direction) are checked and written by one sender at a time.
        const orgs = await visibleOrganizationRows(em, viewer, [fromId, toId], { lock: true });
        assertApprovedParty(orgs.any(fromId)?.membershipStatus, 'send');
        // An organisation the sender may not see (a PRIVATE profile, or any state but APPROVED) gets
        // the very answer an unknown id gets: a different one would tell them apart. A member of an
        // APPROVED organisation sees APPROVED ones only, so this also keeps requests to APPROVED members.
        const to = orgs.visible(toId);
        if (to?.membershipStatus !== MembershipStatus.APPROVED)
          throw notFound({ en: 'No organisation has this id.', ko: '이 id의 기관이 없습니다.' }, ['input', 'toOrganizationId']);
        if (projectId !== null) {
          const project = await em.getRepository(Project).findOneBy({ id: projectId });
          if (!project || !canSeeProject(viewer, project))
            throw notFound({ en: 'No published project has this id.', ko: '이 id의 공개된 사업이 없습니다.' }, ['input', 'projectId']);
        }
        // A request between the two that ran out of time is written down as EXPIRED first (with its
        // event): it no longer blocks a new one, and the unique pending pair needs its place.
        const expired = await markExpired(em, this.expiry, { between: [fromId, toId] });
        // Only requests still in time count, swept or not: an expired one frees its place under the cap at once.
        const [{ pending, pair }]: { pending: number; pair: number }[] = await em.query(
          `SELECT count(*) FILTER (WHERE from_organization_id = $1)::int AS pending,
                  count(*) FILTER (WHERE (from_organization_id = $1 AND to_organization_id = $2)
                                      OR (from_organization_id = $2 AND to_organization_id = $1))::int AS pair
             FROM partnership_request
            WHERE status = $3 AND created_at > $4 AND (from_organization_id = $1 OR to_organization_id = $1)`,
          [fromId, toId, PartnershipRequestStatus.PENDING, this.expiry.requestCutoff()],
        );
        if (pair > 0) throw duplicate();
        if (pending >= MAX_PENDING_OUTGOING) {
          throw userError(
            PartnershipErrorCode.PENDING_LIMIT_REACHED,
            {
              en: `Your organisation already has ${MAX_PENDING_OUTGOING} pending requests, the most allowed; wait for answers or withdraw one.`,
              ko: `귀 기관이 보낸 답변 대기 요청이 이미 최대인 ${MAX_PENDING_OUTGOING}건입니다. 답변을 기다리거나 요청 하나를 철회하십시오.`,
            },
            ['input', 'toOrganizationId'],
          );
        }
        const repository = em.getRepository(PartnershipRequest);
        const request = await repository.save(
          repository.create({ fromOrganizationId: fromId, toOrganizationId: toId, projectId, message: input.message, createdById: viewer.accountId }),
        );
        // Last, after every row lock: the event log's lock is held from here to COMMIT (event-log.ts).
        await recordExpiryEvents(em, expired);
        await recordRequestEvents(em, 'PARTNERSHIP_REQUEST_SENT', [request], viewer.accountId);
        return request;
      });
    } catch (error) {
      // The partial unique index is the last line of defence for the same ordered pair.
      if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === PENDING_PAIR_INDEX) throw duplicate();
      throw error;
    }
  }

  /** The receiver's member accepts or declines a PENDING request. */
  async answer(viewer: Viewer, requestId: number, answer: PartnershipAnswer, version: number | null | undefined, write: Write): Promise<PartnershipRequest> {
    return write.transaction(this.dataSource, async (em) => {
      const request = await lockRow(em, PartnershipRequest, requestId, {
        label: { en: 'partnership request', ko: '파트너십 요청' },
        field: ['input', 'requestId'],
        expectedVersion: version,
        authorize: (r) => assertMayAnswer(viewer, r),
      });
      const [own]: { membership_status: MembershipStatus }[] = await em.query('SELECT membership_status FROM organization WHERE id = $1', [
        viewer.organizationId,
      ]);
      assertApprovedParty(own?.membership_status, 'answer');
      this.assertPending(request);
      request.status = answer === PartnershipAnswer.ACCEPTED ? PartnershipRequestStatus.ACCEPTED : PartnershipRequestStatus.DECLINED;
      request.answeredAt = new Date();
      const saved = await em.getRepository(PartnershipRequest).save(request);
      await recordRequestEvents(
        em,
        saved.status === PartnershipRequestStatus.ACCEPTED ? 'PARTNERSHIP_REQUEST_ACCEPTED' : 'PARTNERSHIP_REQUEST_DECLINED',
        [saved],
        viewer.accountId,
      );
      return saved;
    });
  }

  /** The sender's member withdraws a PENDING request. */
  async withdraw(viewer: Viewer, requestId: number, version: number | null | undefined, write: Write): Promise<PartnershipRequest> {
    return write.transaction(this.dataSource, async (em) => {
      const request = await lockRow(em, PartnershipRequest, requestId, {
        label: { en: 'partnership request', ko: '파트너십 요청' },
        field: ['input', 'requestId'],
        expectedVersion: version,
        authorize: (r) => assertMayWithdraw(viewer, r),
      });
      this.assertPending(request);
      request.status = PartnershipRequestStatus.WITHDRAWN;
      request.answeredAt = new Date();
      const saved = await em.getRepository(PartnershipRequest).save(request);
      await recordRequestEvents(em, 'PARTNERSHIP_REQUEST_WITHDRAWN', [saved], viewer.accountId);
      return saved;
    });
  }

  /** Requests received by the viewer's organisation and awaiting its answer; none without an organisation. */
  async countPendingReceived(viewer: Viewer): Promise<number> {
    if (viewer.organizationId == null) return 0;
    return this.dataSource.getRepository(PartnershipRequest).countBy({
      toOrganizationId: viewer.organizationId,
      status: PartnershipRequestStatus.PENDING,
      createdAt: MoreThan(this.expiry.requestCutoff()),
    });
  }

  /** The viewer organisation's requests, newest first; a member without an organisation has none. */
  async listMine(viewer: Viewer, args: MyPartnershipRequestsArgs, plan: PagePlan): Promise<Page<PartnershipRequest>> {
    const organizationId = viewer.organizationId ?? 0;
    const qb = this.dataSource.getRepository(PartnershipRequest).createQueryBuilder('r');
    const sides = {
      [PartnershipDirection.OUTGOING]: 'r.from_organization_id = :organizationId',
      [PartnershipDirection.INCOMING]: 'r.to_organization_id = :organizationId',
      [PartnershipDirection.BOTH]: '(r.from_organization_id = :organizationId OR r.to_organization_id = :organizationId)',
    };
    qb.where(sides[args.direction], { organizationId });
    // By the status a reader sees: a request past its time is EXPIRED here, swept or not.
    if (args.status) qb.andWhere(`${requestStatusSql('r')} = :status`, { status: args.status, requestCutoff: this.expiry.requestCutoff() });
    const totalCount = await qb.clone().getCount();
    const rows = await applyKeyset(qb, 'r', 'r.created_at', true, plan).getMany();
    return { rows, keyOf: (r) => ({ value: r.createdAt.toISOString(), id: r.id }), totalCount };
  }

  /** Only a request still PENDING (and in time) is answered or withdrawn. */
  private assertPending(request: PartnershipRequest): void {
    const status = this.statusOf(request);
    if (status !== PartnershipRequestStatus.PENDING) {
      throw userError(
        PartnershipErrorCode.REQUEST_NOT_PENDING,
        {
          en: `The request is ${status}; only a PENDING request can be answered or withdrawn.`,
          ko: `이 요청은 ${REQUEST_STATUS_KO[status]}(${status}) 상태입니다. 답변 대기(PENDING) 중인 요청에만 답하거나 철회할 수 있습니다.`,
        },
        ['input', 'requestId'],
      );
    }
  }
}

/** A request status in Korean, for messages (with its code after it). */
const REQUEST_STATUS_KO: Record<PartnershipRequestStatus, string> = {
  PENDING: '답변 대기',
  ACCEPTED: '수락',
  DECLINED: '거절',
  WITHDRAWN: '철회',
  EXPIRED: '만료',
};

function duplicate(): UserFacingError {
  return userError(
    PartnershipErrorCode.DUPLICATE_REQUEST,
    {
      en: 'A pending request between these two organisations already exists (in one direction or the other).',
      ko: '두 기관 사이에 답변 대기 중인 요청이 이미 있습니다(어느 쪽에서 보냈든 마찬가지입니다).',
    },
    ['input', 'toOrganizationId'],
  );
}
