import type { Account } from '../accounts/account.entity';
import type { Viewer } from '../accounts/viewer';
import { assertOwnsOrganization, canSeeTeam } from '../teams/team.access';

/**
 * Who may see and change an organisation's blocked partners (docs/workflows.md, "Blocked partners"):
 * - `Organization.blockedPartners`: the organisation's own team (owners and members) and admins; null for everyone else;
 * - `blockPartner`, `unblockPartner`: the organisation's owners, and admins.
 * The blocked side is never told; matching honours a block in both directions.
 */

/** Whether `viewer` may read `organizationId`'s blocked partners: as its team is read. */
export function canSeeBlocks(viewer: Viewer | null, organizationId: number): boolean {
  return canSeeTeam(viewer, organizationId);
}

/** blockPartner, unblockPartner: an owner of the organisation (as the account is now), or an admin. */
export function assertMayBlock(account: Pick<Account, 'id' | 'role' | 'organizationId' | 'teamRole'>, organizationId: number): void {
  assertOwnsOrganization(account, organizationId);
}
