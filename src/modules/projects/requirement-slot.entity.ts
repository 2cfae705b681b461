import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Versioned } from '../../db/versioned-record';
import { Node } from '../../graphql/node';
import { OrganizationKind } from '../organizations/organization.enums';
import { Domain } from '../taxonomy/domain.entity';
import { Technology } from '../taxonomy/technology.entity';
import { SlotRole } from './project.enums';
import { Project } from './project.entity';

/** One role to fill in a project: the unit the matching formulas score organisations against (docs/matching.md). */
@ObjectType({ implements: Node, description: 'One role a project needs filled: a domain, technologies, a minimum level and an importance.' })
@Entity({ name: 'requirement_slot' })
@Unique('UQ_requirement_slot_position', ['projectId', 'position'])
@Check('CHK_requirement_slot_min_level', '"min_level" BETWEEN 1 AND 5')
@Check('CHK_requirement_slot_weight', '"weight" BETWEEN 1 AND 5')
@Check('CHK_requirement_slot_position', '"position" >= 1')
@Check('CHK_requirement_slot_budget_share', '"budget_share" > 0')
export class RequirementSlot extends Versioned {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'project_id', type: 'integer' })
  projectId: number;

  @ManyToOne(() => Project, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @Field(() => Int, { description: 'Order of the slot within its project, from 1.' })
  @Column({ type: 'smallint' })
  position: number;

  @Field(() => SlotRole, { description: 'The part the member plays.' })
  @Column({ type: 'enum', enum: SlotRole, enumName: 'slot_role' })
  role: SlotRole;

  @Index()
  @Column({ name: 'domain_id', type: 'integer' })
  domainId: number;

  @ManyToOne(() => Domain, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'domain_id' })
  domain?: Domain;

  @Field(() => Int, { description: 'Lowest capability level (1–5) that can fill the slot.' })
  @Column({ name: 'min_level', type: 'smallint' })
  minLevel: number;

  @Field(() => Int, { description: "Importance 1–5; multiplies the fit in a consortium's value." })
  @Column({ type: 'smallint' })
  weight: number;

  @Field(() => Float, {
    description:
      "The slot's share of the budget, relative to the other slots (> 0, default 1). A member's stake is the budget share of the slots it fills over that of all filled slots.",
  })
  @Column({ name: 'budget_share', type: 'double precision', default: 1 })
  budgetShare: number;

  @Field(() => [OrganizationKind], {
    nullable: true,
    description: 'Kinds of organisation that may fill the slot; null means any kind.',
  })
  @Column({ name: 'allowed_kinds', type: 'enum', enum: OrganizationKind, enumName: 'organization_kind', array: true, nullable: true })
  allowedKinds: OrganizationKind[] | null;

  @Field(() => String, { description: 'What the slot asks for, in Korean.' })
  @Column({ name: 'description_ko', type: 'text', default: '' })
  descriptionKo: string;

  @Field(() => String, { description: 'What the slot asks for, in English.' })
  @Column({ name: 'description_en', type: 'text', default: '' })
  descriptionEn: string;

  @ManyToMany(() => Technology)
  @JoinTable({
    name: 'requirement_slot_technology',
    joinColumn: { name: 'requirement_slot_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'technology_id', referencedColumnName: 'id' },
  })
  technologies?: Technology[];
}
