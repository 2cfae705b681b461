import type { EntityManager } from 'typeorm';
import { unauthenticated } from '../../graphql/errors';
import { Account } from './account.entity';
import type { Viewer } from './tokens';

/**
 * The signed-in account as the database has it now, read inside the mutation's transaction:
 * ownership is decided on current rows, not on a token that may predate a membership change.
 */
export async function currentAccount(em: EntityManager, viewer: Viewer): Promise<Account> {
  const account = await em.getRepository(Account).findOneBy({ id: viewer.accountId });
  if (!account) throw unauthenticated({ en: 'Your account no longer exists; sign in again.', ko: '계정이 더 이상 없습니다. 다시 로그인하십시오.' });
  return account;
}
