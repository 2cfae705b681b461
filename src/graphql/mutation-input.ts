import { ValidateIf } from 'class-validator';
import { GraphQLError } from 'graphql';
import type { ViewerLike } from './context';
import { ErrorCode } from './errors';
import { invalidInput } from './user-error';

/** Runs a read helper made for query arguments (taxonomy slugs, …) and turns its BAD_USER_INPUT into a `userErrors` entry. */
export async function asInputError<T>(field: string[], run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions?.code === ErrorCode.BAD_USER_INPUT) throw invalidInput(error.message, field);
    throw error;
  }
}

/** The signed-in viewer, in a resolver that `@Authorized` has already closed to anonymous requests. */
export function signedIn<Viewer extends ViewerLike>(ctx: { viewer: Viewer | null }): Viewer {
  return ctx.viewer as Viewer;
}

/**
 * Validates a field of a partial update only when it was sent: left out means "unchanged", while
 * an explicit null for a required column fails validation instead of reaching the database.
 */
export const Sent = () => ValidateIf((_object, value) => value !== undefined);
