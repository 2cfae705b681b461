import { forbidden } from '../../graphql/errors';
import type { Wording } from '../../graphql/language';
import type { Account } from '../accounts/account.entity';
import { AccountRole, TeamRole } from '../accounts/account.enums';
import type { Viewer } from '../accounts/viewer';

const MAY_NOT_CHANGE_TEAM: Wording = {
  en: 'Only an owner of the organisation (or an admin) may change its team.',
  ko: '기관의 소유자나 관리자만 팀을 바꿀 수 있습니다.',
};

/**
 * Who may see and change an organisation's team (docs/workflows.md, "Teams"):
 * - `Organization.team`: the organisation's own team members (OWNER or MEMBER) and admins; null for everyone else;
 * - promote, demote, remove (`updateTeamMember`, `removeTeamMember`): the organisation's owners, and admins;
 * - `transferOwnership`: an owner of that organisation only (an admin is on no team; it promotes and demotes instead);
 * - `leaveOrganization`: any member of that team, for itself.
 * Every check runs on the accounts as locked in the mutation's transaction, so a token issued
 * before a change in the team (a removal, a demotion) cannot act on the old standing.
 */

type Actor = Pick<Account, 'id' | 'role' | 'organizationId' | 'teamRole'>;

/** Whether the account is an OWNER of `organizationId`'s team (the one definition; invitations use it too). */
export const isOwnerOf = (actor: Pick<Account, 'role' | 'organizationId' | 'teamRole'>, organizationId: number | null): boolean =>
  organizationId !== null && actor.role === AccountRole.MEMBER && actor.organizationId === organizationId && actor.teamRole === TeamRole.OWNER;

/** Whether `viewer` may read `organizationId`'s team. */
export function canSeeTeam(viewer: Viewer | null, organizationId: number): boolean {
  if (!viewer) return false;
  if (viewer.role === AccountRole.ADMIN) return true;
  return viewer.role === AccountRole.MEMBER && viewer.organizationId === organizationId;
}

/**
 * The organisation whose team `actor` manages: null for an admin (any team: the target account's),
 * its own for an owner; FORBIDDEN for anyone else. An owner naming an account outside its team is
 * answered NOT_FOUND by the service, as an unknown id is, so accounts of other teams cannot be probed.
 */
export function managedOrganization(actor: Actor): number | null {
  if (actor.role === AccountRole.ADMIN) return null;
  if (actor.organizationId != null && isOwnerOf(actor, actor.organizationId)) return actor.organizationId;
  throw forbidden(MAY_NOT_CHANGE_TEAM);
}

/** After the team is locked: the actor is still one of its owners (or an admin). */
export function assertManagesTeam(actor: Actor, organizationId: number, lockedTeam: readonly Actor[]): void {
  if (actor.role === AccountRole.ADMIN) return;
  const current = lockedTeam.find((a) => a.id === actor.id);
  if (!current || !isOwnerOf(current, organizationId)) throw forbidden(MAY_NOT_CHANGE_TEAM);
}

/** transferOwnership: the actor owns `organizationId` (checked again on the locked team). */
export function assertMayTransfer(actor: Actor, organizationId: number, lockedTeam?: readonly Actor[]): void {
  const current = lockedTeam ? lockedTeam.find((a) => a.id === actor.id) : actor;
  if (!current || !isOwnerOf(current, organizationId))
    throw forbidden({ en: 'Only an owner of the organisation may hand its ownership over.', ko: '기관의 소유자만 소유권을 넘길 수 있습니다.' });
}

/** leaveOrganization: the actor is on `organizationId`'s team (checked again on the locked team). */
export function assertMayLeave(actor: Actor, organizationId: number, lockedTeam?: readonly Actor[]): void {
  const current = lockedTeam ? lockedTeam.find((a) => a.id === actor.id) : actor;
  if (!current || current.role !== AccountRole.MEMBER || current.organizationId !== organizationId) {
    throw forbidden({ en: "You are not on this organisation's team.", ko: '이 기관의 팀에 속해 있지 않습니다.' });
  }
}

/**
 * Settings an organisation decides as a whole (matchmaking, capacity, blocked partners): its
 * owners, and admins. Run on the account as read in the mutation's transaction (currentAccount).
 */
export function assertOwnsOrganization(actor: Actor, organizationId: number): void {
  if (actor.role === AccountRole.ADMIN || isOwnerOf(actor, organizationId)) return;
  throw forbidden({ en: 'Only an owner of the organisation (or an admin) may change this.', ko: '기관의 소유자나 관리자만 바꿀 수 있습니다.' });
}
