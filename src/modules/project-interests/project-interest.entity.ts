import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { Organization } from '../organizations/organization.entity';
import { Project } from '../projects/project.entity';

/** An organisation puts itself forward for an OPEN project (issue 14, "Expressions of interest"); one per project and organisation. */
@ObjectType({ description: 'An organisation that put itself forward for a project, for some of its slots, with a message.' })
@Entity({ name: 'project_interest' })
@Unique('UQ_project_interest', ['projectId', 'organizationId'])
export class ProjectInterest {
  @PrimaryGeneratedColumn()
  id: number;

  // The unique pair leads with it, which serves its foreign key.
  @Column({ name: 'project_id', type: 'integer' })
  projectId: number;

  @ManyToOne(() => Project, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @Index()
  @Column({ name: 'organization_id', type: 'integer' })
  organizationId: number;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  /** The project's slots it would fill; a removed slot simply drops out when read. */
  @Column({ name: 'slot_ids', type: 'integer', array: true, default: () => "'{}'" })
  slotIds: number[];

  @Field(() => String, { description: 'What the organisation says to the planner (may be empty).' })
  @Column({ type: 'text', default: '' })
  message: string;

  @Index()
  @Column({ name: 'account_id', type: 'integer', nullable: true })
  accountId: number | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'account_id' })
  account?: Account | null;

  @Field(() => Date, { description: 'When the interest was expressed (or last restated).' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
