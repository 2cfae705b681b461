import { ObjectType } from 'type-graphql';
import { Entity } from 'typeorm';
import { Node } from '../../graphql/node';
import { NamedEntity } from './named-entity';

/** Industries matter to matching: consortia are scored for crossing industries (docs/matching.md). */
@ObjectType({ simpleResolvers: true, implements: Node, description: 'An industry a member belongs to, such as telecom or construction.' })
@Entity({ name: 'industry' })
export class Industry extends NamedEntity {}
