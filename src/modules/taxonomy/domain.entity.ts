import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/node';

/** A service domain of a smart city (mobility, safety, water, …); kept as data so admins can extend it. */
@ObjectType({ implements: Node, description: 'A smart-city service domain, such as mobility or smart water.' })
@Entity({ name: 'domain' })
export class Domain {
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'Stable identifier used in filters, e.g. `mobility`.' })
  @Column({ type: 'varchar', length: 64, unique: true })
  slug: string;

  @Field(() => String, { description: 'Korean name.' })
  @Column({ name: 'name_ko', type: 'varchar', length: 200 })
  nameKo: string;

  @Field(() => String, { description: 'English name.' })
  @Column({ name: 'name_en', type: 'varchar', length: 200 })
  nameEn: string;

  @Field(() => String, { description: 'What the domain covers, in Korean.' })
  @Column({ name: 'description_ko', type: 'text', default: '' })
  descriptionKo: string;

  @Field(() => String, { description: 'What the domain covers, in English.' })
  @Column({ name: 'description_en', type: 'text', default: '' })
  descriptionEn: string;
}
