import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Node } from '../../graphql/node';
import { NamedEntity } from '../taxonomy/named-entity';
import { WorkingGroupKind } from './working-group.enums';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A working group (분과) or sub-committee (소위원회) of the alliance.' })
@Entity({ name: 'working_group' })
export class WorkingGroup extends NamedEntity {
  @Field(() => WorkingGroupKind, { description: 'Working group or sub-committee.' })
  @Column({ type: 'enum', enum: WorkingGroupKind, enumName: 'working_group_kind' })
  kind: WorkingGroupKind;

  @Field(() => String, { description: 'Mandate, in Korean.' })
  @Column({ name: 'description_ko', type: 'text', default: '' })
  descriptionKo: string;

  @Field(() => String, { description: 'Mandate, in English.' })
  @Column({ name: 'description_en', type: 'text', default: '' })
  descriptionEn: string;
}
