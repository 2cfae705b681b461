import { Field, Int, ObjectType } from 'type-graphql';
import type { CodedUserError } from '../../graphql/user-error';
import type { Account } from './account.entity';
import { AccountType } from './account.types';
import { PasswordError } from './password.errors';

/** What changePassword and resetPassword answer: the account signed in afresh, as signIn does. */
@ObjectType()
abstract class NewPasswordPayload {
  @Field(() => AccountType, { nullable: true, description: 'The account; null on failure.' })
  account: Account | null;

  @Field(() => String, { nullable: true, description: 'A fresh access token (the older ones no longer work); send it as `Authorization: Bearer <token>`.' })
  token: string | null;

  @Field(() => Date, { nullable: true, description: 'When the token expires.' })
  expiresAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'With TOO_MANY_ATTEMPTS: seconds to wait before trying again.' })
  retryAfterSeconds: number | null;

  @Field(() => [PasswordError], { description: 'Why the mutation failed (switch on `code`); empty on success.' })
  userErrors: CodedUserError[];
}

@ObjectType({ description: 'The result of changePassword: a fresh token for this session, or userErrors.' })
export class ChangePasswordPayload extends NewPasswordPayload {}

@ObjectType({ description: 'The result of resetPassword: the account signed in with its new password, or userErrors.' })
export class ResetPasswordPayload extends NewPasswordPayload {}

@ObjectType({
  description: 'The result of requestPasswordReset: the same for every address, whether an account has it or not, so it tells nobody who has an account.',
})
export class RequestPasswordResetPayload {
  @Field(() => String, { nullable: true, description: "What happens next, in the request's language; one fixed text for every address. Null with userErrors." })
  message: string | null;

  @Field(() => Int, { nullable: true, description: 'With TOO_MANY_ATTEMPTS: seconds to wait before asking again.' })
  retryAfterSeconds: number | null;

  @Field(() => [PasswordError], { description: 'Why the request was refused (switch on `code`); empty otherwise.' })
  userErrors: CodedUserError[];
}
