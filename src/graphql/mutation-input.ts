import type { Viewer } from '../modules/accounts/tokens';
import type { Context } from './context';
import { ErrorCode } from './errors';
import { badUserInput, UserFacingError } from './user-error';

/** Runs a read helper made for query arguments (taxonomy slugs, …) and turns its BAD_USER_INPUT into a `userErrors` entry. */
export async function asInputError<T>(field: string[], run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof UserFacingError && error.code === ErrorCode.BAD_USER_INPUT) throw badUserInput(error.message, field);
    throw error;
  }
}

/** The signed-in viewer, in a resolver that `@Authorized` has already closed to anonymous requests. */
export function signedIn(ctx: Context): Viewer {
  return ctx.viewer as Viewer;
}
