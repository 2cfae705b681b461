import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/node';

/** Industries matter to matching: consortia are scored for crossing industries (DESIGN §4). */
@ObjectType({ implements: Node, description: 'An industry a member belongs to, such as telecom or construction.' })
@Entity({ name: 'industry' })
export class Industry {
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'Stable identifier used in filters, e.g. `telecom`.' })
  @Column({ type: 'varchar', length: 64, unique: true })
  slug: string;

  @Field(() => String, { description: 'Korean name.' })
  @Column({ name: 'name_ko', type: 'varchar', length: 200 })
  nameKo: string;

  @Field(() => String, { description: 'English name.' })
  @Column({ name: 'name_en', type: 'varchar', length: 200 })
  nameEn: string;
}
