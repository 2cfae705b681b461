import type { DataSource, EntityManager } from 'typeorm';
import { applyKeyset, type Page, type PagePlan } from '../../db/keyset';
import { isUniqueViolation } from '../../db/unique-violation';
import { inputId } from '../../graphql/input-id';
import type { Wording } from '../../graphql/language';
import { badUserInput, notFound, userError } from '../../graphql/user-error';
import { MailNotSentError, type Mailer } from '../../mail/mailer';
import { Account } from '../accounts/account.entity';
import { AccountRole, TeamRole } from '../accounts/account.enums';
import { normalizeEmail } from '../accounts/account.inputs';
import type { AccountService, Session } from '../accounts/account.service';
import { currentAccount } from '../accounts/actor';
import { hashOneTimeToken, newOneTimeToken } from '../accounts/one-time-token';
import { hashPassword } from '../accounts/passwords';
import type { Viewer } from '../accounts/viewer';
import { recordAudit } from '../audit/audit.service';
import { Organization } from '../organizations/organization.entity';
import type { Write } from '../write';
import { assertMayInviteAsAdmin, assertMayInviteInto, assertMayRevoke, listableOrganization } from './invitation.access';
import { Invitation } from './invitation.entity';
import { InvitationKind, InvitationStatus } from './invitation.enums';
import { InvitationErrorCode } from './invitation.errors';
import type { AcceptInvitationInput, InvitationsArgs, InviteAccountInput } from './invitation.inputs';
import { INVITATION_VALID_DAYS, invitationMail } from './invitation.mail';

/** Invitations are listed newest first, as cursors name it. */
export const INVITATIONS_ORDER = 'CREATED_AT:DESC';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Where invitation mails go and the portal address their links start with (services.ts `mail`). */
export interface InvitationMail {
  mailer: Mailer;
  publicUrl: string;
}

/** An invitation's status, derived from its timestamps: used, withdrawn, out of time, or still open. */
export function invitationStatus(invitation: Pick<Invitation, 'acceptedAt' | 'revokedAt' | 'expiresAt'>, now = new Date()): InvitationStatus {
  if (invitation.acceptedAt !== null) return InvitationStatus.ACCEPTED;
  if (invitation.revokedAt !== null) return InvitationStatus.REVOKED;
  return invitation.expiresAt.getTime() <= now.getTime() ? InvitationStatus.EXPIRED : InvitationStatus.PENDING;
}

/** The same rule as SQL over the invitation row `i`, for list filters. */
const STATUS_SQL: Record<InvitationStatus, string> = {
  [InvitationStatus.ACCEPTED]: 'i.accepted_at IS NOT NULL',
  [InvitationStatus.REVOKED]: 'i.accepted_at IS NULL AND i.revoked_at IS NOT NULL',
  [InvitationStatus.EXPIRED]: 'i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at <= now()',
  [InvitationStatus.PENDING]: 'i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()',
};

/** A status that is not PENDING in Korean, for messages (with its code after it). */
const INVITATION_STATUS_KO: Record<Exclude<InvitationStatus, 'PENDING'>, string> = { ACCEPTED: '수락', REVOKED: '취소', EXPIRED: '만료' };

const EMAIL_REQUIRED: Wording = { en: 'email is required.', ko: 'email은 필수입니다.' };

/** What an invitation will be, decided from the input and the organisation as it is now. */
interface Plan {
  kind: InvitationKind;
  email: string;
  role: AccountRole;
  teamRole: TeamRole | null;
  organization: Organization | null;
}

/**
 * Mailed invitations (issue 13): staff accounts (planners, admins), colleagues joining an
 * organisation's team, and the claim of an organisation that has no account yet. The token is
 * mailed; only its hash is stored. An invitation is PENDING until it is accepted (once), revoked,
 * or expires after 7 days.
 */
