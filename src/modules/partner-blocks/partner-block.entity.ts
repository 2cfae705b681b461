import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { Organization } from '../organizations/organization.entity';

/**
 * An organisation's "never with them": matching puts no two sides of a block in one team and
 * suggests neither to the other, whichever side blocked (docs/matching.md, "Blocks"). Private to
 * the blocking organisation's team and admins.
 */
@Entity({ name: 'partner_block' })
@Unique('UQ_partner_block', ['organizationId', 'blockedOrganizationId'])
@Check('CHK_partner_block_other', '"organization_id" <> "blocked_organization_id"')
export class PartnerBlock {
  @PrimaryGeneratedColumn()
  id: number;

  // The unique pair leads with it, which serves its foreign key.
  @Column({ name: 'organization_id', type: 'integer' })
  organizationId: number;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Index()
  @Column({ name: 'blocked_organization_id', type: 'integer' })
  blockedOrganizationId: number;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'blocked_organization_id' })
  blockedOrganization?: Organization;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  /** Who blocked; kept when the account goes. */
  @Index()
  @Column({ name: 'created_by_id', type: 'integer', nullable: true })
  createdById: number | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Account | null;
}
