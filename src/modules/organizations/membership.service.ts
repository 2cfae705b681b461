import type { DataSource, EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../db/unique-violation';
import { inputId } from '../../graphql/input-id';
import { badUserInput, conflict, notFound, userError } from '../../graphql/user-error';
import { NO_SUCH_ORGANIZATION } from './organization.access';
import { Account } from '../accounts/account.entity';
import { TeamRole } from '../accounts/account.enums';
import { currentAccount } from '../accounts/actor';
import { assertOwnMember } from './organization.access';
import type { Viewer } from '../accounts/viewer';
import { recordAudit } from '../audit/audit.service';
import { Industry } from '../taxonomy/industry.entity';
import { assertTransition } from './membership.state';
import type {
  ApplyForMembershipInput,
  DecideMembershipInput,
  NewOrganizationInput,
  SuspendMembershipInput,
  WithdrawMembershipInput,
} from './membership.inputs';
import { Organization } from './organization.entity';
import { MembershipStatus, ProfileVisibility } from './organization.enums';
import type { Write } from '../write';
import { MembershipErrorCode } from './membership.errors';
import { recordMembershipDecision } from './membership.events';

/** Audit actions of membership changes, one per target state. */
const ACTIONS: Record<MembershipStatus, string> = {
  [MembershipStatus.APPLIED]: 'membership.applied',
  [MembershipStatus.APPROVED]: 'membership.approved',
  [MembershipStatus.REJECTED]: 'membership.rejected',
  [MembershipStatus.SUSPENDED]: 'membership.suspended',
  [MembershipStatus.WITHDRAWN]: 'membership.withdrawn',
};

/**
 * Creates an APPLIED organisation with `account` as its first member, inside the caller's
 * transaction (signUp and applyForMembership share it). `field` is the input path of the organisation.
 */
export async function createApplicant(em: EntityManager, input: NewOrganizationInput, account: Account, field: string[]): Promise<Organization> {
  const industry = await em.getRepository(Industry).findOne({ where: { slug: input.industry }, select: { id: true } });
  if (!industry) {
    const slug = input.industry.slice(0, 64);
    throw badUserInput(
      { en: `Unknown industry '${slug}'; see the industries query.`, ko: `알 수 없는 산업입니다: '${slug}'. industries 쿼리에서 확인하십시오.` },
      [...field, 'industry'],
    );
  }
  const repository = em.getRepository(Organization);
  let organization: Organization;
  try {
    // A taken slug aborts the transaction; the SLUG_TAKEN answer rolls it back whole.
    organization = await repository.save(
      repository.create({
        slug: input.slug,
        nameKo: input.nameKo,
        nameEn: input.nameEn,
        kind: input.kind,
        industryId: industry.id,
        region: input.region,
        employees: input.employees,
        website: input.website ?? null,
        descriptionKo: input.descriptionKo ?? '',
        descriptionEn: input.descriptionEn ?? '',
        membershipStatus: MembershipStatus.APPLIED,
        visibility: input.visibility ?? ProfileVisibility.PUBLIC,
        contactName: input.contactName ?? null,
        contactEmail: input.contactEmail ?? null,
        contactPhone: input.contactPhone ?? null,
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error))
      throw userError(
        MembershipErrorCode.SLUG_TAKEN,
        {
          en: `An organisation with slug '${input.slug}' already exists; choose another.`,
          ko: `slug가 '${input.slug}'인 기관이 이미 있습니다. 다른 slug를 정하십시오.`,
        },
        [...field, 'slug'],
      );
    throw error;
  }
  // The applicant is the organisation's first owner: it brings its colleagues in (teams).
  await em.getRepository(Account).update({ id: account.id }, { organizationId: organization.id, teamRole: TeamRole.OWNER });
  account.organizationId = organization.id;
  account.teamRole = TeamRole.OWNER;
  await recordAudit(em, {
    actorId: account.id,
    action: ACTIONS[MembershipStatus.APPLIED],
    subjectType: 'Organization',
    subjectId: organization.id,
    details: { slug: organization.slug, to: MembershipStatus.APPLIED },
  });
  return organization;
}

/** Membership applications and the steering committee's decisions; every change is one transaction with its audit entry. */
export class MembershipService {
  constructor(private readonly dataSource: DataSource) {}

  /** A signed-in member account without an organisation applies with a new one. */
  apply(viewer: Viewer, input: ApplyForMembershipInput, write: Write): Promise<{ organization: Organization; account: Account }> {
    return write.transaction(this.dataSource, async (em) => {
      const account = await currentAccount(em, viewer);
      if (account.organizationId !== null) {
        throw userError(MembershipErrorCode.ALREADY_IN_ORGANIZATION, {
          en: 'Your account already belongs to an organisation; an account applies for one organisation only.',
          ko: '계정이 이미 기관에 속해 있습니다. 한 계정은 한 기관의 가입만 신청할 수 있습니다.',
        });
      }
      const organization = await createApplicant(em, input.organization, account, ['input', 'organization']);
      return { organization, account };
    });
  }

  /** ADMIN: approve or reject an application, or reinstate a suspended member (APPROVED). */
  decide(viewer: Viewer, input: DecideMembershipInput, write: Write): Promise<Organization> {
    return this.change(write, viewer, input.organizationId, input.decision, input.reason, input.version ?? null, () => undefined, { announce: true });
  }

  /** ADMIN: suspend an approved member. */
  suspend(viewer: Viewer, input: SuspendMembershipInput, write: Write): Promise<Organization> {
    return this.change(write, viewer, input.organizationId, MembershipStatus.SUSPENDED, input.reason, input.version ?? null, () => undefined, {
      announce: true,
    });
  }

  /** The organisation's own member: leave the alliance or withdraw the application. */
  withdraw(viewer: Viewer, input: WithdrawMembershipInput, write: Write): Promise<Organization> {
    return this.change(write, viewer, input.organizationId, MembershipStatus.WITHDRAWN, input.reason ?? null, input.version ?? null, (account, id) =>
      assertOwnMember(account, id),
    );
  }

  /**
   * One state change: lock the row, check who may (role checks ran in @Authorized already),
   * the version and the transition, then write the state, who decided and why, and the audit entry;
   * a steering-committee decision (`announce`) also writes a MEMBERSHIP_DECIDED event for the organisation.
   */
  private change(
    write: Write,
    viewer: Viewer,
    organizationGlobalId: string,
    to: MembershipStatus,
    reason: string | null,
    version: number | null,
    authorize: (account: Account, organizationId: number) => void,
    options: { announce?: boolean } = {},
  ): Promise<Organization> {
    const organizationId = inputId(organizationGlobalId, 'Organization', ['input', 'organizationId']);
    return write.transaction(this.dataSource, async (em) => {
      const account = await currentAccount(em, viewer);
      authorize(account, organizationId);
      const repository = em.getRepository(Organization);
      const organization = await repository.findOne({ where: { id: organizationId }, lock: { mode: 'pessimistic_write' } });
      if (!organization) throw notFound(NO_SUCH_ORGANIZATION, ['input', 'organizationId']);
      if (version !== null && organization.version !== version) {
        throw conflict(
          {
            en: `The organisation changed since you read it (version ${version}, now ${organization.version}); read it again.`,
            ko: `기관 정보가 읽은 뒤에 바뀌었습니다(읽은 버전 ${version}, 지금 ${organization.version}). 다시 읽으십시오.`,
          },
          ['input', 'version'],
        );
      }
      const from = organization.membershipStatus;
      assertTransition(from, to);
      await repository.update(
        { id: organizationId },
        { membershipStatus: to, membershipDecidedAt: new Date(), membershipDecidedBy: account.email, membershipDecisionReason: reason },
      );
      await recordAudit(em, {
        actorId: account.id,
        action: ACTIONS[to],
        subjectType: 'Organization',
        subjectId: organizationId,
        details: { from, to, reason },
      });
      const changed = await repository.findOneByOrFail({ id: organizationId });
      if (options.announce) await recordMembershipDecision(em, organizationId, from, to, reason, account.id);
      return changed;
    });
  }
}