export class InvitationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountService,
    private readonly mail: InvitationMail,
  ) {}

  /**
   * Records the invitation and mails its link, in one transaction: the mail is sent last, inside
   * it, so a mail server that refuses it leaves nothing written (MAIL_NOT_SENT), and an invitation
   * is never stored without its mail having been handed over.
   */
  async invite(viewer: Viewer, input: InviteAccountInput, write: Write): Promise<Invitation> {
    const organizationId = input.organizationId != null ? inputId(input.organizationId, 'Organization', ['input', 'organizationId']) : null;
    return write.transaction(this.dataSource, async (em) => {
      const caller = await currentAccount(em, viewer);
      const plan = organizationId === null ? staffPlan(caller, input) : await organizationPlan(em, caller, organizationId, input);
      // Invitations to one address are decided one at a time, so "the earlier pending one is
      // revoked" holds under concurrent sends too.
      await lockEmail(em, plan.email);
      if (await em.getRepository(Account).existsBy({ email: plan.email })) {
        throw userError(
          InvitationErrorCode.EMAIL_TAKEN,
          {
            en: 'An account with this email already exists; it signs in instead.',
            ko: '이 이메일로 가입한 계정이 이미 있습니다. 초대 없이 그 계정으로 로그인하면 됩니다.',
          },
          ['input', 'email'],
        );
      }
      const { token, hash } = newOneTimeToken();
      const repository = em.getRepository(Invitation);
      const invitation = await repository.save(
        repository.create({
          kind: plan.kind,
          email: plan.email,
          role: plan.role,
          organizationId: plan.organization?.id ?? null,
          teamRole: plan.teamRole,
          tokenHash: hash,
          invitedById: caller.id,
          expiresAt: new Date(Date.now() + INVITATION_VALID_DAYS * DAY_MS),
          acceptedAt: null,
          accountId: null,
          revokedAt: null,
        }),
      );
      for (const earlier of await revokeEarlier(em, plan, invitation.id)) {
        await recordAudit(em, {
          actorId: caller.id,
          action: 'invitation.revoked',
          subjectType: 'Invitation',
          subjectId: earlier,
          details: { reason: 'replaced', replacedBy: invitation.id },
        });
      }
      await recordAudit(em, {
        actorId: caller.id,
        action: 'invitation.sent',
        subjectType: 'Invitation',
        subjectId: invitation.id,
        details: { kind: plan.kind, email: plan.email, role: plan.role, teamRole: plan.teamRole, organizationId: invitation.organizationId },
      });
      try {
        await this.mail.mailer.send(invitationMail(plan, this.mail.publicUrl, token));
      } catch (error) {
        if (error instanceof MailNotSentError) {
          throw userError(InvitationErrorCode.MAIL_NOT_SENT, {
            en: 'The invitation mail could not be sent, so nothing was saved; try again later.',
            ko: '초대 메일을 보내지 못해 아무것도 저장하지 않았습니다. 나중에 다시 시도하십시오.',
          });
        }
        throw error;
      }
      return invitation;
    });
  }

  /**
   * Creates the invited account (role, organisation and team role from the invitation), uses the
   * invitation up and signs the account in. Whatever is wrong with the token, the answer is
   * INVALID_INVITATION saying only whether it was used, revoked or out of time.
   */
  async accept(input: AcceptInvitationInput, write: Write): Promise<Session> {
    const tokenHash = hashOneTimeToken(input.token);
    // scrypt before the transaction: no row stays locked while it runs.
    const passwordHash = await hashPassword(input.password);
    const account = await write.transaction(this.dataSource, async (em) => {
      const found = await em.getRepository(Invitation).findOneBy({ tokenHash });
      // The address's lock first (as invite takes it), then the row: a re-invite and an acceptance
      // of the same address never interleave, nor deadlock.
      if (found) await lockEmail(em, found.email);
      const invitation = found && (await em.getRepository(Invitation).findOne({ where: { id: found.id }, lock: { mode: 'pessimistic_write' } }));
      assertUsable(invitation);
      const accounts = em.getRepository(Account);
      const taken = () =>
        userError(InvitationErrorCode.EMAIL_TAKEN, {
          en: 'An account with this email already exists; sign in instead.',
          ko: '이 이메일로 가입한 계정이 이미 있습니다. 로그인하십시오.',
        });
      if (await accounts.existsBy({ email: invitation.email })) throw taken();
      let created: Account;
      try {
        created = await accounts.save(
          accounts.create({
            email: invitation.email,
            passwordHash,
            role: invitation.role,
            organizationId: invitation.organizationId,
            teamRole: invitation.organizationId === null ? null : invitation.teamRole,
          }),
        );
      } catch (error) {
        if (isUniqueViolation(error)) throw taken();
        throw error;
      }
      invitation.acceptedAt = new Date();
      invitation.accountId = created.id;
      await em.getRepository(Invitation).save(invitation);
      await recordAudit(em, {
        actorId: created.id,
        action: 'invitation.accepted',
        subjectType: 'Invitation',
        subjectId: invitation.id,
        details: { kind: invitation.kind, accountId: created.id, organizationId: invitation.organizationId },
      });
      return created;
    });
    return this.accounts.session(account);
  }

  /** Withdraws a PENDING invitation: its link stops working. */
  async revoke(viewer: Viewer, invitationId: number, write: Write): Promise<Invitation> {
    return write.transaction(this.dataSource, async (em) => {
      const caller = await currentAccount(em, viewer);
      const invitation = await em.getRepository(Invitation).findOne({ where: { id: invitationId }, lock: { mode: 'pessimistic_write' } });
      if (!invitation) throw notFound({ en: 'No invitation has this id.', ko: '이 id의 초대가 없습니다.' }, ['input', 'invitationId']);
      assertMayRevoke(caller, invitation);
      const status = invitationStatus(invitation);
      if (status !== InvitationStatus.PENDING) {
        throw userError(
          InvitationErrorCode.INVITATION_NOT_PENDING,
          {
            en: `The invitation is ${status}; only a PENDING invitation can be revoked.`,
            ko: `이 초대는 ${INVITATION_STATUS_KO[status]}(${status}) 상태입니다. 대기 중(PENDING)인 초대만 취소할 수 있습니다.`,
          },
          ['input', 'invitationId'],
        );
      }
      invitation.revokedAt = new Date();
      const saved = await em.getRepository(Invitation).save(invitation);
      await recordAudit(em, {
        actorId: caller.id,
        action: 'invitation.revoked',
        subjectType: 'Invitation',
        subjectId: invitation.id,
        details: { kind: invitation.kind, email: invitation.email, organizationId: invitation.organizationId },
      });
      return saved;
    });
  }

  /** Invitations the caller may list (all for admins, its organisation's for an owner), newest first. */
  async list(caller: Account, args: InvitationsArgs, organizationId: number | null, plan: PagePlan): Promise<Page<Invitation>> {
    const only = listableOrganization(caller, organizationId);
    const qb = this.dataSource.getRepository(Invitation).createQueryBuilder('i');
    if (only !== null) qb.andWhere('i.organization_id = :only', { only });
    if (args.status) qb.andWhere(STATUS_SQL[args.status]);
    const count = qb.clone();
    const rows = await applyKeyset(qb, 'i', 'i.created_at', true, plan).getMany();
    return { rows, keyOf: (i) => ({ value: i.createdAt.toISOString(), id: i.id }), totalCount: () => count.getCount() };
  }
}

