import { GraphQLError } from 'graphql';
import { Field, InterfaceType, ObjectType, UseMiddleware, type ClassType, type MiddlewareFn } from 'type-graphql';
import type { RequestContext } from './context';
import { describedEnum, type Described, type DescribedEnum } from './enum';
import { ErrorCode } from './errors';
import { Language, say, worded, type Wording } from './language';

/**
 * The userError codes every feature shares; each feature's code enum (`ConsortiumErrorCode`, …)
 * repeats them next to its own, so a payload's `code` is always one enum a client can switch on.
 */
export const SHARED_ERROR_CODES = {
  BAD_USER_INPUT: 'The input is malformed or out of range: a validation rule, an unknown slug, a malformed id. `field` names the input field.',
  NOT_FOUND: 'Something the input names does not exist, or is not visible to you.',
  CONFLICT: 'The object changed since you read it (stale `version`: read it again and retry), or this `clientMutationId` was already used for another change.',
} as const;

export type SharedErrorCode = keyof typeof SHARED_ERROR_CODES;

/**
 * A feature's userError codes, declared once with a description each (a code without one does
 * not compile): the shared codes first, then the feature's own, e.g. `SLOT_ASSIGNED_TWICE`.
 */
export function featureErrorCodes<const D extends Record<string, string>>(
  name: string,
  description: string,
  own: D & { [K in keyof D]: K extends SharedErrorCode ? never : D[K] extends '' ? never : D[K] },
): DescribedEnum<typeof SHARED_ERROR_CODES & D> {
  return describedEnum<typeof SHARED_ERROR_CODES & D>(name, description, { ...SHARED_ERROR_CODES, ...own } as typeof SHARED_ERROR_CODES &
    D &
    Described<typeof SHARED_ERROR_CODES & D>);
}

/** What every feature's userError has; generic client code can read these with `... on UserError`. */
@InterfaceType('UserError', {
  description: "An expected failure of a mutation: which input field, and what went wrong. Each feature's error type adds its `code`.",
})
export abstract class UserError {
  @Field(() => [String], { nullable: true, description: 'Path to the input field at fault, e.g. `["input", "version"]`; null when no single field is.' })
  field: string[] | null;

  @Field(() => String, { description: 'What went wrong, for people.' })
  message: string;
}

/** A userErrors entry: `code` is a value of the payload's feature code enum (`userErrorType` declares it). */
export type CodedUserError = UserError & { code: string };

/** The GraphQL type of a feature's userErrors, e.g. `ConsortiumError` with `code: ConsortiumErrorCode!`. */
export function userErrorType<E extends Record<string, string>>(name: string, codes: E, description: string): ClassType<UserError> {
  @ObjectType(name, { implements: UserError, description })
  class FeatureUserError extends UserError {
    @Field(() => codes, { description: 'What went wrong, for programs: switch on this, not on the message.' })
    @UseMiddleware(knownCodeOnly(name, new Set(Object.values(codes))))
    code: string;
  }
  return FeatureUserError;
}

/**
 * A code thrown by one feature's service inside another feature's mutation, and missing from that
 * payload's enum, would fail serialization and turn an expected failure into an internal error.
 * Codes that cross features are listed in each enum that can see them (SLUG_TAKEN in accounts,
 * PROJECT_STATUS_FORBIDS in consortia); should one be missed, the client still gets a userError,
 * BAD_USER_INPUT with the message, and the log says which code to add.
 */
export function knownCodeOnly(type: string, known: ReadonlySet<string>): MiddlewareFn<RequestContext> {
  return async ({ context }, next) => {
    const code: string = await next();
    if (known.has(code)) return code;
    context.log.error({ code, type }, 'userError code missing from its payload enum; answered BAD_USER_INPUT');
    return ErrorCode.BAD_USER_INPUT;
  };
}

/**
 * An expected failure, the client's to fix. Thrown in a mutation, the mutation helper turns it into
 * a `userErrors` entry and the service's transaction rolls back, so nothing is written; thrown while
 * resolving a query argument, it is a GraphQL error with `extensions.code` and `extensions.argument`.
 */
export class UserFacingError extends GraphQLError {
  readonly field: string[] | null;
  /** The message in both languages; `message` is the English one, formatError and runMutation say it in the request's. */
  readonly wording: Wording;

  constructor(
    readonly code: string,
    message: Wording,
    /** The input field at fault: a path (`["input", "slug"]`) or a dotted argument (`filter.domains`). */
    field: string[] | string | null = null,
    /** Numbers behind the failure, for an error type that declares them as fields (e.g. ConsortiumError.stakeSum). */
    readonly details: Record<string, number | null> = {},
  ) {
    const path = typeof field === 'string' ? field.split('.') : field;
    super(message.en, { extensions: { code, ...(path ? { argument: path.join('.') } : {}) } });
    this.name = 'UserFacingError';
    this.field = path;
    this.wording = message;
    worded(this, message);
  }

  /** The userErrors entry, its message in `lang`. */
  toUserError(lang: Language = Language.EN): CodedUserError {
    return { ...this.details, field: this.field, message: say(lang, this.wording), code: this.code };
  }
}

type FieldPath = string[] | string | null;

/** A feature's own code: `userError(ConsortiumErrorCode.SLOT_ASSIGNED_TWICE, { en: '…', ko: '…' }, field)`. */
export const userError = (code: string, message: Wording, field: FieldPath = null, details: Record<string, number | null> = {}) =>
  new UserFacingError(code, message, field, details);
/** BAD_USER_INPUT: malformed or out of range (also for query arguments, e.g. `filter.domains`). */
export const badUserInput = (message: Wording, field: FieldPath = null) => new UserFacingError(ErrorCode.BAD_USER_INPUT, message, field);
/** NOT_FOUND: what the input names does not exist or is not visible. */
export const notFound = (message: Wording, field: FieldPath = null) => new UserFacingError(ErrorCode.NOT_FOUND, message, field);
/** CONFLICT: a stale `version`, or a reused `clientMutationId`. */
export const conflict = (message: Wording, field: FieldPath = null) => new UserFacingError(ErrorCode.CONFLICT, message, field);
