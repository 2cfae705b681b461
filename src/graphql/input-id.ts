import { fromGlobalId, invalidId } from './global-id';
import { badUserInput } from './user-error';

/**
 * The local id of a global id in a mutation input. A wrong one is an expected failure of the
 * mutation (a `userErrors` entry naming the field), not a top-level error as in a query argument.
 */
export function inputId(globalId: string, type: string, field: string[]): number {
  const decoded = fromGlobalId(globalId);
  if (!decoded || decoded.type !== type) {
    throw badUserInput(invalidId(field[field.length - 1], type, globalId), field);
  }
  return decoded.id;
}