/** A STAFF invitation: admins invite planners and admins; members join through an organisation. */
function staffPlan(caller: Account, input: InviteAccountInput): Plan {
  assertMayInviteAsAdmin(caller, 'STAFF');
  if (input.role !== AccountRole.PLANNER && input.role !== AccountRole.ADMIN) {
    throw badUserInput(
      input.role == null
        ? {
            en: 'role is required without organizationId: PLANNER or ADMIN.',
            ko: 'organizationId가 없으면 role이 필요합니다: 기획자(PLANNER) 또는 관리자(ADMIN).',
          }
        : {
            en: 'A MEMBER joins through an organisation: give its organizationId, or invite a PLANNER or an ADMIN.',
            ko: '회원(MEMBER)은 기관을 통해 가입합니다. 그 기관의 organizationId를 주거나, 기획자(PLANNER)나 관리자(ADMIN)를 초대하십시오.',
          },
      ['input', 'role'],
    );
  }
  if (input.teamRole != null) {
    throw badUserInput(
      { en: 'teamRole is for invitations into an organisation; leave it out.', ko: 'teamRole은 기관으로 초대할 때만 씁니다. 빼고 보내십시오.' },
      ['input', 'teamRole'],
    );
  }
  if (input.email == null) throw badUserInput(EMAIL_REQUIRED, ['input', 'email']);
  return { kind: InvitationKind.STAFF, email: normalizeEmail(input.email), role: input.role, teamRole: null, organization: null };
}

/**
 * A TEAM invitation when the organisation has accounts (its owners or admins), a CLAIM when it has
 * none (admins; the invitee becomes its OWNER, by default at its contact email). The organisation
 * row is locked, so which kind it is cannot change before the transaction ends.
 */
