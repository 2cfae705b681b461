import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Domain } from '../taxonomy/domain.entity';
import { PilotCity } from './pilot-city.entity';

/** One of a pilot city's planned innovation services, in the order the city publishes them. */
@ObjectType({ simpleResolvers: true, description: "One of a pilot city's planned innovation services (e.g. Busan's smart water)." })
@Entity({ name: 'city_theme' })
@Unique('UQ_city_theme_position', ['cityId', 'position'])
@Check('CHK_city_theme_position', '"position" >= 1')
export class CityTheme {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'city_id', type: 'integer' })
  cityId: number;

  @ManyToOne(() => PilotCity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'city_id' })
  city?: PilotCity;

  @Field(() => Int, { description: 'Order in which the city lists the service, from 1.' })
  @Column({ type: 'smallint' })
  position: number;

  @Field(() => String, { description: 'Korean name.' })
  @Column({ name: 'name_ko', type: 'varchar', length: 200 })
  nameKo: string;

  @Field(() => String, { description: 'English name.' })
  @Column({ name: 'name_en', type: 'varchar', length: 200 })
  nameEn: string;

  @Index()
  @Column({ name: 'domain_id', type: 'integer', nullable: true })
  domainId: number | null;

  @ManyToOne(() => Domain, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'domain_id' })
  domain?: Domain | null;
}
