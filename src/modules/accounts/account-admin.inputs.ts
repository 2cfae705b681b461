import { IsBoolean, IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { AccountRole } from './account.enums';

@InputType({ description: "An admin changes an account's role or disables (or re-enables) it; a field left out stays as it is." })
export class UpdateAccountInput {
  @Field(() => ID, { description: 'Global id of the Account.' })
  accountId: string;

  @Field(() => AccountRole, {
    nullable: true,
    description: 'The new role. PLANNER and ADMIN only for an account on no organisation’s team (ALREADY_IN_ORGANIZATION otherwise).',
  })
  @IsOptional()
  role?: AccountRole | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: the account cannot sign in and every token it holds fails from its next request (401 UNAUTHENTICATED). false: it may sign in again.',
  })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean | null;
}
