import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { EventRecord } from './event.entity';

/** bigint columns come back from pg as strings; event ids stay far below 2^53. */
const bigintAsNumber = { to: (value: number | undefined) => value, from: (value: string | null) => (value == null ? value : Number(value)) };

/**
 * An account's read state, part one: every event up to and including `upTo` is read
 * (markEventsRead with `upTo`, "mark all as read"). One row per account, so "mark all" writes one
 * row however long the history is.
 */
@Entity({ name: 'event_read_mark' })
export class EventReadMark {
  @PrimaryColumn({ name: 'account_id', type: 'integer' })
  accountId: number;

  @ManyToOne(() => Account, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'account_id' })
  account?: Account;

  @Column({ name: 'up_to', type: 'bigint', transformer: bigintAsNumber })
  upTo: number;
}

/**
 * Part two: single events read above the mark (markEventsRead with `eventIds`). Rows at or below
 * the account's mark say nothing more and are deleted when the mark moves past them.
 */
@Entity({ name: 'event_read' })
export class EventRead {
  // The primary key leads with it, which serves its foreign key.
  @PrimaryColumn({ name: 'account_id', type: 'integer' })
  accountId: number;

  @ManyToOne(() => Account, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'account_id' })
  account?: Account;

  @Index()
  @PrimaryColumn({ name: 'event_id', type: 'bigint', transformer: bigintAsNumber })
  eventId: number;

  @ManyToOne(() => EventRecord, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'event_id' })
  event?: EventRecord;
}
