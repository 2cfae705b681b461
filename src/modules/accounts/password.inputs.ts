import { IsEmail, IsNotEmpty, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './account.inputs';

/** A one-time token is 43 base64url characters (one-time-token.ts); anything much longer is not one. */
const MAX_TOKEN_LENGTH = 200;

const NEW_PASSWORD = {
  description: `The new password, at least ${MIN_PASSWORD_LENGTH} characters.`,
  message: `newPassword must be at least ${MIN_PASSWORD_LENGTH} characters long`,
};

@InputType({ description: "The signed-in account's current password and the one to replace it with." })
export class ChangePasswordInput {
  @Field(() => String, { description: 'The password the account signs in with now.' })
  @IsNotEmpty({ message: 'currentPassword must not be empty' })
  @MaxLength(MAX_PASSWORD_LENGTH)
  currentPassword: string;

  @Field(() => String, { description: NEW_PASSWORD.description })
  @MinLength(MIN_PASSWORD_LENGTH, { message: NEW_PASSWORD.message })
  @MaxLength(MAX_PASSWORD_LENGTH)
  newPassword: string;
}

@InputType({ description: 'The address to send a password-reset link to, if an account has it.' })
export class RequestPasswordResetInput {
  @Field(() => String, { description: 'Sign-in address; case does not matter, surrounding spaces are ignored.' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email: string;
}

@InputType({ description: 'The token of a mailed reset link and the new password.' })
export class ResetPasswordInput {
  @Field(() => String, { description: 'The `token` parameter of the link in the reset mail.' })
  @IsNotEmpty({ message: 'token must not be empty' })
  @MaxLength(MAX_TOKEN_LENGTH)
  token: string;

  @Field(() => String, { description: NEW_PASSWORD.description })
  @MinLength(MIN_PASSWORD_LENGTH, { message: NEW_PASSWORD.message })
  @MaxLength(MAX_PASSWORD_LENGTH)
  newPassword: string;
}
