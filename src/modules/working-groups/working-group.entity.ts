import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/node';
import { WorkingGroupKind } from './working-group.enums';

@ObjectType({ implements: Node, description: 'A working group (분과) or sub-committee (소위원회) of the alliance.' })
@Entity({ name: 'working_group' })
export class WorkingGroup {
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'Stable identifier, e.g. `pilot-city`.' })
  @Column({ type: 'varchar', length: 64, unique: true })
  slug: string;

  @Field(() => WorkingGroupKind, { description: 'Working group or sub-committee.' })
  @Column({ type: 'enum', enum: WorkingGroupKind, enumName: 'working_group_kind' })
  kind: WorkingGroupKind;

  @Field(() => String, { description: 'Korean name.' })
  @Column({ name: 'name_ko', type: 'varchar', length: 200 })
  nameKo: string;

  @Field(() => String, { description: 'English name.' })
  @Column({ name: 'name_en', type: 'varchar', length: 200 })
  nameEn: string;

  @Field(() => String, { description: 'Mandate, in Korean.' })
  @Column({ name: 'description_ko', type: 'text', default: '' })
  descriptionKo: string;

  @Field(() => String, { description: 'Mandate, in English.' })
  @Column({ name: 'description_en', type: 'text', default: '' })
  descriptionEn: string;
}
