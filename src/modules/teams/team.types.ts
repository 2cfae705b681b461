import { Field, ObjectType } from 'type-graphql';
import type { CodedUserError } from '../../graphql/user-error';
import type { Account } from '../accounts/account.entity';
import { TeamRole } from '../accounts/account.enums';
import { AccountType } from '../accounts/account.types';
import { Organization } from '../organizations/organization.entity';
import { TeamError } from './team.errors';

/** One account on an organisation's team, with its standing there. */
@ObjectType({ description: "One account on an organisation's team." })
export class TeamMember {
  @Field(() => AccountType, { description: 'The account.' })
  account: Account;

  @Field(() => TeamRole, { description: 'OWNER (manages the team) or MEMBER.' })
  teamRole: TeamRole;
}

@ObjectType({ description: 'The result of updateTeamMember, transferOwnership or removeTeamMember.' })
export class TeamPayload {
  @Field(() => AccountType, {
    nullable: true,
    description: 'The account changed (promoted, demoted, the new owner, or the one removed); null when the mutation failed.',
  })
  account: Account | null;

  @Field(() => Organization, { nullable: true, description: 'The organisation whose team changed (read its `team` again); null when the mutation failed.' })
  organization: Organization | null;

  @Field(() => [TeamError], { description: 'Why the mutation failed (switch on `code`); empty on success.' })
  userErrors: CodedUserError[];
}

@ObjectType({ description: 'The result of leaveOrganization.' })
export class LeaveOrganizationPayload {
  @Field(() => AccountType, { nullable: true, description: 'Your account, now without organisation; null when the mutation failed.' })
  account: Account | null;

  @Field(() => [TeamError], { description: 'Why the mutation failed (switch on `code`); empty on success.' })
  userErrors: CodedUserError[];
}
