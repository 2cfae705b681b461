import { Field, ID, ObjectType } from 'type-graphql';
import type { CodedUserError } from '../../graphql/user-error';
import { ProfileError } from './profile.errors';
import { Capability } from '../capabilities/capability.entity';
import { Organization } from './organization.entity';

@ObjectType({ description: 'The result of adding or changing a capability.' })
export class CapabilityPayload {
  @Field(() => Capability, { nullable: true, description: 'The capability after the change; null on failure.' })
  capability: Capability | null;

  @Field(() => [ProfileError], { description: 'Why the mutation failed (switch on `code`); empty on success.' })
  userErrors: CodedUserError[];
}

@ObjectType({ description: 'The result of removing a capability.' })
export class RemoveCapabilityPayload {
  @Field(() => ID, { nullable: true, description: 'Global id of the removed Capability; null on failure.' })
  removedCapabilityId: string | null;

  @Field(() => Organization, { nullable: true, description: 'The organisation that had it.' })
  organization: Organization | null;

  @Field(() => [ProfileError], { description: 'Why the mutation failed (switch on `code`); empty on success.' })
  userErrors: CodedUserError[];
}

@ObjectType({ description: "The result of changing an organisation's matchmaking settings." })
export class MatchmakingSettingsPayload {
  @Field(() => Organization, { nullable: true, description: 'The organisation after the change; null on failure.' })
  organization: Organization | null;

  @Field(() => [ProfileError], { description: 'Why the mutation failed (switch on `code`); empty on success.' })
  userErrors: CodedUserError[];
}
