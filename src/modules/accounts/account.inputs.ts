import { IsEmail, IsNotEmpty, IsOptional, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { NewOrganizationInput } from '../organizations/membership.inputs';

/** scrypt costs the same for any length, but an unbounded body is still a gift to an attacker. */
export const MAX_PASSWORD_LENGTH = 200;
/** For every new password (sign-up, invitations, changes, resets, account:create): long enough to resist offline guessing. */
export const MIN_PASSWORD_LENGTH = 12;

@InputType({ description: 'A new member account, and optionally the organisation it applies for.' })
export class SignUpInput {
  @Field(() => String, { description: 'Sign-in address; case does not matter, surrounding spaces are ignored.' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email: string;

  @Field(() => String, { description: `At least ${MIN_PASSWORD_LENGTH} characters.` })
  @MinLength(MIN_PASSWORD_LENGTH, { message: `password must be at least ${MIN_PASSWORD_LENGTH} characters long` })
  @MaxLength(MAX_PASSWORD_LENGTH)
  password: string;

  @Field(() => NewOrganizationInput, {
    nullable: true,
    description: 'The organisation to apply for membership with (it starts APPLIED); leave out to apply later with `applyForMembership`.',
  })
  @IsOptional()
  @ValidateNested()
  organization?: NewOrganizationInput | null;
}

@InputType({ description: 'Credentials to exchange for an access token.' })
export class SignInInput {
  @Field(() => String, { description: 'Sign-in address; case does not matter.' })
  @IsNotEmpty({ message: 'email must not be empty' })
  @MaxLength(320)
  email: string;

  @Field(() => String, { description: 'The password.' })
  @IsNotEmpty({ message: 'password must not be empty' })
  @MaxLength(MAX_PASSWORD_LENGTH)
  password: string;
}

/** How every address is stored and compared: the unique constraint then makes emails case-insensitive. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
