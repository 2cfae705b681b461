import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organization } from '../organizations/organization.entity';
import { WorkingGroupRole } from './working-group.enums';
import { WorkingGroup } from './working-group.entity';

/** Which member takes part in which working group, and as what. */
@ObjectType({ simpleResolvers: true, description: "An organisation's seat in a working group." })
@Entity({ name: 'working_group_membership' })
export class WorkingGroupMembership {
  @PrimaryColumn({ name: 'organization_id', type: 'integer' })
  organizationId: number;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Index()
  @PrimaryColumn({ name: 'working_group_id', type: 'integer' })
  workingGroupId: number;

  @ManyToOne(() => WorkingGroup, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'working_group_id' })
  workingGroup?: WorkingGroup;

  @Field(() => WorkingGroupRole, { description: 'Chair or member.' })
  @Column({ type: 'enum', enum: WorkingGroupRole, enumName: 'working_group_role', default: WorkingGroupRole.MEMBER })
  role: WorkingGroupRole;

  @Field(() => Date, { description: 'When the organisation joined the group.' })
  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' })
  joinedAt: Date;
}
