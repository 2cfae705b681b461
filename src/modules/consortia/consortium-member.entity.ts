import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { Organization } from '../organizations/organization.entity';
import { SlotRole } from '../projects/project.enums';
import { Consortium } from './consortium.entity';
import { InvitationStatus } from './consortium.enums';

/** One organisation in a consortium, with its role and its invitation. */
@ObjectType('ConsortiumMembership', { description: 'An organisation in a consortium: its role and its invitation.' })
@Entity({ name: 'consortium_member' })
@Unique('UQ_consortium_member', ['consortiumId', 'organizationId'])
@Check('CHK_consortium_member_stake', '"stake" BETWEEN 0 AND 1')
export class ConsortiumMember {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ name: 'consortium_id', type: 'integer' })
  consortiumId: number;

  @ManyToOne(() => Consortium, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'consortium_id' })
  consortium?: Consortium;

  @Index()
  @Column({ name: 'organization_id', type: 'integer' })
  organizationId: number;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field(() => SlotRole, { description: 'The part the member plays.' })
  @Column({ type: 'enum', enum: SlotRole, enumName: 'slot_role' })
  role: SlotRole;

  /** Shown rounded, through ConsortiumMembershipResolver.stake. */
  @Column({ type: 'double precision', nullable: true })
  stake: number | null;

  /** As stored; what readers see (EXPIRED once past its time, swept or not) is `invitationStatus` in consortium.resolver.ts. */
  @Column({ name: 'invitation_status', type: 'enum', enum: InvitationStatus, enumName: 'invitation_status', default: InvitationStatus.NOT_SENT })
  invitationStatus: InvitationStatus;

  @Field(() => Date, { nullable: true, description: 'When the invitation went out.' })
  @Column({ name: 'invited_at', type: 'timestamptz', nullable: true })
  invitedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the member answered.' })
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Index()
  @Column({ name: 'answered_by_id', type: 'integer', nullable: true })
  answeredById: number | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'answered_by_id' })
  answeredBy?: Account | null;
}
