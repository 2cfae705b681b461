import type { AccountRole } from './account.enums';

/** Who is making a request, as the access token says; every access rule (`*.access.ts`) takes one. */
export interface Viewer {
  accountId: number;
  role: AccountRole;
  /** The member's organisation; null for planners and admins. */
  organizationId: number | null;
}
