import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/node';

@ObjectType({ implements: Node, description: 'An enabling technology, such as IoT, AI or digital twins.' })
@Entity({ name: 'technology' })
export class Technology {
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'Stable identifier used in filters, e.g. `digital-twin`.' })
  @Column({ type: 'varchar', length: 64, unique: true })
  slug: string;

  @Field(() => String, { description: 'Korean name.' })
  @Column({ name: 'name_ko', type: 'varchar', length: 200 })
  nameKo: string;

  @Field(() => String, { description: 'English name.' })
  @Column({ name: 'name_en', type: 'varchar', length: 200 })
  nameEn: string;
}
