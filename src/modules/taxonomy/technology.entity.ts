import { ObjectType } from 'type-graphql';
import { Entity } from 'typeorm';
import { Node } from '../../graphql/node';
import { NamedEntity } from './named-entity';

@ObjectType({ implements: Node, description: 'An enabling technology, such as IoT, AI or digital twins.' })
@Entity({ name: 'technology' })
export class Technology extends NamedEntity {}
