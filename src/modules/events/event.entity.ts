import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Account } from '../accounts/account.entity';
import type { EventType } from './event.enums';

/** bigint columns come back from pg as strings; event ids stay far below 2^53. */
const bigintAsNumber = { to: (value: number | undefined) => value, from: (value: string | null) => (value == null ? value : Number(value)) };

/**
 * One entry of the event log (a transactional outbox): written by recordEvents in the same
 * transaction as the change it reports, read by the notification centre, live subscriptions and
 * mail. `id` is the cursor: ids are handed out in commit order (event-log.ts), so a reader that
 * has seen id n will never later see a smaller one commit.
 */
@Entity({ name: 'event' })
// GIN indexes over the audience arrays (created by the migration; TypeORM cannot declare GIN).
@Index('IDX_event_audience_organizations', { synchronize: false })
@Index('IDX_event_audience_accounts', { synchronize: false })
@Index('IDX_event_subject', ['subjectType', 'subjectId'])
export class EventRecord {
  @Column({ type: 'bigint', primary: true, generated: 'increment', transformer: bigintAsNumber })
  id: number;

  @Column({ type: 'varchar', length: 60 })
  type: EventType;

  /** The type of the object the event is about, e.g. `PartnershipRequest` (a GraphQL Node type). */
  @Column({ name: 'subject_type', type: 'varchar', length: 40 })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'integer' })
  subjectId: number;

  /** Who caused it; null for the system (expiry) or once the account is gone. */
  @Index()
  @Column({ name: 'actor_account_id', type: 'integer', nullable: true })
  actorAccountId: number | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'actor_account_id' })
  actorAccount?: Account | null;

  /** Every account currently in one of these organisations may see the event (checked at read time). */
  @Column({ name: 'audience_organization_ids', type: 'integer', array: true, default: () => "'{}'" })
  audienceOrganizationIds: number[];

  /** And these accounts, whatever their organisation. */
  @Column({ name: 'audience_account_ids', type: 'integer', array: true, default: () => "'{}'" })
  audienceAccountIds: number[];

  @Column({ name: 'summary_ko', type: 'text' })
  summaryKo: string;

  @Column({ name: 'summary_en', type: 'text' })
  summaryEn: string;

  /** Figures and ids a client may want beside the sentence (e.g. a match score); never shown as is. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  data: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
