import { ValidateIf } from 'class-validator';
import { Arg, type ClassType } from 'type-graphql';
import type { ViewerLike } from './context';
import { ErrorCode, unauthenticated } from './errors';
import { badUserInput, UserFacingError } from './user-error';

/** Runs a read helper made for query arguments (taxonomy slugs, …) and turns its BAD_USER_INPUT into a `userErrors` entry. */
export async function asInputError<T>(field: string[], run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof UserFacingError && error.code === ErrorCode.BAD_USER_INPUT) throw badUserInput(error.wording, field);
    throw error;
  }
}

/**
 * The signed-in viewer, the one way a signed-in-only resolver reaches it. `@Authorized` has already
 * closed the resolver to anonymous requests; the check keeps a missing decorator from passing null on.
 */
export function signedIn<Viewer extends ViewerLike>(ctx: { viewer: Viewer | null }): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

/**
 * The `input` argument of a mutation. Declared `validate: false` so that class-validator runs in
 * `runMutation` and a bad field comes back as a `userErrors` entry naming it, not as a top-level error.
 */
export function MutationInput(type: () => ClassType) {
  return Arg('input', type, { validate: false, description: 'What to do; invalid fields come back as `userErrors` naming them.' });
}

/**
 * Validates a field of a partial update only when it was sent: left out means "unchanged", while
 * an explicit null for a required column fails validation instead of reaching the database.
 */
export const Sent = () => ValidateIf((_object, value) => value !== undefined);
