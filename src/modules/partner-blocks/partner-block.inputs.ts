import { IsNotEmpty } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Which organisation blocks (or unblocks) which.' })
export class PartnerBlockInput {
  @Field(() => ID, { description: 'Global id of your Organization (any, as an admin).' })
  @IsNotEmpty()
  organizationId: string;

  @Field(() => ID, { description: 'Global id of the Organization it will never be matched with (or no longer blocks).' })
  @IsNotEmpty()
  blockedOrganizationId: string;
}
