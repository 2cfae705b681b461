import type { DataSource, EntityManager } from 'typeorm';
import { inputId } from '../../graphql/input-id';
import type { Wording } from '../../graphql/language';
import { badUserInput, notFound, userError } from '../../graphql/user-error';
import { currentAccount } from '../accounts/actor';
import { Account } from '../accounts/account.entity';
import { TeamRole } from '../accounts/account.enums';
import type { Viewer } from '../accounts/viewer';
import { recordAudit } from '../audit/audit.service';
import { Organization } from '../organizations/organization.entity';
import type { Write } from '../write';
import { assertManagesTeam, assertMayLeave, assertMayTransfer, managedOrganization } from './team.access';
import { TeamErrorCode } from './team.errors';
import type { LeaveOrganizationInput, RemoveTeamMemberInput, TransferOwnershipInput, UpdateTeamMemberInput } from './team.inputs';

/** What an owner's change returns: the account changed and its organisation (for the payload). */
export interface TeamChange {
  account: Account;
  organization: Organization;
}

/** A team as locked for one change: the organisation row and its accounts. */
interface LockedTeam {
  organization: Organization;
  accounts: Account[];
}

const NO_SUCH_MEMBER: Wording = { en: "No member of your organisation's team has this id.", ko: '귀 기관의 팀에 이 id의 팀원이 없습니다.' };

/**
 * Organisation teams: owners promote, demote and remove colleagues and hand ownership over;
 * anyone leaves. Every change locks the organisation row and then its accounts, in that order,
 * so two changes to one team run one after the other and each checks the rule "an organisation
 * keeps an enabled owner" on the team as the other left it (two last owners leaving at once:
 * the second one gets LAST_OWNER). Each change is one transaction with its audit entry.
 */
export class TeamService {
  constructor(private readonly dataSource: DataSource) {}

  /** An owner (or admin) makes a colleague OWNER or MEMBER; demoting the last enabled owner is LAST_OWNER. */
  updateMember(viewer: Viewer, input: UpdateTeamMemberInput, write: Write): Promise<TeamChange> {
    const accountId = inputId(input.accountId, 'Account', ['input', 'accountId']);
    return write.transaction(this.dataSource, async (em) => {
      const { actor, team, target } = await this.managedTarget(em, viewer, accountId);
      if (target.teamRole === input.teamRole) return { account: target, organization: team.organization };
      if (input.teamRole === TeamRole.MEMBER) assertKeepsOwner(team, target);
      const from = target.teamRole;
      target.teamRole = input.teamRole;
      const account = await em.getRepository(Account).save(target);
      await audit(em, actor, team, input.teamRole === TeamRole.OWNER ? 'team.member_promoted' : 'team.member_demoted', account, { from, to: input.teamRole });
      return { account, organization: team.organization };
    });
  }

  /** An owner makes a colleague OWNER and itself MEMBER, in one step. */
  transferOwnership(viewer: Viewer, input: TransferOwnershipInput, write: Write): Promise<TeamChange> {
    const organizationId = inputId(input.organizationId, 'Organization', ['input', 'organizationId']);
    const accountId = inputId(input.accountId, 'Account', ['input', 'accountId']);
    return write.transaction(this.dataSource, async (em) => {
      const actor = await currentAccount(em, viewer);
      assertMayTransfer(actor, organizationId);
      const team = await lockTeam(em, organizationId);
      assertMayTransfer(actor, organizationId, team?.accounts ?? []);
      const { organization, accounts } = team as LockedTeam;
      const target = accounts.find((a) => a.id === accountId);
      if (!target) throw notFound(NO_SUCH_MEMBER, ['input', 'accountId']);
      if (target.id === actor.id) {
        throw badUserInput(
          { en: 'You own the organisation already; name the colleague who should.', ko: '이미 이 기관의 소유자입니다. 소유권을 받을 동료를 지정하십시오.' },
          ['input', 'accountId'],
        );
      }
      if (target.disabledAt !== null) {
        throw badUserInput(
          { en: 'This account is disabled; hand ownership to an enabled colleague.', ko: '비활성화된 계정입니다. 활성 상태인 동료에게 소유권을 넘기십시오.' },
          ['input', 'accountId'],
        );
      }
      const self = accounts.find((a) => a.id === actor.id) as Account;
      self.teamRole = TeamRole.MEMBER;
      target.teamRole = TeamRole.OWNER;
      const [account] = await em.getRepository(Account).save([target, self]);
      await audit(em, actor, team as LockedTeam, 'team.ownership_transferred', account, { previousOwnerId: actor.id });
      return { account, organization };
    });
  }

  /** An owner (or admin) removes an account from the team; it stays, as a MEMBER without organisation. */
  removeMember(viewer: Viewer, input: RemoveTeamMemberInput, write: Write): Promise<TeamChange> {
    const accountId = inputId(input.accountId, 'Account', ['input', 'accountId']);
    return write.transaction(this.dataSource, async (em) => {
      const { actor, team, target } = await this.managedTarget(em, viewer, accountId);
      assertKeepsOwner(team, target);
      const from = target.teamRole;
      const account = await leaveTeam(em, target);
      await audit(em, actor, team, 'team.member_removed', account, { teamRole: from });
      return { account, organization: team.organization };
    });
  }

