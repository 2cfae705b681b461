import { Field, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Node } from '../../graphql/node';
import { Account } from '../accounts/account.entity';
import { Project } from '../projects/project.entity';
import { ConsortiumStatus } from './consortium.enums';

/** A project's team, owned by the planner who composed it (docs/architecture.md, data model). */
@ObjectType({ implements: Node, description: "A project's team: members with roles, the slots each fills, and their invitations." })
@Entity({ name: 'consortium' })
export class Consortium {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ name: 'project_id', type: 'integer' })
  projectId: number;

  @ManyToOne(() => Project, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @Field(() => String, { description: 'A name for the team, e.g. the lead member and the project.' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => ConsortiumStatus, { description: 'Where the consortium stands.' })
  @Index()
  @Column({ type: 'enum', enum: ConsortiumStatus, enumName: 'consortium_status', default: ConsortiumStatus.DRAFT })
  status: ConsortiumStatus;

  @Index()
  @Column({ name: 'owner_id', type: 'integer' })
  ownerId: number;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'owner_id' })
  owner?: Account;

  @Field(() => Date, { nullable: true, description: 'When the consortium was confirmed.' })
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the consortium was dissolved.' })
  @Column({ name: 'dissolved_at', type: 'timestamptz', nullable: true })
  dissolvedAt: Date | null;

  @Field(() => Date, { description: 'When the consortium was created.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => Date, { description: 'When the consortium last changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Optimistic-locking version; grows by one on every change.' })
  @VersionColumn({ default: 1 })
  version: number;
}
