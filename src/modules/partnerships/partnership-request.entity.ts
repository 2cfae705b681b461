import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedRecord } from '../../db/versioned-record';
import { Node } from '../../graphql/node';
import { Account } from '../accounts/account.entity';
import { Organization } from '../organizations/organization.entity';
import { Project } from '../projects/project.entity';
import { PartnershipRequestStatus } from './partnership-request.enums';

/** Organisation A asks organisation B to partner, optionally for a project (docs/architecture.md, data model). */
@ObjectType({ implements: Node, description: 'One organisation asking another to partner, optionally for a project.' })
@Entity({ name: 'partnership_request' })
@Check('CHK_partnership_request_not_self', '"from_organization_id" <> "to_organization_id"')
// At most one pending request per ordered pair; the service also refuses a pending request the other way round.
@Index('UQ_partnership_request_pending_pair', ['fromOrganizationId', 'toOrganizationId'], { unique: true, where: `"status" = 'PENDING'` })
export class PartnershipRequest extends VersionedRecord() {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ name: 'from_organization_id', type: 'integer' })
  fromOrganizationId: number;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'from_organization_id' })
  fromOrganization?: Organization;

  @Index()
  @Column({ name: 'to_organization_id', type: 'integer' })
  toOrganizationId: number;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'to_organization_id' })
  toOrganization?: Organization;

  @Index()
  @Column({ name: 'project_id', type: 'integer', nullable: true })
  projectId: number | null;

  @ManyToOne(() => Project, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'project_id' })
  project?: Project | null;

  @Field(() => String, { description: 'What the sender wrote.' })
  @Column({ type: 'text', default: '' })
  message: string;

  /** As stored; what readers see (EXPIRED once past its time, swept or not) is `status` in partnership.resolver.ts. */
  @Index()
  @Column({ type: 'enum', enum: PartnershipRequestStatus, enumName: 'partnership_request_status', default: PartnershipRequestStatus.PENDING })
  status: PartnershipRequestStatus;

  @Index()
  @Column({ name: 'created_by_id', type: 'integer', nullable: true })
  createdById: number | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Account | null;

  @Field(() => Date, { nullable: true, description: 'When the receiver answered or the sender withdrew.' })
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;
}
