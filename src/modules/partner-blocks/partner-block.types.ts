import { Field, ObjectType } from 'type-graphql';
import type { CodedUserError } from '../../graphql/user-error';
import { Organization } from '../organizations/organization.entity';
import { PartnerBlockError } from './partner-block.errors';

@ObjectType({ description: 'The result of blockPartner or unblockPartner.' })
export class PartnerBlockPayload {
  @Field(() => Organization, { nullable: true, description: 'The blocking organisation, whose `blockedPartners` now reads the change; null on failure.' })
  organization: Organization | null;

  @Field(() => [PartnerBlockError], { description: 'Why the mutation failed (switch on `code`); empty on success.' })
  userErrors: CodedUserError[];
}
