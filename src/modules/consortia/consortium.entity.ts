import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedRecord } from '../../db/versioned-record';
import { Node } from '../../graphql/node';
import { Account } from '../accounts/account.entity';
import { Project } from '../projects/project.entity';
import { ConsortiumStatus } from './consortium.enums';

/** A project's team, owned by the planner who composed it (docs/architecture.md, data model). */
@ObjectType({ implements: Node, description: "A project's team: members with roles, the slots each fills, and their invitations." })
@Entity({ name: 'consortium' })
export class Consortium extends VersionedRecord() {
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
}