async function organizationPlan(em: EntityManager, caller: Account, organizationId: number, input: InviteAccountInput): Promise<Plan> {
  assertMayInviteInto(caller, organizationId);
  const organization = await em.getRepository(Organization).findOne({ where: { id: organizationId }, lock: { mode: 'pessimistic_write' } });
  if (!organization) throw notFound({ en: 'No organisation has this id.', ko: '이 id의 기관이 없습니다.' }, ['input', 'organizationId']);
  if (input.role != null && input.role !== AccountRole.MEMBER) {
    throw badUserInput(
      {
        en: 'An invitation into an organisation makes a MEMBER account; planners and admins are invited without organizationId.',
        ko: '기관으로 초대하면 회원(MEMBER) 계정이 만들어집니다. 기획자와 관리자는 organizationId 없이 초대합니다.',
      },
      ['input', 'role'],
    );
  }
  const hasAccounts = await em.getRepository(Account).existsBy({ organizationId });
  if (hasAccounts) {
    if (input.email == null) throw badUserInput(EMAIL_REQUIRED, ['input', 'email']);
    return {
      kind: InvitationKind.TEAM,
      email: normalizeEmail(input.email),
      role: AccountRole.MEMBER,
      teamRole: input.teamRole ?? TeamRole.MEMBER,
      organization,
    };
  }
  assertMayInviteAsAdmin(caller, 'CLAIM');
  if (input.teamRole != null && input.teamRole !== TeamRole.OWNER) {
    throw badUserInput(
      {
        en: 'The claim of an organisation without accounts makes its first OWNER; leave teamRole out.',
        ko: '계정이 없는 기관의 소유자 초대는 그 기관의 첫 소유자(OWNER)를 만듭니다. teamRole은 빼고 보내십시오.',
      },
      ['input', 'teamRole'],
    );
  }
  const email = input.email ?? organization.contactEmail;
  if (!email) {
    throw badUserInput(
      {
        en: 'The organisation has no contact email; give the address to send the claim invitation to.',
        ko: '이 기관에는 연락처 이메일이 없습니다. 소유자 초대를 보낼 주소(email)를 주십시오.',
      },
      ['input', 'email'],
    );
  }
  return { kind: InvitationKind.CLAIM, email: normalizeEmail(email), role: AccountRole.MEMBER, teamRole: TeamRole.OWNER, organization };
}

/**
 * Revokes the pending invitations a new one replaces: the same address for the same organisation
 * (or for staff), and for a CLAIM every other pending claim of that organisation, since an
 * organisation is claimed by one person. Returns their ids.
 */
async function revokeEarlier(em: EntityManager, plan: Plan, newId: number): Promise<number[]> {
  const rows: { id: number }[] = await em
    .query(
      `UPDATE invitation SET revoked_at = now()
      WHERE id <> $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()
        AND ((email = $2 AND organization_id IS NOT DISTINCT FROM $3) OR (kind = 'CLAIM' AND $4 AND organization_id = $3))
      RETURNING id`,
      [newId, plan.email, plan.organization?.id ?? null, plan.kind === InvitationKind.CLAIM],
    )
    .then(([updated]: [{ id: number }[], number]) => updated);
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

/** A transaction lock on one address's invitations, released at commit or rollback. */
async function lockEmail(em: EntityManager, email: string): Promise<void> {
  await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`invitation:${email}`]);
}

/** Narrows to a usable invitation, or INVALID_INVITATION saying only why the link no longer works. */
function assertUsable(invitation: Invitation | null): asserts invitation is Invitation {
  const field = ['input', 'token'];
  if (!invitation) {
    throw userError(
      InvitationErrorCode.INVALID_INVITATION,
      { en: 'This invitation link is not valid; ask for a new invitation.', ko: '이 초대 링크는 올바르지 않습니다. 새 초대를 요청하십시오.' },
      field,
    );
  }
  const reasons: Record<Exclude<InvitationStatus, 'PENDING'>, Wording> = {
    [InvitationStatus.ACCEPTED]: { en: 'This invitation was already used; sign in instead.', ko: '이미 사용한 초대입니다. 로그인하십시오.' },
    [InvitationStatus.REVOKED]: { en: 'This invitation was revoked; ask for a new one.', ko: '취소된 초대입니다. 새 초대를 요청하십시오.' },
    [InvitationStatus.EXPIRED]: { en: 'This invitation has expired; ask for a new one.', ko: '만료된 초대입니다. 새 초대를 요청하십시오.' },
  };
  const status = invitationStatus(invitation);
  if (status !== InvitationStatus.PENDING) throw userError(InvitationErrorCode.INVALID_INVITATION, reasons[status], field);
}
