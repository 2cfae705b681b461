import type { EntityManager } from 'typeorm';
import type { Viewer } from '../accounts/viewer';
import { mayReceive, type Recipient } from './event.access';
import type { EventType } from './event.enums';
import { Event } from './event.types';

/** Anything that runs SQL: the data source, or a transaction's manager. */
export interface Queryable {
  query: EntityManager['query'];
}

/**
 * A signed-in viewer as an event recipient. The viewer is built from the account's row as read
 * for this request (src/http/authentication.ts refuses disabled accounts), so it is current.
 */
export const recipientOf = (viewer: Viewer): Recipient => ({ accountId: viewer.accountId, organizationId: viewer.organizationId, disabled: false });

/** Which stretch of the log to read, by id (the cursor): both bounds exclusive; newest first or oldest first. */
export interface EventWindow {
  afterId?: number | null;
  beforeId?: number | null;
  limit: number;
  newestFirst: boolean;
  /** Only events the recipient has not marked read. */
  unreadOnly?: boolean;
  /** Only these events (node(id:), markEventsRead). */
  ids?: readonly number[];
}

interface EventRow {
  id: string;
  type: EventType;
  subject_type: string;
  subject_id: number;
  actor_account_id: number | null;
  audience_organization_ids: number[];
  audience_account_ids: number[];
  summary_ko: string;
  summary_en: string;
  created_at: Date;
  read: boolean;
}

/**
 * The accounts events would go to, as they stand now: one statement for any number of them.
 * Delivery re-reads its recipients with it every round, so a member who left an organisation, or
 * a disabled account, stops receiving at once. An account that is gone is missing from the map.
 */
export async function recipientsNow(db: Queryable, accountIds: readonly number[]): Promise<Map<number, Recipient>> {
  if (accountIds.length === 0) return new Map();
  const rows: { id: number; organization_id: number | null; disabled: boolean }[] = await db.query(
    'SELECT id, organization_id, disabled_at IS NOT NULL AS disabled FROM account WHERE id = ANY($1)',
    [[...new Set(accountIds)]],
  );
  return new Map(rows.map((r) => [r.id, { accountId: r.id, organizationId: r.organization_id, disabled: r.disabled }]));
}

/**
 * The audience rule of event.access.ts as SQL, for the GIN indexes on the audience arrays: the
 * recipient's account, or its current organisation. Rows it returns are checked with mayReceive
 * again, so the rule has one definition and the SQL only narrows the read.
 */
function audienceFilter(recipient: Recipient, params: unknown[]): string {
  params.push([recipient.accountId]);
  const byAccount = `e.audience_account_ids @> $${params.length}::int[]`;
  if (recipient.organizationId == null) return byAccount;
  params.push([recipient.organizationId]);
  return `(${byAccount} OR e.audience_organization_ids @> $${params.length}::int[])`;
}

/** Whether the recipient marked an event read: at or below its mark, or read on its own. */
const READ = '(e.id <= COALESCE(m.up_to, 0) OR r.event_id IS NOT NULL)';

/**
 * THE reader of the log for one recipient, used by the notification centre (myEvents), node(id:),
 * markEventsRead and the replays of subscriptions: the events in `window` the recipient may
 * receive now, with its read state.
 */
export async function readEventsFor(db: Queryable, recipient: Recipient, window: EventWindow): Promise<Event[]> {
  if (recipient.disabled) return [];
  const params: unknown[] = [recipient.accountId];
  const where = [audienceFilter(recipient, params)];
  if (window.afterId != null) {
    params.push(window.afterId);
    where.push(`e.id > $${params.length}`);
  }
  if (window.beforeId != null) {
    params.push(window.beforeId);
    where.push(`e.id < $${params.length}`);
  }
  if (window.ids) {
    params.push([...window.ids]);
    where.push(`e.id = ANY($${params.length}::bigint[])`);
  }
  if (window.unreadOnly) where.push(`NOT ${READ}`);
  params.push(window.limit);
  const rows: EventRow[] = await db.query(
    `SELECT e.id, e.type, e.subject_type, e.subject_id, e.actor_account_id, e.audience_organization_ids, e.audience_account_ids,
            e.summary_ko, e.summary_en, e.created_at, ${READ} AS read
       FROM event e
       LEFT JOIN event_read_mark m ON m.account_id = $1
       LEFT JOIN event_read r ON r.account_id = $1 AND r.event_id = e.id
      WHERE ${where.join(' AND ')}
      ORDER BY e.id ${window.newestFirst ? 'DESC' : 'ASC'}
      LIMIT $${params.length}`,
    params,
  );
  return rows.map(toEvent).filter((event) => mayReceive(recipient, event));
}

