import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-error';
import { Domain } from './domain.entity';
import { Technology } from './technology.entity';

@ObjectType({ description: 'The result of creating or changing a domain.' })
export class DomainPayload {
  @Field(() => Domain, { nullable: true, description: 'The domain after the change; null on failure.' })
  domain: Domain | null;

  @Field(() => [UserError], { description: 'Expected failures (BAD_USER_INPUT, NOT_FOUND, CONFLICT); empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'The result of creating or changing a technology.' })
export class TechnologyPayload {
  @Field(() => Technology, { nullable: true, description: 'The technology after the change; null on failure.' })
  technology: Technology | null;

  @Field(() => [UserError], { description: 'Expected failures (BAD_USER_INPUT, NOT_FOUND, CONFLICT); empty on success.' })
  userErrors: UserError[];
}
