import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Why a mutation did not do what was asked, when that is the client's to fix (docs/api.md). */
export enum UserErrorCode {
  /** The input is malformed or out of range. */
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** Something the input names does not exist (or is not visible to the caller). */
  NOT_FOUND = 'NOT_FOUND',
  /** The object changed since it was read (stale `version`), or its state does not allow the change. */
  CONFLICT = 'CONFLICT',
  /** A cap was reached, e.g. the number of pending partnership requests. */
  LIMIT_REACHED = 'LIMIT_REACHED',
  /** Sign-in failed: the email or the password is wrong (deliberately not saying which). */
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  /** Too many failed sign-ins for this email or from this address; wait and try again. */
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
}

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why a mutation did not do what was asked.',
  valuesConfig: {
    BAD_USER_INPUT: { description: 'The input is malformed or out of range.' },
    NOT_FOUND: { description: 'Something the input names does not exist.' },
    CONFLICT: { description: 'The object changed since it was read (stale version), or its state does not allow this change.' },
    LIMIT_REACHED: { description: 'A cap was reached, e.g. pending partnership requests.' },
    INVALID_CREDENTIALS: { description: 'Sign-in failed: the email or the password is wrong (deliberately not saying which).' },
    TOO_MANY_ATTEMPTS: { description: 'Too many failed sign-ins for this email or from this address; wait `retryAfterSeconds` and try again.' },
  },
});

@ObjectType({ description: 'An expected failure of a mutation: which input field, what went wrong, and a code.' })
export class UserError {
  @Field(() => [String], { nullable: true, description: 'Path to the input field at fault, e.g. `["input", "version"]`; null when no single field is.' })
  field: string[] | null;

  @Field(() => String, { description: 'What went wrong, for people.' })
  message: string;

  @Field(() => UserErrorCode, { description: 'What went wrong, for programs.' })
  code: UserErrorCode;
}

/**
 * Thrown by services for an expected failure; the mutation helper turns it into a `userErrors`
 * entry and the service's transaction rolls back, so nothing is written.
 */
export class UserFacingError extends Error {
  constructor(
    readonly code: UserErrorCode,
    message: string,
    readonly field: string[] | null = null,
  ) {
    super(message);
    this.name = 'UserFacingError';
  }

  toUserError(): UserError {
    return { field: this.field, message: this.message, code: this.code };
  }
}

export const conflict = (message: string, field: string[] | null = null) => new UserFacingError(UserErrorCode.CONFLICT, message, field);
export const notFoundInput = (message: string, field: string[] | null = null) => new UserFacingError(UserErrorCode.NOT_FOUND, message, field);
export const invalidInput = (message: string, field: string[] | null = null) => new UserFacingError(UserErrorCode.BAD_USER_INPUT, message, field);
