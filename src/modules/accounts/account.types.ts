import { Field, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-error';
import { Account } from './account.entity';

@ObjectType({ description: 'The result of signUp: the new account and an access token, or userErrors.' })
export class SignUpPayload {
  @Field(() => Account, { nullable: true, description: 'The new account; null on failure.' })
  account: Account | null;

  @Field(() => String, { nullable: true, description: 'Access token; send it as `Authorization: Bearer <token>`.' })
  token: string | null;

  @Field(() => Date, { nullable: true, description: 'When the token expires.' })
  expiresAt: Date | null;

  @Field(() => [UserError], { description: 'Expected failures; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'The result of signIn: an access token, or userErrors.' })
export class SignInPayload {
  @Field(() => String, { nullable: true, description: 'Access token; send it as `Authorization: Bearer <token>`.' })
  token: string | null;

  @Field(() => Date, { nullable: true, description: 'When the token expires; sign in again after.' })
  expiresAt: Date | null;

  @Field(() => Account, { nullable: true, description: 'The signed-in account; null on failure.' })
  account: Account | null;

  @Field(() => Int, { nullable: true, description: 'With TOO_MANY_ATTEMPTS: seconds to wait before trying again.' })
  retryAfterSeconds: number | null;

  @Field(() => [UserError], { description: 'Expected failures: INVALID_CREDENTIALS, TOO_MANY_ATTEMPTS, BAD_USER_INPUT.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'The result of signOut: the account whose tokens were all revoked.' })
export class SignOutPayload {
  @Field(() => Account, { nullable: true, description: 'The signed-out account; null on failure.' })
  account: Account | null;

  @Field(() => [UserError], { description: 'Expected failures; none today (signing out needs only a valid token).' })
  userErrors: UserError[];
}
