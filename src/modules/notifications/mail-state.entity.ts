import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Account } from '../accounts/account.entity';

/** bigint columns come back from pg as strings; event ids stay far below 2^53. */
const bigintAsNumber = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value == null ? null : Number(value)),
};

/**
 * How far instant mail has gone through the event log: one row for the whole system. A dispatcher
 * locks it (FOR UPDATE SKIP LOCKED) for one batch, so exactly one instance mails each event, and
 * moves it on in the same transaction.
 */
@Entity({ name: 'mail_cursor' })
@Check('CHK_mail_cursor_single_row', '"id" = 1')
export class MailCursor {
  @PrimaryColumn({ type: 'smallint' })
  id: number;

  /** The last event whose instant mails went out (or that needed none). */
  @Column({ name: 'last_event_id', type: 'bigint', transformer: bigintAsNumber })
  lastEventId: number;
}

/**
 * An account's daily digest: the (Asia/Seoul) day it last went out and the last event it covered.
 * A dispatcher claims rows whose day is past (FOR UPDATE SKIP LOCKED) and moves both on in the
 * transaction that sends the mail, so each account gets one digest a day, whatever the instances.
 */
@Entity({ name: 'notification_digest' })
export class NotificationDigest {
  @PrimaryColumn({ name: 'account_id', type: 'integer' })
  accountId: number;

  @OneToOne(() => Account, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'account_id' })
  account?: Account;

  /** YYYY-MM-DD in Asia/Seoul; null until the first digest round that reached the account. */
  @Column({ name: 'last_day', type: 'date', nullable: true })
  lastDay: string | null;

  /** Events up to this id were considered by the last digest; null before the first. */
  @Column({ name: 'up_to_event_id', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  upToEventId: number | null;

  /** When the last digest mail went out (a day with nothing to tell sends none). */
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
