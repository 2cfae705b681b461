import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedRecord } from '../../db/versioned-record';
import { Node } from '../../graphql/node';
import { PilotCity } from '../cities/pilot-city.entity';
import { Organization } from '../organizations/organization.entity';
import { Domain } from '../taxonomy/domain.entity';
import { Technology } from '../taxonomy/technology.entity';
import { Evidence } from './evidence.type';

/** What one organisation can deliver in one domain; the unit the matching formulas score (docs/matching.md). */
@ObjectType({ simpleResolvers: true, implements: Node, description: 'What one organisation can deliver in one smart-city domain.' })
@Entity({ name: 'capability' })
@Check('CHK_capability_level', '"level" BETWEEN 1 AND 5')
@Index('IDX_capability_domain_level', ['domainId', 'level'])
export class Capability extends VersionedRecord({ millisecondCreatedAt: false }) {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ name: 'organization_id', type: 'integer' })
  organizationId: number;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Index()
  @Column({ name: 'domain_id', type: 'integer' })
  domainId: number;

  @ManyToOne(() => Domain, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'domain_id' })
  domain?: Domain;

  @Field(() => Int, {
    description: 'Maturity 1–5: 1 research/concept, 2 prototype or PoC, 3 piloted in a real site, 4 commercial product or service, 5 proven at city scale.',
  })
  @Column({ type: 'smallint' })
  level: number;

  @Field(() => String, { description: 'What is delivered, in Korean.' })
  @Column({ name: 'description_ko', type: 'text', default: '' })
  descriptionKo: string;

  @Field(() => String, { description: 'What is delivered, in English.' })
  @Column({ name: 'description_en', type: 'text', default: '' })
  descriptionEn: string;

  @Field(() => [Evidence], { description: 'References that back the claimed level.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  evidence: Evidence[];

  @ManyToMany(() => Technology)
  @JoinTable({
    name: 'capability_technology',
    joinColumn: { name: 'capability_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'technology_id', referencedColumnName: 'id' },
  })
  technologies?: Technology[];

  @ManyToMany(() => PilotCity)
  @JoinTable({
    name: 'capability_city',
    joinColumn: { name: 'capability_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'pilot_city_id', referencedColumnName: 'id' },
  })
  cities?: PilotCity[];
}
