import { Field, ObjectType } from 'type-graphql';
import { Column, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What every reference list shares (domains, technologies, industries, pilot cities, working
 * groups): a database id, a stable slug clients filter by, and names in Korean and English.
 * Not a type of its own in the schema; each subclass is.
 */
@ObjectType()
export abstract class NamedEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'Stable identifier used in filters and URLs, e.g. `mobility` or `sejong-5-1`.' })
  @Column({ type: 'varchar', length: 64, unique: true })
  slug: string;

  @Field(() => String, { description: 'Korean name.' })
  @Column({ name: 'name_ko', type: 'varchar', length: 200 })
  nameKo: string;

  @Field(() => String, { description: 'English name.' })
  @Column({ name: 'name_en', type: 'varchar', length: 200 })
  nameEn: string;
}
