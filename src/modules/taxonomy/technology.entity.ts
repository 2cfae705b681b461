import { Field, Int, ObjectType } from 'type-graphql';
import { Entity, VersionColumn } from 'typeorm';
import { Node } from '../../graphql/node';
import { NamedEntity } from './named-entity';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'An enabling technology, such as IoT, AI or digital twins.' })
@Entity({ name: 'technology' })
export class Technology extends NamedEntity {
  @Field(() => Int, { description: 'Optimistic-locking version; grows by one on every change.' })
  @VersionColumn({ default: 1 })
  version: number;
}
