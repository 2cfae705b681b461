import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Account } from '../accounts/account.entity';
import type { EventType } from '../events/event.enums';
import { DEFAULT_PROJECT_MATCH_THRESHOLD, type NotificationDelivery } from './notification.enums';

/**
 * An account's mail choices. No row means the defaults (notification.enums.ts); a row is written by
 * the first updateNotificationSettings. `deliveries` holds only the kinds the account chose; the
 * others keep their default, so a kind of event added later gets its default too.
 */
@Entity({ name: 'notification_settings' })
@Check('CHK_notification_settings_threshold', '"project_match_threshold" IS NULL OR "project_match_threshold" BETWEEN 0 AND 1')
export class NotificationSettings {
  @PrimaryColumn({ name: 'account_id', type: 'integer' })
  accountId: number;

  @OneToOne(() => Account, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'account_id' })
  account?: Account;

  /** Event type → INSTANT, DAILY or NONE, for the kinds the account chose. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  deliveries: Partial<Record<EventType, NotificationDelivery>>;

  /** PROJECT_MATCHED is written for this account when a newly opened project scores at least this for its organisation; null: never. */
  @Column({ name: 'project_match_threshold', type: 'double precision', nullable: true, default: DEFAULT_PROJECT_MATCH_THRESHOLD })
  projectMatchThreshold: number | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
