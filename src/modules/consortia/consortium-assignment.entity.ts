import { ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Organization } from '../organizations/organization.entity';
import { RequirementSlot } from '../projects/requirement-slot.entity';
import { Consortium } from './consortium.entity';

/** Which member fills which of the project's slots; a slot is filled by at most one member. */
// Named apart from assembleConsortium's proposed `ConsortiumAssignment`: this one is stored.
@ObjectType('ConsortiumSlotAssignment', { description: 'A requirement slot of the project and the consortium member that fills it.' })
@Entity({ name: 'consortium_assignment' })
@Unique('UQ_consortium_assignment_slot', ['consortiumId', 'requirementSlotId'])
export class ConsortiumAssignment {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ name: 'consortium_id', type: 'integer' })
  consortiumId: number;

  @ManyToOne(() => Consortium, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'consortium_id' })
  consortium?: Consortium;

  @Index()
  @Column({ name: 'requirement_slot_id', type: 'integer' })
  requirementSlotId: number;

  @ManyToOne(() => RequirementSlot, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'requirement_slot_id' })
  requirementSlot?: RequirementSlot;

  @Index()
  @Column({ name: 'organization_id', type: 'integer' })
  organizationId: number;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;
}