/** How many events the recipient may receive and has not marked read. */
export async function countUnread(db: Queryable, recipient: Recipient): Promise<number> {
  if (recipient.disabled) return 0;
  const params: unknown[] = [recipient.accountId];
  const audience = audienceFilter(recipient, params);
  const [row]: { count: string }[] = await db.query(
    `SELECT count(*) AS count
       FROM event e
       LEFT JOIN event_read_mark m ON m.account_id = $1
       LEFT JOIN event_read r ON r.account_id = $1 AND r.event_id = e.id
      WHERE ${audience} AND NOT ${READ}`,
    params,
  );
  return Number(row?.count ?? 0);
}

/** How many events the recipient may receive, read or not (totalCount), or only unread ones. */
export async function countEvents(db: Queryable, recipient: Recipient, unreadOnly: boolean): Promise<number> {
  if (unreadOnly) return countUnread(db, recipient);
  if (recipient.disabled) return 0;
  const params: unknown[] = [];
  const [row]: { count: string }[] = await db.query(`SELECT count(*) AS count FROM event e WHERE ${audienceFilter(recipient, params)}`, params);
  return Number(row?.count ?? 0);
}

/** The log's newest id now (0 when empty): where a live tail starts. */
export async function lastEventId(db: Queryable): Promise<number> {
  const [row]: { id: string | null }[] = await db.query('SELECT max(id) AS id FROM event');
  return Number(row?.id ?? 0);
}

/** Every event after `afterId`, oldest first, whoever it is for: the live tail's read (at most `limit`). */
export async function readLogAfter(db: Queryable, afterId: number, limit: number): Promise<Event[]> {
  const rows: EventRow[] = await db.query(
    `SELECT e.id, e.type, e.subject_type, e.subject_id, e.actor_account_id, e.audience_organization_ids, e.audience_account_ids,
            e.summary_ko, e.summary_en, e.created_at, false AS read
       FROM event e WHERE e.id > $1 ORDER BY e.id LIMIT $2`,
    [afterId, limit],
  );
  return rows.map(toEvent);
}

function toEvent(row: EventRow): Event {
  const event = new Event();
  event.id = Number(row.id);
  event.type = row.type;
  event.subjectType = row.subject_type;
  event.subjectId = row.subject_id;
  event.actorAccountId = row.actor_account_id;
  event.audienceOrganizationIds = row.audience_organization_ids;
  event.audienceAccountIds = row.audience_account_ids;
  event.summaryKo = row.summary_ko;
  event.summaryEn = row.summary_en;
  event.createdAt = row.created_at;
  event.read = row.read;
  return event;
}

/**
 * For live delivery: which of `eventIds` each of `accountIds` has already marked read (rarely
 * any, the events being new), in one statement for a whole delivery round.
 */
export async function readMarks(
  db: Queryable,
  accountIds: readonly number[],
  eventIds: readonly number[],
): Promise<(accountId: number, eventId: number) => boolean> {
  if (accountIds.length === 0 || eventIds.length === 0) return () => false;
  const rows: { account_id: number; up_to: string | null; event_id: string | null }[] = await db.query(
    `SELECT account_id, up_to, NULL::bigint AS event_id FROM event_read_mark WHERE account_id = ANY($1) AND up_to >= $3
     UNION ALL
     SELECT account_id, NULL, event_id FROM event_read WHERE account_id = ANY($1) AND event_id = ANY($2::bigint[])`,
    [[...new Set(accountIds)], [...eventIds], Math.min(...eventIds)],
  );
  if (rows.length === 0) return () => false;
  const upTo = new Map<number, number>();
  const single = new Set<string>();
  for (const row of rows) {
    if (row.up_to != null) upTo.set(row.account_id, Number(row.up_to));
    if (row.event_id != null) single.add(`${row.account_id}:${row.event_id}`);
  }
  return (accountId, eventId) => eventId <= (upTo.get(accountId) ?? 0) || single.has(`${accountId}:${eventId}`);
}
