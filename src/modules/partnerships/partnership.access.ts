import { forbidden } from '../../graphql/errors';
import { AccountRole } from '../accounts/account.enums';
import type { Viewer } from '../accounts/viewer';
import type { Context } from '../context';
import { canSee } from '../organizations/organization.access';
import type { Organization } from '../organizations/organization.entity';
import { MembershipStatus } from '../organizations/organization.enums';
import type { PartnershipRequest } from './partnership-request.entity';

/** The two organisations' members and admins see a request; nobody else does. */
export function canSeeRequest(viewer: Viewer | null, request: PartnershipRequest): boolean {
  if (!viewer) return false;
  if (viewer.role === AccountRole.ADMIN) return true;
  return viewer.organizationId != null && (viewer.organizationId === request.fromOrganizationId || viewer.organizationId === request.toOrganizationId);
}

/** The organisation a request is sent for: the viewer's own; FORBIDDEN for an account without one. */
export function senderOrganization(viewer: Viewer): number {
  if (viewer.organizationId == null)
    throw forbidden({ en: 'Only a member of an organisation may send partnership requests.', ko: '기관에 속한 계정만 파트너십 요청을 보낼 수 있습니다.' });
  return viewer.organizationId;
}

/** Only members of an APPROVED organisation send or answer requests (`status`: their organisation's, read in the transaction). */
export function assertApprovedParty(status: MembershipStatus | undefined, action: 'send' | 'answer'): void {
  if (status !== MembershipStatus.APPROVED) {
    throw forbidden({
      en: `Only members of an APPROVED organisation may ${action} partnership requests.`,
      ko: `승인(APPROVED)된 기관의 계정만 ${action === 'send' ? '파트너십 요청을 보낼' : '파트너십 요청에 답할'} 수 있습니다.`,
    });
  }
}

/** A member of the receiving organisation answers a request. */
export function assertMayAnswer(viewer: Viewer, request: Pick<PartnershipRequest, 'toOrganizationId'>): void {
  if (viewer.organizationId == null || viewer.organizationId !== request.toOrganizationId) {
    throw forbidden({
      en: 'Only a member of the receiving organisation may answer a partnership request.',
      ko: '요청을 받은 기관의 계정만 파트너십 요청에 답할 수 있습니다.',
    });
  }
}

/** A member of the sending organisation withdraws a request. */
export function assertMayWithdraw(viewer: Viewer, request: Pick<PartnershipRequest, 'fromOrganizationId'>): void {
  if (viewer.organizationId == null || viewer.organizationId !== request.fromOrganizationId) {
    throw forbidden({
      en: 'Only a member of the sending organisation may withdraw a partnership request.',
      ko: '요청을 보낸 기관의 계정만 파트너십 요청을 철회할 수 있습니다.',
    });
  }
}

/** One partnership request by id if `ctx.viewer` may see it, else null (as if it did not exist). */
export async function loadVisibleRequest(ctx: Context, id: number): Promise<PartnershipRequest | null> {
  const request = await ctx.loaders.partnershipRequestById.load(id);
  return request && canSeeRequest(ctx.viewer, request) ? request : null;
}

/**
 * Whether the viewer may read an organisation's contact: its own members and admins; members of an
 * APPROVED organisation with an ACCEPTED request with it, while they may see its profile.
 */
export async function mayContact(ctx: Context, organization: Organization): Promise<boolean> {
  const organizationId = organization.id;
  const viewer = ctx.viewer;
  if (!viewer) return false;
  if (viewer.role === AccountRole.ADMIN) return true;
  if (viewer.role !== AccountRole.MEMBER || viewer.organizationId == null) return false;
  if (viewer.organizationId === organizationId) return true;
  const [own, partners] = await Promise.all([
    ctx.loaders.organizationById.load(viewer.organizationId),
    ctx.loaders.acceptedPartnersByOrganization.load(viewer.organizationId),
  ]);
  // A partner that is since hidden from the viewer (suspended, withdrawn, now PRIVATE) keeps its contact to itself.
  return own?.membershipStatus === MembershipStatus.APPROVED && partners.has(organizationId) && canSee(viewer, organization, own);
}
