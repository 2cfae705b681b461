import { Field, ID, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-error';
import { Capability } from '../capabilities/capability.entity';
import { Organization } from './organization.entity';

@ObjectType({ description: 'The result of adding or changing a capability.' })
export class CapabilityPayload {
  @Field(() => Capability, { nullable: true, description: 'The capability after the change; null on failure.' })
  capability: Capability | null;

  @Field(() => [UserError], { description: 'Expected failures (BAD_USER_INPUT, NOT_FOUND, CONFLICT); empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'The result of removing a capability.' })
export class RemoveCapabilityPayload {
  @Field(() => ID, { nullable: true, description: 'Global id of the removed Capability; null on failure.' })
  removedCapabilityId: string | null;

  @Field(() => Organization, { nullable: true, description: 'The organisation that had it.' })
  organization: Organization | null;

  @Field(() => [UserError], { description: 'Expected failures (BAD_USER_INPUT, NOT_FOUND, CONFLICT); empty on success.' })
  userErrors: UserError[];
}
