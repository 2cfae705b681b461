import { forbidden } from '../../graphql/errors';
import type { Account } from './account.entity';
import { AccountRole } from './account.enums';
import type { Viewer } from './viewer';

/**
 * Who may see and change what of an account (docs/workflows.md, "Roles and what each may do"):
 * the steering committee (ADMIN) changes roles and disables accounts, and only admins see whether
 * an account is disabled (`Account.disabled` reads null for everyone else). The role is checked by
 * `@Authorized(ADMIN)` first and again here on the caller's row as locked in the transaction, so a
 * token issued before a demotion cannot be used.
 */

/** Whether `viewer` sees the admin-only fields of an account (`disabled`). */
export function canSeeAccountAdministration(viewer: Viewer | null): boolean {
  return viewer?.role === AccountRole.ADMIN;
}

/** updateAccount: admins only. */
export function assertMayAdministerAccounts(actor: Pick<Account, 'role' | 'disabledAt'>): void {
  if (actor.role !== AccountRole.ADMIN || actor.disabledAt !== null)
    throw forbidden({ en: 'Only an admin may change roles or disable accounts.', ko: '관리자만 계정의 역할을 바꾸거나 계정을 비활성화할 수 있습니다.' });
}
