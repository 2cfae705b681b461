import type { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import { recordEvents } from '../events/event-log';
import type { ExpiryPolicy } from '../events/expiry';
import { ConsortiumMember } from './consortium-member.entity';
import { ConsortiumStatus, InvitationStatus } from './consortium.enums';
import { Consortium } from './consortium.entity';
import { invitationEvents } from './consortium.events';

/**
 * A consortium invitation (an INVITED member of an INVITING consortium) expires INVITATION_TTL_DAYS
 * after it went out. Reads apply the rule themselves, so an invitation past its time reads EXPIRED
 * and cannot be answered before any sweep; `expireInvitations` writes it down with its events.
 */
export function invitationStatus(
  member: Pick<ConsortiumMember, 'invitationStatus' | 'invitedAt'>,
  consortiumStatus: ConsortiumStatus | undefined,
  policy: ExpiryPolicy,
): InvitationStatus {
  if (
    member.invitationStatus === InvitationStatus.INVITED &&
    consortiumStatus === ConsortiumStatus.INVITING &&
    member.invitedAt !== null &&
    member.invitedAt.getTime() <= policy.invitationCutoff().getTime()
  ) {
    return InvitationStatus.EXPIRED;
  }
  return member.invitationStatus;
}

/** Whether the membership row `m` of the consortium row `c` is an invitation still awaiting its answer in time (`:invitationCutoff`). */
export const AWAITING_ANSWER_SQL = `(m.invitation_status = 'INVITED' AND c.status = 'INVITING' AND m.invited_at > :invitationCutoff)`;

/**
 * Expires the invitations past their time of up to `limit` consortia, in the caller's transaction:
 * each consortium is claimed with `FOR UPDATE SKIP LOCKED` (the row every change of it locks, so a
 * member answering or the planner confirming at that moment simply goes first, and two sweepers
 * never take the same one), its overdue invitations become EXPIRED, its version moves on, and one
 * CONSORTIUM_INVITATION_EXPIRED event per invitation is written. Returns the expired memberships.
 */
export async function expireInvitations(em: EntityManager, policy: ExpiryPolicy, limit: number): Promise<ConsortiumMember[]> {
  const cutoff = policy.invitationCutoff();
  const claimed: { id: number }[] = await em.query(
    `SELECT c.id FROM consortium c
      WHERE c.status = 'INVITING'
        AND EXISTS (SELECT 1 FROM consortium_member m WHERE m.consortium_id = c.id AND m.invitation_status = 'INVITED' AND m.invited_at <= $1)
      ORDER BY c.id LIMIT $2 FOR UPDATE SKIP LOCKED`,
    [cutoff, limit],
  );
  if (claimed.length === 0) return [];
  // Read again under the lock: a change that committed meanwhile (an answer, a dissolution) stands.
  const consortia = await em
    .getRepository(Consortium)
    .createQueryBuilder('c')
    .where('c.id IN (:...ids) AND c.status = :inviting', { ids: claimed.map((r) => r.id), inviting: ConsortiumStatus.INVITING })
    .orderBy('c.id')
    .getMany();
  const expired: ConsortiumMember[] = [];
  const drafts = [];
  for (const consortium of consortia) {
    const members = await em
      .getRepository(ConsortiumMember)
      .createQueryBuilder('m')
      .where('m.consortium_id = :id AND m.invitation_status = :invited AND m.invited_at <= :cutoff', {
        id: consortium.id,
        invited: InvitationStatus.INVITED,
        cutoff,
      })
      .orderBy('m.id')
      .getMany();
    if (members.length === 0) continue;
    await em.getRepository(ConsortiumMember).update(
      members.map((m) => m.id),
      { invitationStatus: InvitationStatus.EXPIRED },
    );
    await em
      .createQueryBuilder()
      .update(Consortium)
      .set({ version: () => 'version + 1' })
      .where('id = :id', { id: consortium.id })
      .execute();
    const organizationIds = members.map((m) => m.organizationId);
    await recordAudit(em, {
      actorId: null,
      action: 'consortium.invitation_expired',
      subjectType: 'Consortium',
      subjectId: consortium.id,
      details: { organizationIds, from: InvitationStatus.INVITED, to: InvitationStatus.EXPIRED },
    });
    drafts.push(...(await invitationEvents(em, 'CONSORTIUM_INVITATION_EXPIRED', consortium, organizationIds, null)));
    expired.push(...members.map((m) => Object.assign(m, { invitationStatus: InvitationStatus.EXPIRED })));
  }
  // Last, once every row is written: the event log's lock is held from here to COMMIT (event-log.ts).
  await recordEvents(em, drafts);
  return expired;
}
