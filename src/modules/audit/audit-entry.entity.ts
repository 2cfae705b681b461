import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Account } from '../accounts/account.entity';

/** Who changed what and when; written in the same transaction as the change it records. */
@ObjectType({ description: 'One recorded change: a membership decision or a consortium change.' })
@Entity({ name: 'audit_entry' })
@Index('IDX_audit_entry_subject', ['subjectType', 'subjectId'])
export class AuditEntry {
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => Date, { description: 'When the change was made.' })
  @Index()
  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz', precision: 3 })
  occurredAt: Date;

  @Index()
  @Column({ name: 'actor_id', type: 'integer', nullable: true })
  actorId: number | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'actor_id' })
  actor?: Account | null;

  @Field(() => String, { description: 'What was done, e.g. `membership.approved` or `consortium.confirmed`.' })
  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Field(() => String, { description: 'The type of the changed object, e.g. `Organization`.' })
  @Column({ name: 'subject_type', type: 'varchar', length: 40 })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'integer' })
  subjectId: number;

  @Field(() => GraphQLJSONObject, { description: 'What changed: the fields before and after, a reason, and so on.' })
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;
}
