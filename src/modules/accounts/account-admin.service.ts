import type { DataSource } from 'typeorm';
import { applyKeyset, type Page, type PagePlan } from '../../db/keyset';
import { escapeLike } from '../../db/like';
import { lockRow } from '../../db/row-lock';
import { inputId } from '../../graphql/input-id';
import { userError } from '../../graphql/user-error';
import { recordAudit } from '../audit/audit.service';
import type { Write } from '../write';
import { assertMayAdministerAccounts } from './account.access';
import { Account } from './account.entity';
import { AccountRole } from './account.enums';
import { AccountErrorCode } from './account.errors';
import type { AccountsArgs, UpdateAccountInput } from './account-admin.inputs';
import { currentAccount } from './actor';
import type { Viewer } from './viewer';

const STAFF_ROLES: readonly AccountRole[] = [AccountRole.PLANNER, AccountRole.ADMIN];
/** A role in Korean with its code and the particle 으로/로 after it, for messages. */
const AS_ROLE_KO: Record<AccountRole, string> = { MEMBER: '회원(MEMBER)으로', PLANNER: '기획자(PLANNER)로', ADMIN: '관리자(ADMIN)로' };

/** The order of `accounts`: newest first. */
export const ACCOUNTS_ORDER = 'CREATED_AT:DESC';

/** The steering committee's account administration: the list of accounts, role changes and disabling, each audited. */
export class AccountAdminService {
  constructor(private readonly dataSource: DataSource) {}

  /** Every account (ADMIN only, checked by the resolver), newest first, narrowed by role, address and state. */
  async list(args: AccountsArgs, plan: PagePlan): Promise<Page<Account>> {
    const qb = this.dataSource.getRepository(Account).createQueryBuilder('a');
    if (args.roles != null && args.roles.length > 0) qb.andWhere('a.role IN (:...roles)', { roles: args.roles });
    if (args.email != null && args.email.trim() !== '') qb.andWhere('a.email LIKE :email', { email: `%${escapeLike(args.email.trim().toLowerCase())}%` });
    if (args.disabled != null) qb.andWhere(args.disabled ? 'a.disabled_at IS NOT NULL' : 'a.disabled_at IS NULL');
    const count = qb.clone();
    const rows = await applyKeyset(qb, 'a', 'a.created_at', true, plan).getMany();
    return { rows, keyOf: (a) => ({ value: a.createdAt.toISOString(), id: a.id }), totalCount: () => count.getCount() };
  }

  /**
   * Changes an account's role and/or disables or re-enables it. The enabled admins are locked
   * first (in id order, every time, so two updates never deadlock) and then the account, so two
   * admins demoting or disabling each other at once cannot leave the service without an admin:
   * the second one sees the first's change and gets LAST_ADMIN.
   */
  update(viewer: Viewer, input: UpdateAccountInput, write: Write): Promise<Account> {
    const accountId = inputId(input.accountId, 'Account', ['input', 'accountId']);
    return write.transaction(this.dataSource, async (em) => {
      const enabledAdmins: { id: number }[] = await em.query('SELECT id FROM account WHERE role = $1 AND disabled_at IS NULL ORDER BY id FOR NO KEY UPDATE', [
        AccountRole.ADMIN,
      ]);
      assertMayAdministerAccounts(await currentAccount(em, viewer));
      const account = await lockRow(em, Account, accountId, { label: { en: 'account', ko: '계정' }, field: ['input', 'accountId'] });
      const from = { role: account.role, disabled: account.disabledAt !== null };
      const to = { role: input.role ?? from.role, disabled: input.disabled ?? from.disabled };
      if (to.role === from.role && to.disabled === from.disabled) return account;

      if (to.role !== from.role && STAFF_ROLES.includes(to.role) && account.organizationId !== null) {
        throw userError(
          AccountErrorCode.ALREADY_IN_ORGANIZATION,
          {
            en: `This account is on an organisation's team, so it stays a MEMBER; remove it from the team before making it ${to.role}.`,
            ko: `이 계정은 기관의 팀에 속해 있으므로 회원(MEMBER)으로 남습니다. ${AS_ROLE_KO[to.role]} 바꾸려면 먼저 팀에서 내보내십시오.`,
          },
          ['input', 'role'],
        );
      }
      const wasEnabledAdmin = from.role === AccountRole.ADMIN && !from.disabled;
      const staysEnabledAdmin = to.role === AccountRole.ADMIN && !to.disabled;
      if (wasEnabledAdmin && !staysEnabledAdmin && !enabledAdmins.some((a) => a.id !== account.id)) {
        throw userError(
          AccountErrorCode.LAST_ADMIN,
          {
            en: 'This is the last enabled admin: make another account ADMIN first, so the service keeps one.',
            ko: '활성 관리자는 이 계정뿐입니다. 서비스에 관리자가 남도록 먼저 다른 계정을 관리자(ADMIN)로 만드십시오.',
          },
          input.role != null && to.role !== from.role ? ['input', 'role'] : ['input', 'disabled'],
        );
      }

      account.role = to.role;
      if (to.disabled !== from.disabled) {
        account.disabledAt = to.disabled ? new Date() : null;
        // Every token the account holds names an older generation now: refused from its next request.
        if (to.disabled) account.tokenGeneration += 1;
      }
      const saved = await em.getRepository(Account).save(account);
      const entry = (action: string, details: Record<string, unknown>) =>
        recordAudit(em, { actorId: viewer.accountId, action, subjectType: 'Account', subjectId: saved.id, details: { email: saved.email, ...details } });
      if (to.role !== from.role) await entry('account.role_changed', { from: from.role, to: to.role });
      if (to.disabled !== from.disabled) await entry(to.disabled ? 'account.disabled' : 'account.enabled', {});
      return saved;
    });
  }
}
