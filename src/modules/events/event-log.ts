import type { EntityManager } from 'typeorm';
import { EventRecord } from './event.entity';
import type { EventType } from './event.enums';

/** What a service says happened; recordEvents adds the id (the cursor) and the time. */
export interface EventDraft {
  type: EventType;
  subject: { type: string; id: number };
  /** The account that caused it; null for the system (expiry, sweeps). */
  actorAccountId: number | null;
  audience: { organizationIds?: readonly number[]; accountIds?: readonly number[] };
  /** One or two short sentences, naming organisations and projects by name. */
  summary: { ko: string; en: string };
  data?: Record<string, unknown>;
}

/**
 * Serialises event writers from their first event to their COMMIT. Ids come from a sequence,
 * which hands them out in call order, not commit order: without the lock, id 11 could commit
 * before id 10 and a reader that moved past 11 would never see 10. Under it ids commit in order
 * (PostgreSQL releases the lock only after the commit is visible), so "every event after cursor
 * n" is a stable question. Services record events last in their transaction to keep the window short.
 */
const EVENT_LOG_LOCK = 7_423_510_001;

/** The query runner's note of the events its transaction wrote, read after COMMIT to wake subscribers. */
export const WRITTEN_EVENT_IDS = 'writtenEventIds';

/**
 * Writes events in the caller's transaction (a transactional outbox: they exist if and only if
 * the change does). Returns their ids in order.
 */
export async function recordEvents(em: EntityManager, drafts: readonly EventDraft[]): Promise<number[]> {
  if (drafts.length === 0) return [];
  if (!em.queryRunner?.isTransactionActive) throw new Error('Events are recorded inside the transaction of the change they report.');
  await em.query('SELECT pg_advisory_xact_lock($1)', [EVENT_LOG_LOCK]);
  const rows = drafts.map((d) =>
    em.getRepository(EventRecord).create({
      type: d.type,
      subjectType: d.subject.type,
      subjectId: d.subject.id,
      actorAccountId: d.actorAccountId,
      audienceOrganizationIds: unique(d.audience.organizationIds),
      audienceAccountIds: unique(d.audience.accountIds),
      summaryKo: d.summary.ko,
      summaryEn: d.summary.en,
      data: d.data ?? {},
    }),
  );
  const saved = await em.getRepository(EventRecord).save(rows);
  const ids = saved.map((e) => e.id);
  const data = em.queryRunner.data as Record<string, unknown>;
  data[WRITTEN_EVENT_IDS] = [...((data[WRITTEN_EVENT_IDS] as number[] | undefined) ?? []), ...ids];
  return ids;
}

function unique(ids: readonly number[] | undefined): number[] {
  return [...new Set(ids ?? [])].sort((a, b) => a - b);
}
