import { Field, ObjectType } from 'type-graphql';
import type { CodedUserError } from '../../graphql/user-error';
import { MembershipError } from './membership.errors';
import { Organization } from './organization.entity';

@ObjectType({ description: 'The result of a change to an organisation: the organisation as it is now, or userErrors.' })
export class OrganizationPayload {
  @Field(() => Organization, { nullable: true, description: 'The organisation after the change; null on failure.' })
  organization: Organization | null;

  @Field(() => [MembershipError], { description: 'Why the mutation failed (switch on `code`); empty on success.' })
  userErrors: CodedUserError[];
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

  @Field(() => [MembershipError], { description: 'Why the mutation failed (switch on `code`); empty on success.' })
  userErrors: CodedUserError[];
}
