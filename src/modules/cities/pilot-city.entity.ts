import { Field, Float, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Node } from '../../graphql/node';
import { NamedEntity } from '../taxonomy/named-entity';
import { Region } from '../organizations/organization.enums';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A national pilot smart city: Sejong 5-1 or Busan Eco Delta City.' })
@Entity({ name: 'pilot_city' })
export class PilotCity extends NamedEntity {
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
