import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection';
import type { CodedUserError } from '../../graphql/user-error';
import { PartnershipError } from './partnership.errors';
import { PartnershipRequest } from './partnership-request.entity';

@ObjectType({ description: 'A page of partnership requests, newest first (Relay connection).' })
export class PartnershipRequestConnection extends ConnectionType(PartnershipRequest, 'PartnershipRequest') {}

@ObjectType({ description: 'The result of a partnership-request mutation.' })
export class PartnershipRequestPayload {
  @Field(() => PartnershipRequest, { nullable: true, description: 'The request as it is now; null when the mutation failed.' })
  request: PartnershipRequest | null;

  @Field(() => [PartnershipError], { description: 'Why the mutation failed (switch on `code`); empty on success.' })
  userErrors: CodedUserError[];
}

/** How to reach an organisation; shown only to those docs/workflows.md allows (OrganizationContactResolver). */
@ObjectType({
  description: 'How to reach an organisation: visible to its own members, admins, and members of organisations it has an ACCEPTED partnership request with.',
})
export class OrganizationContact {
  @Field(() => String, { nullable: true, description: 'Contact person.' })
  name: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Telephone number.' })
  phone: string | null;
}
