import type { EntityManager } from 'typeorm';
import type { ExpiryPolicy } from '../events/expiry';
import { PartnershipRequestStatus } from './partnership-request.enums';
import { PartnershipRequest } from './partnership-request.entity';
import { recordRequestEvents } from './partnership.events';

/**
 * A PENDING request expires REQUEST_TTL_DAYS after it was sent. Reads apply the rule themselves
 * (a request past its time reads EXPIRED and stops counting against the cap before any sweep);
 * `expireRequests` writes it down with its event, from the sweeper or when a new request
 * between the same two organisations needs the pending slot.
 */
export function requestStatus(request: Pick<PartnershipRequest, 'status' | 'createdAt'>, policy: ExpiryPolicy): PartnershipRequestStatus {
  if (request.status === PartnershipRequestStatus.PENDING && request.createdAt.getTime() <= policy.requestCutoff().getTime()) {
    return PartnershipRequestStatus.EXPIRED;
  }
  return request.status;
}

/** The same rule as SQL over the request row `alias` (`:requestCutoff` is the policy's cutoff): the status a reader sees. */
export function requestStatusSql(alias: string): string {
  return `(CASE WHEN ${alias}.status = 'PENDING' AND ${alias}.created_at <= :requestCutoff THEN 'EXPIRED' ELSE ${alias}.status::text END)`;
}

/** Which stale requests to expire: a batch of any (the sweeper), or those between two organisations (either direction). */
export type StaleRequests = { limit: number } | { between: [number, number] };

/**
 * Marks PENDING requests past their time EXPIRED and writes one PARTNERSHIP_REQUEST_EXPIRED event
 * per request (both organisations hear), in the caller's transaction. Rows another transaction
 * holds are skipped (SKIP LOCKED): it is answering them, or another sweeper expires them, so each
 * request expires exactly once whichever instance gets there. Returns the expired requests.
 */
export async function expireRequests(em: EntityManager, policy: ExpiryPolicy, which: StaleRequests): Promise<PartnershipRequest[]> {
  const expired = await markExpired(em, policy, which);
  await recordExpiryEvents(em, expired);
  return expired;
}

/** The events of requests `markExpired` wrote down; call it last in the transaction, after every row lock (event-log.ts). */
export function recordExpiryEvents(em: EntityManager, expired: readonly PartnershipRequest[]): Promise<void> {
  return expired.length === 0 ? Promise.resolve() : recordRequestEvents(em, 'PARTNERSHIP_REQUEST_EXPIRED', expired, null);
}

/** expireRequests without the events, for a transaction that still has rows to write (it records them with recordExpiryEvents). */
export async function markExpired(em: EntityManager, policy: ExpiryPolicy, which: StaleRequests): Promise<PartnershipRequest[]> {
  const cutoff = policy.requestCutoff();
  const scope =
    'limit' in which
      ? { sql: 'ORDER BY id LIMIT $2', parameters: [which.limit] }
      : {
          sql: 'AND ((from_organization_id = $2 AND to_organization_id = $3) OR (from_organization_id = $3 AND to_organization_id = $2))',
          parameters: which.between,
        };
  const claimed: { id: number }[] = await em.query(
    `SELECT id FROM partnership_request WHERE status = 'PENDING' AND created_at <= $1 ${scope.sql} FOR UPDATE SKIP LOCKED`,
    [cutoff, ...scope.parameters],
  );
  if (claimed.length === 0) return [];
  const ids = claimed.map((r) => r.id);
  await em
    .createQueryBuilder()
    .update(PartnershipRequest)
    .set({ status: PartnershipRequestStatus.EXPIRED, version: () => 'version + 1' })
    .where('id IN (:...ids)', { ids })
    .execute();
  return em.getRepository(PartnershipRequest).find({ where: ids.map((id) => ({ id })), order: { id: 'ASC' } });
}
