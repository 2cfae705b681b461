import type { DataSource } from 'typeorm';
import type { Page, PagePlan } from '../../db/keyset';
import { toGlobalId } from '../../graphql/global-id';
import { notFound } from '../../graphql/user-error';
import type { Viewer } from '../accounts/viewer';
import type { Write } from '../write';
import { countEvents, countUnread, readEventsFor, recipientOf } from './event.reader';
import type { Event } from './event.types';

/** The keyset order of the notification centre: by log id, newest first (cursors name it). */
export const EVENTS_ORDER = 'EVENTS';

/** The notification centre: the signed-in account's events and their read state. */
export class EventService {
  constructor(private readonly dataSource: DataSource) {}

  /** One page of the viewer's events, newest first (`after` goes back in time). */
  async listMine(viewer: Viewer, unreadOnly: boolean, plan: PagePlan): Promise<Page<Event>> {
    const recipient = recipientOf(viewer);
    const rows = await readEventsFor(this.dataSource, recipient, {
      // Newest first: a page after a cursor holds older events, one before it newer ones.
      beforeId: plan.after?.id ?? null,
      afterId: plan.before?.id ?? null,
      newestFirst: !plan.backward,
      limit: plan.limit + 1,
      unreadOnly,
    });
    return { rows, keyOf: (event) => ({ value: event.id, id: event.id }), totalCount: () => countEvents(this.dataSource, recipient, unreadOnly) };
  }

  unreadCount(viewer: Viewer): Promise<number> {
    return countUnread(this.dataSource, recipientOf(viewer));
  }

  /**
   * Marks the viewer's events read: the ones named, and every one up to `upToId` ("mark all as
   * read" with the newest cursor). An event you may not receive answers NOT_FOUND, like one that
   * does not exist. Returns how many stay unread.
   */
  async markRead(viewer: Viewer, eventIds: readonly number[], upToId: number | null, write: Write): Promise<{ unreadCount: number }> {
    const recipient = recipientOf(viewer);
    return write.transaction(this.dataSource, async (em) => {
      if (eventIds.length > 0) {
        const ids = [...new Set(eventIds)];
        const visible = new Set((await readEventsFor(em, recipient, { ids, limit: ids.length, newestFirst: false })).map((e) => e.id));
        const missing = eventIds.findIndex((id) => !visible.has(id));
        if (missing >= 0) {
          const id = toGlobalId('Event', eventIds[missing]!);
          throw notFound({ en: `No event ${id} of yours.`, ko: `${id}에 해당하는 내 이벤트가 없습니다.` }, ['input', 'eventIds', String(missing)]);
        }
        await em.query('INSERT INTO event_read (account_id, event_id) SELECT $1, unnest($2::bigint[]) ON CONFLICT DO NOTHING', [recipient.accountId, ids]);
      }
      if (upToId != null) {
        await em.query(
          `INSERT INTO event_read_mark (account_id, up_to) VALUES ($1, $2)
           ON CONFLICT (account_id) DO UPDATE SET up_to = GREATEST(event_read_mark.up_to, EXCLUDED.up_to)`,
          [recipient.accountId, upToId],
        );
        // Single marks at or below the mark say nothing more.
        await em.query('DELETE FROM event_read r USING event_read_mark m WHERE r.account_id = $1 AND m.account_id = $1 AND r.event_id <= m.up_to', [
          recipient.accountId,
        ]);
      }
      return { unreadCount: await countUnread(em, recipient) };
    });
  }
}
