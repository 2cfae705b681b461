import { Field, Int, ObjectType } from 'type-graphql';
import type { CodedUserError } from '../../graphql/user-error';
import { Node } from '../../graphql/node';
import { AccountError } from './account.errors';
import type { Account } from './account.entity';
import { AccountRole, TeamRole } from './account.enums';

/**
 * The API's view of an account. The `Account` entity is not an API type (house rule): it holds the
 * password hash and the token generation, which no query may ever return. Resolvers return the
 * entity; only the fields declared here are in the schema.
 */
@ObjectType('Account', { implements: Node, description: 'A person who signs in: a member of an organisation, a planner or an admin.' })
export class AccountType implements Pick<Account, 'email' | 'role' | 'teamRole' | 'createdAt'> {
  @Field(() => String, { description: 'Sign-in address, lower-cased.' })
  email: string;

  @Field(() => AccountRole, { description: 'What the account may do.' })
  role: AccountRole;

  @Field(() => TeamRole, { nullable: true, description: "Standing in its organisation's team (OWNER or MEMBER); null without organisation." })
  teamRole: TeamRole | null;

  @Field(() => Date, { description: 'When the account was created.' })
  createdAt: Date;
}

@ObjectType({ description: 'The result of signUp: the new account and an access token, or userErrors.' })
export class SignUpPayload {
  @Field(() => AccountType, { nullable: true, description: 'The new account; null on failure.' })
  account: Account | null;

  @Field(() => String, { nullable: true, description: 'Access token; send it as `Authorization: Bearer <token>`.' })
  token: string | null;

  @Field(() => Date, { nullable: true, description: 'When the token expires.' })
  expiresAt: Date | null;

  @Field(() => [AccountError], { description: 'Why the mutation failed (switch on `code`); empty on success.' })
  userErrors: CodedUserError[];
}

@ObjectType({ description: 'The result of signIn: an access token, or userErrors.' })
export class SignInPayload {
  @Field(() => String, { nullable: true, description: 'Access token; send it as `Authorization: Bearer <token>`.' })
  token: string | null;

  @Field(() => Date, { nullable: true, description: 'When the token expires; sign in again after.' })
  expiresAt: Date | null;

  @Field(() => AccountType, { nullable: true, description: 'The signed-in account; null on failure.' })
  account: Account | null;

  @Field(() => Int, { nullable: true, description: 'With TOO_MANY_ATTEMPTS: seconds to wait before trying again.' })
  retryAfterSeconds: number | null;

  @Field(() => [AccountError], { description: 'Why the mutation failed (switch on `code`); empty on success.' })
  userErrors: CodedUserError[];
}

@ObjectType({ description: 'The result of signOut: the account whose tokens were all revoked.' })
export class SignOutPayload {
  @Field(() => AccountType, { nullable: true, description: 'The signed-out account; null on failure.' })
  account: Account | null;

  @Field(() => [AccountError], { description: 'Expected failures; none today (signing out needs only a valid token).' })
  userErrors: CodedUserError[];
}
