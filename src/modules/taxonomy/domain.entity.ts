import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, VersionColumn } from 'typeorm';
import { Node } from '../../graphql/node';
import { NamedEntity } from './named-entity';

/** A service domain of a smart city (mobility, safety, water, …); kept as data so admins can extend it. */
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A smart-city service domain, such as mobility or smart water.' })
@Entity({ name: 'domain' })
export class Domain extends NamedEntity {
  @Field(() => String, { description: 'What the domain covers, in Korean.' })
  @Column({ name: 'description_ko', type: 'text', default: '' })
  descriptionKo: string;

  @Field(() => String, { description: 'What the domain covers, in English.' })
  @Column({ name: 'description_en', type: 'text', default: '' })
  descriptionEn: string;

  @Field(() => Int, { description: 'Optimistic-locking version; grows by one on every change.' })
  @VersionColumn({ default: 1 })
  version: number;
}
