import type { AccountRole } from './account.enums';

/**
 * Who is making a request: built from the account's row as the database has it now, never from
 * token claims. Every access rule (`*.access.ts`) takes one.
 */
export interface Viewer {
  accountId: number;
  role: AccountRole;
  /** The member's organisation; null for planners and admins. */
  organizationId: number | null;
}
