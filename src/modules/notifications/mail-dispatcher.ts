import pino, { type Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../clock';
import { MailNotSentError, type Mail, type Mailer } from '../../mail/mailer';
import { mayReceive, type Recipient } from '../events/event.access';
import type { EventRecord } from '../events/event.entity';
import type { EventType } from '../events/event.enums';
import { deliveryOf } from './notification-settings';
import type { NotificationSettings } from './notification-settings.entity';
import { NotificationDelivery } from './notification.enums';
import { digestMail, instantMail } from './notification.mail';

/** Korea keeps UTC+9 all year (no daylight saving since 1988): the alliance's day starts at 00:00 KST. */
const SEOUL_OFFSET_MS = 9 * 3_600_000;

/** The Korean calendar day (YYYY-MM-DD) and hour of an instant. */
export function seoulTime(at: Date): { day: string; hour: number } {
  const shifted = new Date(at.getTime() + SEOUL_OFFSET_MS);
  return { day: shifted.toISOString().slice(0, 10), hour: shifted.getUTCHours() };
}

/** The instant a Korean calendar day starts. */
function seoulMidnight(day: string): number {
  return Date.parse(`${day}T00:00:00+09:00`);
}

export interface MailDispatcherSettings {
  mailer: Mailer;
  /** PUBLIC_URL: the mails link to its notification centre. */
  publicUrl: string;
  /** Digests go out from this hour (0–23, Korean time) on; DIGEST_HOUR. */
  digestHour: number;
  /** Events per instant-mail transaction, accounts per digest transaction. */
  batchSize?: number;
}

/** One account as mail reads it at send time: the audience rule's fields, its address and its choices. */
interface MailRecipient extends Recipient {
  email: string;
  settings: Pick<NotificationSettings, 'deliveries'> | null;
}

interface EventRow {
  id: string;
  type: EventType;
  actor_account_id: number | null;
  audience_organization_ids: number[];
  audience_account_ids: number[];
  summary_ko: string;
  summary_en: string;
}

type MailEvent = Pick<EventRecord, 'id' | 'type' | 'actorAccountId' | 'audienceOrganizationIds' | 'audienceAccountIds' | 'summaryKo' | 'summaryEn'>;

const toEvent = (row: EventRow): MailEvent => ({
  id: Number(row.id),
  type: row.type,
  actorAccountId: row.actor_account_id,
  audienceOrganizationIds: row.audience_organization_ids,
  audienceAccountIds: row.audience_account_ids,
  summaryKo: row.summary_ko,
  summaryEn: row.summary_en,
});

const EVENT_COLUMNS = 'id, type, actor_account_id, audience_organization_ids, audience_account_ids, summary_ko, summary_en';

/**
 * Mail for people who are not watching (docs/events.md, "Mail and settings"). Every instance may
 * run one; the database decides who sends what:
 * - instant mail follows the event log behind one system cursor (`mail_cursor`), locked FOR UPDATE
 *   SKIP LOCKED for a batch and moved on in the same transaction, so one instance mails each event;
 * - the daily digest keeps a row per account (`notification_digest`) with the Korean day it last
 *   went out; a round claims the rows of accounts not yet done today (FOR UPDATE SKIP LOCKED) and
 *   moves their day on in the transaction that sends the mail, so each account gets one a day.
 * Recipients are read at send time and filtered by the one audience rule (mayReceive); nobody is
 * mailed about their own action. Delivery is at least once: a crash between the SMTP server's
 * answer and the COMMIT sends that batch's mails again on the next round.
 */
export class MailDispatcher {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private readonly batchSize: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly settings: MailDispatcherSettings,
    private readonly log: Logger = pino({ level: 'silent' }),
  ) {
    this.batchSize = settings.batchSize ?? 100;
  }

  /** Runs a round every `intervalMs` until stop(); a failed round is logged and the next one tries again. */
  start(intervalMs: number): void {
    if (intervalMs <= 0 || this.timer || this.stopped) return;
    const tick = () => {
      this.running = this.runOnce()
        .then(() => undefined)
        .catch((error: unknown) => this.log.warn({ err: error }, 'mail round failed; the next round retries'))
        .finally(() => {
          this.running = undefined;
          if (!this.stopped) this.timer = setTimeout(tick, intervalMs).unref();
        });
    };
    this.timer = setTimeout(tick, intervalMs).unref();
  }

  /** Stops the rounds and waits for the one under way (its transaction commits or rolls back first). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** One round: the instant mails the log has for, then the digests due. Returns how many mails went out. */
  async runOnce(): Promise<{ instant: number; digests: number }> {
    const instant = await this.sendInstant();
    const digests = await this.sendDigests();
    return { instant, digests };
  }

  /** Instant mails for every event after the cursor, batch by batch; stops early if another instance holds the cursor or a mail fails. */
  async sendInstant(): Promise<number> {
    let sent = 0;
    for (;;) {
      const batch = await this.dataSource.transaction((em) => this.instantBatch(em));
      sent += batch.sent;
      if (!batch.more) return sent;
    }
  }

  private async instantBatch(em: EntityManager): Promise<{ sent: number; more: boolean }> {
    const [cursor]: { last_event_id: string }[] = await em.query('SELECT last_event_id FROM mail_cursor WHERE id = 1 FOR UPDATE SKIP LOCKED');
    // Another instance is mailing this stretch of the log.
    if (!cursor) return { sent: 0, more: false };
    const rows: EventRow[] = await em.query(`SELECT ${EVENT_COLUMNS} FROM event WHERE id > $1 ORDER BY id LIMIT $2`, [cursor.last_event_id, this.batchSize]);
    if (rows.length === 0) return { sent: 0, more: false };
    const events = rows.map(toEvent);
    const recipients = await this.recipients(em, events);
    let done = Number(cursor.last_event_id);
    let sent = 0;
    let failed = false;
    for (const event of events) {
      const to = recipients.filter((r) => wants(r, event, NotificationDelivery.INSTANT));
      try {
        for (const recipient of to) {
          if (await this.deliver(instantMail(recipient.email, event, this.settings.publicUrl), recipient, event.id)) sent++;
        }
      } catch (error) {
        // The cursor stays before this event: the next round mails it again (its first recipients may get it twice).
        this.log.warn({ err: error, eventId: event.id }, 'instant mail failed; retrying on the next round');
        failed = true;
        break;
      }
      done = event.id;
    }
    await em.query('UPDATE mail_cursor SET last_event_id = $1 WHERE id = 1', [done]);
    return { sent, more: !failed && rows.length === this.batchSize };
  }

  /** The digests due now (from DIGEST_HOUR, Korean time, once per Korean day), batch by batch. */
  async sendDigests(): Promise<number> {
    const now = this.clock.now();
    const { day, hour } = seoulTime(now);
    if (hour < this.settings.digestHour) return 0;
    // Every enabled account has a digest row; one created now starts with the day before's events.
    // Asked first: an INSERT of no rows still fires the statement trigger that moves the data version
    // (and with it every cached response), and this runs every round.
    const missing = `FROM account a WHERE a.disabled_at IS NULL AND NOT EXISTS (SELECT 1 FROM notification_digest d WHERE d.account_id = a.id)`;
    const [{ any }]: { any: boolean }[] = await this.dataSource.query(`SELECT EXISTS (SELECT 1 ${missing}) AS any`);
    if (any) await this.dataSource.query(`INSERT INTO notification_digest (account_id) SELECT a.id ${missing} ON CONFLICT DO NOTHING`);
    const since = new Date(seoulMidnight(day) + (this.settings.digestHour - 24) * 3_600_000);
    let sent = 0;
    for (;;) {
      const batch = await this.dataSource.transaction((em) => this.digestBatch(em, day, since));
      sent += batch.sent;
      if (!batch.more) return sent;
    }
  }

  private async digestBatch(em: EntityManager, day: string, since: Date): Promise<{ sent: number; more: boolean }> {
    const claimed: { account_id: number; up_to_event_id: string | null }[] = await em.query(
      `SELECT account_id, up_to_event_id FROM notification_digest
        WHERE last_day IS NULL OR last_day < $1::date
        ORDER BY account_id LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [day, this.batchSize],
    );
    if (claimed.length === 0) return { sent: 0, more: false };
    // Ids commit in order (event-log.ts): every event up to this one is visible, and none below it can still appear.
    const [{ max }]: { max: string }[] = await em.query('SELECT coalesce(max(id), 0) AS max FROM event');
    const upTo = Number(max);
    // An account's first digest covers the day before's; the scan walks back from the newest event only that far.
    const [before]: { id: string }[] = claimed.some((c) => c.up_to_event_id === null)
      ? await em.query('SELECT id FROM event WHERE created_at < $1 ORDER BY id DESC LIMIT 1', [since])
      : [];
    const firstFrom = Number(before?.id ?? 0);
    const from = new Map(claimed.map((c) => [c.account_id, c.up_to_event_id === null ? firstFrom : Number(c.up_to_event_id)]));
    const recipients = await this.accounts(em, [...from.keys()]);
    const lowest = Math.min(...from.values());
    const rows: EventRow[] =
      recipients.length === 0
        ? []
        : await em.query(
            `SELECT ${EVENT_COLUMNS} FROM event
              WHERE id > $1 AND id <= $2 AND (audience_account_ids && $3::int[] OR audience_organization_ids && $4::int[])
              ORDER BY id`,
            [lowest, upTo, recipients.map((r) => r.accountId), [...new Set(recipients.flatMap((r) => (r.organizationId === null ? [] : [r.organizationId])))]],
          );
    const events = rows.map(toEvent);
    let sent = 0;
    let failed = false;
    const done: number[] = [];
    const mailed: number[] = [];
    for (const recipient of recipients) {
      const after = from.get(recipient.accountId)!;
      const own = events.filter((e) => e.id > after && wants(recipient, e, NotificationDelivery.DAILY));
      if (own.length > 0) {
        let delivered: boolean;
        try {
          delivered = await this.deliver(digestMail(recipient.email, day, own, this.settings.publicUrl), recipient, null);
        } catch (error) {
          // This account's row and the ones after it keep their day: a later round of today tries again.
          this.log.warn({ err: error, accountId: recipient.accountId }, 'digest mail failed; retrying on the next round');
          failed = true;
          break;
        }
        if (delivered) {
          sent++;
          mailed.push(recipient.accountId);
        }
      }
      done.push(recipient.accountId);
    }
    // Accounts disabled or gone since their row was made are done for the day too: there is nobody to mail.
    const present = new Set(recipients.map((r) => r.accountId));
    if (!failed) for (const c of claimed) if (!present.has(c.account_id)) done.push(c.account_id);
    if (done.length > 0) {
      await em.query(
        `UPDATE notification_digest SET last_day = $1::date, up_to_event_id = $2,
                sent_at = CASE WHEN account_id = ANY($4::int[]) THEN now() ELSE sent_at END
          WHERE account_id = ANY($3::int[])`,
        [day, upTo, done, mailed],
      );
    }
    return { sent, more: !failed && claimed.length === this.batchSize };
  }

  /**
   * Hands one mail to the mail server. A refusal of the address itself (a permanent 5xx answer) is
   * logged and skipped, so one dead mailbox cannot hold up everyone's mail; any other failure (the
   * server unreachable, a temporary refusal) is thrown, and the round stops to retry later.
   */
  private async deliver(mail: Mail, recipient: MailRecipient, eventId: number | null): Promise<boolean> {
    try {
      await this.settings.mailer.send(mail);
      return true;
    } catch (error) {
      if (!refusedForGood(error)) throw error;
      this.log.warn({ accountId: recipient.accountId, eventId }, 'the mail server refused the address; this mail is skipped');
      return false;
    }
  }

  /** Everyone an event of `events` may go to, as they are now. */
  private async recipients(em: EntityManager, events: readonly MailEvent[]): Promise<MailRecipient[]> {
    const accountIds = [...new Set(events.flatMap((e) => e.audienceAccountIds))];
    const organizationIds = [...new Set(events.flatMap((e) => e.audienceOrganizationIds))];
    const rows: AccountRow[] = await em.query(
      `SELECT a.id, a.email, a.organization_id, a.disabled_at, s.deliveries
         FROM account a LEFT JOIN notification_settings s ON s.account_id = a.id
        WHERE a.disabled_at IS NULL AND (a.id = ANY($1::int[]) OR a.organization_id = ANY($2::int[]))
        ORDER BY a.id`,
      [accountIds, organizationIds],
    );
    return rows.map(toRecipient);
  }

  private async accounts(em: EntityManager, ids: readonly number[]): Promise<MailRecipient[]> {
    const rows: AccountRow[] = await em.query(
      `SELECT a.id, a.email, a.organization_id, a.disabled_at, s.deliveries
         FROM account a LEFT JOIN notification_settings s ON s.account_id = a.id
        WHERE a.id = ANY($1::int[]) AND a.disabled_at IS NULL ORDER BY a.id`,
      [ids],
    );
    return rows.map(toRecipient);
  }
}

interface AccountRow {
  id: number;
  email: string;
  organization_id: number | null;
  disabled_at: Date | null;
  deliveries: NotificationSettings['deliveries'] | null;
}

const toRecipient = (row: AccountRow): MailRecipient => ({
  accountId: row.id,
  organizationId: row.organization_id,
  disabled: row.disabled_at !== null,
  email: row.email,
  settings: row.deliveries ? { deliveries: row.deliveries } : null,
});

/** An SMTP answer in the 5xx range (or nodemailer's envelope error): sending the same mail again will not help. */
function refusedForGood(error: unknown): boolean {
  const cause = (error instanceof MailNotSentError ? error.cause : error) as { responseCode?: number; code?: string } | undefined;
  return (typeof cause?.responseCode === 'number' && cause.responseCode >= 500 && cause.responseCode < 600) || cause?.code === 'EENVELOPE';
}

/** Whether `recipient` is mailed about `event` by `delivery`: in its audience now, not its own doing, and its choice for the kind. */
function wants(recipient: MailRecipient, event: MailEvent, delivery: NotificationDelivery): boolean {
  return mayReceive(recipient, event) && event.actorAccountId !== recipient.accountId && deliveryOf(recipient.settings, event.type) === delivery;
}
