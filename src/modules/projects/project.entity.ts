import { Field, Float, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedRecord } from '../../db/versioned-record';
import { Node } from '../../graphql/node';
import { Account } from '../accounts/account.entity';
import { PilotCity } from '../cities/pilot-city.entity';
import { ProjectStatus } from './project.enums';

/** A pilot-city project or call, described as requirement slots that a consortium must fill. */
@ObjectType({ implements: Node, description: 'A pilot-city project or call, with the roles (requirement slots) a consortium must fill.' })
@Entity({ name: 'project' })
@Check('CHK_project_max_large_stake', '"max_large_stake" BETWEEN 0 AND 1')
export class Project extends VersionedRecord() {
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'URL-friendly unique identifier.' })
  @Column({ type: 'varchar', length: 100, unique: true })
  slug: string;

  @Index()
  @Column({ name: 'city_id', type: 'integer' })
  cityId: number;

  @ManyToOne(() => PilotCity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'city_id' })
  city?: PilotCity;

  /** The planner who owns the project; seeded projects have none until an admin hands them over (transferProject). */
  @Index()
  @Column({ name: 'owner_id', type: 'integer', nullable: true })
  ownerId: number | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'owner_id' })
  owner?: Account | null;

  @Field(() => String, { description: 'Korean title.' })
  @Column({ name: 'title_ko', type: 'varchar', length: 300 })
  titleKo: string;

  @Field(() => String, { description: 'English title.' })
  @Column({ name: 'title_en', type: 'varchar', length: 300 })
  titleEn: string;

  @Field(() => String, { description: 'What the project delivers, in Korean.' })
  @Column({ name: 'summary_ko', type: 'text', default: '' })
  summaryKo: string;

  @Field(() => String, { description: 'What the project delivers, in English.' })
  @Column({ name: 'summary_en', type: 'text', default: '' })
  summaryEn: string;

  @Field(() => ProjectStatus, { description: 'Where the project stands.' })
  @Index()
  @Column({ type: 'enum', enum: ProjectStatus, enumName: 'project_status', default: ProjectStatus.DRAFT })
  status: ProjectStatus;

  @Field(() => Float, {
    nullable: true,
    description:
      "The most the LARGE_ENTERPRISE members of a consortium may hold together, as a fraction 0–1 of the stakes (0.3 is the pilot calls' 30% rule); null when the project sets no cap.",
  })
  @Column({ name: 'max_large_stake', type: 'double precision', nullable: true })
  maxLargeStake: number | null;
}
