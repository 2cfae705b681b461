import { ArrayMaxSize, IsBoolean, IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ConnectionArgs } from '../../graphql/connection';
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

@ArgsType()
export class AccountsArgs extends ConnectionArgs {
  @Field(() => [AccountRole], { nullable: true, description: 'Only accounts with one of these roles; all when left out.' })
  @IsOptional()
  @ArrayMaxSize(3)
  roles?: AccountRole[] | null;

  @Field(() => String, { nullable: true, description: 'Only accounts whose sign-in address contains this text (any case).' })
  @IsOptional()
  @MaxLength(320)
  email?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only disabled accounts; false: only enabled ones; all when left out.' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean | null;
}
