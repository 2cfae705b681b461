import { forbidden } from '../../graphql/errors';
import type { Account } from '../accounts/account.entity';
import { AccountRole } from '../accounts/account.enums';
import { isOwnerOf } from '../teams/team.access';
import type { Context } from '../context';
import type { Invitation } from './invitation.entity';
import { InvitationKind } from './invitation.enums';

/**
 * Who may invite, revoke and see invitations (docs/workflows.md, "Invitations"):
 * - admins: everything (staff, team and claim invitations);
 * - an OWNER of an organisation's team: that organisation's TEAM invitations (send, revoke) and
 *   every invitation of that organisation (read);
 * - nobody else, not even the team's MEMBERs.
 * The team role is read from the account row as stored now (the request's own row, or the row read
 * in the mutation's transaction), never from the token.
 */

type Caller = Pick<Account, 'role' | 'organizationId' | 'teamRole'>;

const isAdmin = (caller: Caller) => caller.role === AccountRole.ADMIN;

/** STAFF and CLAIM invitations are the secretariat's: admins only. */
export function assertMayInviteAsAdmin(caller: Caller, kind: 'STAFF' | 'CLAIM'): void {
  if (!isAdmin(caller)) {
    throw forbidden(
      kind === 'STAFF'
        ? { en: 'Only admins invite planners and admins.', ko: '기획자와 관리자는 관리자만 초대할 수 있습니다.' }
        : { en: 'Only admins send the claim invitation of an organisation.', ko: '계정이 없는 기관의 소유자 초대는 관리자만 보낼 수 있습니다.' },
    );
  }
}

/**
 * Before the organisation is even read: only its owners and admins may invite into it, so anyone
 * else is refused alike whether the id exists or not.
 */
export function assertMayInviteInto(caller: Caller, organizationId: number): void {
  if (!isAdmin(caller) && !isOwnerOf(caller, organizationId))
    throw forbidden({
      en: "Only an owner of the organisation's team, or an admin, invites into it.",
      ko: '기관 팀의 소유자나 관리자만 그 팀으로 초대할 수 있습니다.',
    });
}

/** Admins revoke any invitation; an owner revokes its organisation's TEAM invitations. */
export function assertMayRevoke(caller: Caller, invitation: Pick<Invitation, 'kind' | 'organizationId'>): void {
  if (isAdmin(caller)) return;
  if (invitation.kind === InvitationKind.TEAM && isOwnerOf(caller, invitation.organizationId)) return;
  throw forbidden({
    en: "Only an admin, or an owner of the organisation's team (for its team invitations), may revoke this invitation.",
    ko: '이 초대는 관리자나, 팀 초대라면 그 기관 팀의 소유자만 취소할 수 있습니다.',
  });
}

/** Admins see every invitation; an owner sees its organisation's. */
export function canSeeInvitation(caller: Caller | null, invitation: Pick<Invitation, 'organizationId'>): boolean {
  return caller !== null && (isAdmin(caller) || isOwnerOf(caller, invitation.organizationId));
}

/**
 * Which invitations a list shows: all (null) or one organisation's (admins may filter; an owner
 * always gets its own organisation's, and asking for another one is FORBIDDEN).
 */
export function listableOrganization(caller: Caller, requested: number | null): number | null {
  if (isAdmin(caller)) return requested;
  if (isOwnerOf(caller, caller.organizationId) && (requested === null || requested === caller.organizationId)) {
    return caller.organizationId;
  }
  throw forbidden({
    en: "Only admins, and owners of an organisation's team (for its own invitations), may list invitations.",
    ko: '초대 목록은 관리자와, 자기 기관의 초대라면 그 기관 팀의 소유자만 볼 수 있습니다.',
  });
}

/** The request's own account row (read once when the request was authenticated), or null when anonymous. */
export function callerOf(ctx: Context): Promise<Account | null> {
  return ctx.viewer ? ctx.loaders.accountById.load(ctx.viewer.accountId) : Promise.resolve(null);
}

/** One invitation by id if the viewer may see it, else null (as if it did not exist): for `node(id:)`. */
export async function loadVisibleInvitation(ctx: Context, id: number): Promise<Invitation | null> {
  const [invitation, caller] = await Promise.all([ctx.loaders.invitationById.load(id), callerOf(ctx)]);
  return invitation && canSeeInvitation(caller, invitation) ? invitation : null;
}

/**
 * Who sent it is shown to admins, and to an owner only when the sender is of its own organisation
 * (a colleague): an admin's address is not an owner's business.
 */
export function canSeeInviter(caller: Caller | null, inviter: Pick<Account, 'organizationId'>): boolean {
  return caller !== null && (isAdmin(caller) || (caller.organizationId !== null && inviter.organizationId === caller.organizationId));
}
