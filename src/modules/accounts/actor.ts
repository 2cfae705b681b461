import type { EntityManager } from 'typeorm';
import { forbidden, unauthenticated } from '../../graphql/errors';
import { Account } from './account.entity';
import { AccountRole } from './account.enums';
import type { Viewer } from './tokens';

/**
 * The signed-in account as the database has it now, read inside the mutation's transaction:
 * ownership is decided on current rows, not on a token that may predate a membership change.
 */
export async function currentAccount(em: EntityManager, viewer: Viewer): Promise<Account> {
  const account = await em.getRepository(Account).findOneBy({ id: viewer.accountId });
  if (!account) throw unauthenticated('Your account no longer exists; sign in again.');
  return account;
}

/** A member edits only its own organisation; admins edit any (issue 4, authorization). */
export function assertMayEditOrganization(account: Account, organizationId: number): void {
  if (account.role === AccountRole.ADMIN) return;
  if (account.role === AccountRole.MEMBER && account.organizationId === organizationId) return;
  throw forbidden("Only the organisation's own members (or admins) may change it.");
}

/** A member acts only for its own organisation (withdrawing, for one): not even admins do it for them. */
export function assertOwnMember(account: Account, organizationId: number): void {
  if (account.role === AccountRole.MEMBER && account.organizationId === organizationId) return;
  throw forbidden("Only the organisation's own members may do this.");
}
