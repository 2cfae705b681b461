import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-error';
import { Organization } from './organization.entity';

@ObjectType({ description: 'The result of a change to an organisation: the organisation as it is now, or userErrors.' })
export class OrganizationPayload {
  @Field(() => Organization, { nullable: true, description: 'The organisation after the change; null on failure.' })
  organization: Organization | null;

  @Field(() => [UserError], { description: 'Expected failures (BAD_USER_INPUT, NOT_FOUND, CONFLICT); empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'The result of applyForMembership: the APPLIED organisation and a fresh access token that names it.' })
export class ApplyForMembershipPayload {
  @Field(() => Organization, { nullable: true, description: 'The new organisation, APPLIED; null on failure.' })
  organization: Organization | null;

  @Field(() => String, {
    nullable: true,
    description: 'A new access token that carries your organisation; use it from now on (the old one still works until it expires).',
  })
  token: string | null;

  @Field(() => Date, { nullable: true, description: 'When the new token expires.' })
  expiresAt: Date | null;

  @Field(() => [UserError], { description: 'Expected failures (BAD_USER_INPUT, CONFLICT); empty on success.' })
  userErrors: UserError[];
}
