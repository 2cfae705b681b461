import { Field, Float, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/node';
import { Region } from '../organizations/organization.enums';

@ObjectType({ implements: Node, description: 'A national pilot smart city: Sejong 5-1 or Busan Eco Delta City.' })
@Entity({ name: 'pilot_city' })
export class PilotCity {
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'Stable identifier: `sejong-5-1` or `busan-eco-delta`.' })
  @Column({ type: 'varchar', length: 64, unique: true })
  slug: string;

  @Field(() => String, { description: 'Korean name.' })
  @Column({ name: 'name_ko', type: 'varchar', length: 200 })
  nameKo: string;

  @Field(() => String, { description: 'English name.' })
  @Column({ name: 'name_en', type: 'varchar', length: 200 })
  nameEn: string;

  @Field(() => Region, { description: 'The 시·도 the city lies in.' })
  @Column({ type: 'enum', enum: Region, enumName: 'region' })
  region: Region;

  @Field(() => Float, { description: 'Area of the pilot site in square kilometres.' })
  @Column({ name: 'area_km2', type: 'double precision' })
  areaKm2: number;

  @Field(() => String, { description: 'What the city sets out to do, in Korean.' })
  @Column({ name: 'description_ko', type: 'text', default: '' })
  descriptionKo: string;

  @Field(() => String, { description: 'What the city sets out to do, in English.' })
  @Column({ name: 'description_en', type: 'text', default: '' })
  descriptionEn: string;
}
