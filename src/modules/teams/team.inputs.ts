import { Field, ID, InputType } from 'type-graphql';
import { TeamRole } from '../accounts/account.enums';

@InputType({ description: 'An owner (or an admin) promotes a colleague to OWNER or demotes one to MEMBER.' })
export class UpdateTeamMemberInput {
  @Field(() => ID, { description: 'Global id of the Account on the team.' })
  accountId: string;

  @Field(() => TeamRole, { description: 'Its new team role.' })
  teamRole: TeamRole;
}

@InputType({ description: 'An owner hands ownership to a colleague: the colleague becomes OWNER, the caller MEMBER.' })
export class TransferOwnershipInput {
  @Field(() => ID, { description: "Global id of the caller's Organization." })
  organizationId: string;

  @Field(() => ID, { description: 'Global id of the colleague (an Account on the same team) who becomes OWNER.' })
  accountId: string;
}

@InputType({ description: "An owner (or an admin) removes an account from its organisation's team." })
export class RemoveTeamMemberInput {
  @Field(() => ID, { description: 'Global id of the Account to remove.' })
  accountId: string;
}

@InputType({ description: "The caller leaves its organisation's team." })
export class LeaveOrganizationInput {
  @Field(() => ID, { description: "Global id of the caller's Organization." })
  organizationId: string;
}