  /** The caller leaves its organisation's team; the last enabled owner cannot (LAST_OWNER). */
  leave(viewer: Viewer, input: LeaveOrganizationInput, write: Write): Promise<Account> {
    const organizationId = inputId(input.organizationId, 'Organization', ['input', 'organizationId']);
    return write.transaction(this.dataSource, async (em) => {
      const actor = await currentAccount(em, viewer);
      assertMayLeave(actor, organizationId);
      const team = await lockTeam(em, organizationId);
      assertMayLeave(actor, organizationId, team?.accounts ?? []);
      const self = (team as LockedTeam).accounts.find((a) => a.id === actor.id) as Account;
      assertKeepsOwner(team as LockedTeam, self, ['input', 'organizationId']);
      const from = self.teamRole;
      const account = await leaveTeam(em, self);
      await audit(em, actor, team as LockedTeam, 'team.member_left', account, { teamRole: from });
      return account;
    });
  }

  /**
   * The account an owner or admin changes, on its team as locked now. An owner reaches its own
   * team only: another account answers NOT_FOUND, as an unknown id does.
   */
  private async managedTarget(em: EntityManager, viewer: Viewer, accountId: number): Promise<{ actor: Account; team: LockedTeam; target: Account }> {
    const actor = await currentAccount(em, viewer);
    let organizationId = managedOrganization(actor);
    if (organizationId === null) {
      // An admin: the target's own team (read again under the lock below: it may be leaving right now).
      const target = await em.getRepository(Account).findOneBy({ id: accountId });
      if (!target) throw notFound({ en: 'No account has this id.', ko: '이 id의 계정이 없습니다.' }, ['input', 'accountId']);
      if (target.organizationId === null) {
        throw userError(
          TeamErrorCode.NOT_A_TEAM_MEMBER,
          { en: "This account is on no organisation's team.", ko: '이 계정은 어느 기관의 팀에도 속해 있지 않습니다.' },
          ['input', 'accountId'],
        );
      }
      organizationId = target.organizationId;
    }
    const team = await lockTeam(em, organizationId);
    assertManagesTeam(actor, organizationId, team?.accounts ?? []);
    const target = team?.accounts.find((a) => a.id === accountId);
    if (!team || !target) throw notFound(NO_SUCH_MEMBER, ['input', 'accountId']);
    return { actor, team, target };
  }
}

/**
 * Locks the organisation row, then every account on its team in id order (FOR NO KEY UPDATE: rows
 * that reference them, a new account or an invitation, may still be written meanwhile); null when the organisation does not exist. Every team change
 * takes the locks in this order, so they queue and never deadlock one another.
 */
async function lockTeam(em: EntityManager, organizationId: number): Promise<LockedTeam | null> {
  const organization = await em.getRepository(Organization).findOne({ where: { id: organizationId }, lock: { mode: 'for_no_key_update' } });
  if (!organization) return null;
  const accounts = await em
    .getRepository(Account)
    .createQueryBuilder('a')
    .where('a.organization_id = :organizationId', { organizationId })
    .orderBy('a.id')
    .setLock('for_no_key_update')
    .getMany();
  return { organization, accounts };
}

/** LAST_OWNER when `leaving` (demoted, removed or leaving) is an enabled owner and no other enabled owner stays. */
function assertKeepsOwner(team: LockedTeam, leaving: Account, field: string[] = ['input', 'accountId']): void {
  const enabledOwner = (a: Account) => a.teamRole === TeamRole.OWNER && a.disabledAt === null;
  if (!enabledOwner(leaving) || team.accounts.some((a) => a.id !== leaving.id && enabledOwner(a))) return;
  throw userError(
    TeamErrorCode.LAST_OWNER,
    {
      en: 'This is the last owner of the organisation: promote a colleague (or transfer ownership) first, so the team keeps an owner.',
      ko: '기관의 마지막 소유자입니다. 팀에 소유자가 남도록 먼저 동료를 소유자로 지정하거나 소유권을 넘기십시오.',
    },
    field,
  );
}

/** Off the team: no organisation, no team role (the account stays a MEMBER and may apply or be invited again). */
function leaveTeam(em: EntityManager, account: Account): Promise<Account> {
  account.organizationId = null;
  account.teamRole = null;
  account.organization = null;
  return em.getRepository(Account).save(account);
}

function audit(em: EntityManager, actor: Account, team: LockedTeam, action: string, account: Account, details: Record<string, unknown>) {
  return recordAudit(em, {
    actorId: actor.id,
    action,
    subjectType: 'Organization',
    subjectId: team.organization.id,
    details: { accountId: account.id, email: account.email, ...details },
  });
}
