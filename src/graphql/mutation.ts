import { validate, ValidateIf, type ValidationError } from 'class-validator';
import { UserErrorCode, UserFacingError, type UserError } from './user-error';

/** What every mutation payload has: the changed object (null on failure) and the expected failures. */
export interface Payload {
  userErrors: UserError[];
}

/**
 * Runs one mutation the DESIGN §5 way: validates `input` with its class-validator decorators
 * (arguments are declared `validate: false` so failures land here, not as top-level errors), then
 * runs `perform`; a UserFacingError becomes a `userErrors` entry. Authorization errors and
 * unexpected failures propagate as GraphQL errors.
 */
export async function runMutation<P extends Payload>(
  input: object,
  perform: () => Promise<Omit<P, 'userErrors'>>,
  empty: Omit<P, 'userErrors'>,
): Promise<P> {
  const problems = await validate(input, { forbidUnknownValues: false });
  if (problems.length > 0) return { ...empty, userErrors: flatten(problems, ['input']) } as unknown as P;
  try {
    return { ...(await perform()), userErrors: [] } as unknown as P;
  } catch (error) {
    if (error instanceof UserFacingError) return { ...empty, userErrors: [error.toUserError()] } as unknown as P;
    throw error;
  }
}

function flatten(errors: ValidationError[], path: string[]): UserError[] {
  return errors.flatMap((e) => {
    const field = [...path, e.property];
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message, code: UserErrorCode.BAD_USER_INPUT }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/**
 * Validates a field of a partial update only when it was sent: left out means "unchanged", while
 * an explicit null for a required column fails validation instead of reaching the database.
 */
export const Sent = () => ValidateIf((_object, value) => value !== undefined);
