import { Field, ObjectType } from 'type-graphql';
import type { CodedUserError } from '../../graphql/user-error';
import { TaxonomyError } from './taxonomy.errors';
import { Domain } from './domain.entity';
import { Technology } from './technology.entity';

@ObjectType({ description: 'The result of creating or changing a domain.' })
export class DomainPayload {
  @Field(() => Domain, { nullable: true, description: 'The domain after the change; null on failure.' })
  domain: Domain | null;

  @Field(() => [TaxonomyError], { description: 'Why the mutation failed (switch on `code`); empty on success.' })
  userErrors: CodedUserError[];
}

@ObjectType({ description: 'The result of creating or changing a technology.' })
export class TechnologyPayload {
  @Field(() => Technology, { nullable: true, description: 'The technology after the change; null on failure.' })
  technology: Technology | null;

  @Field(() => [TaxonomyError], { description: 'Why the mutation failed (switch on `code`); empty on success.' })
  userErrors: CodedUserError[];
}
