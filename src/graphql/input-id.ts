import { fromGlobalId } from './global-id';
import { badUserInput } from './user-error';

/**
 * The local id of a global id in a mutation input. A wrong one is an expected failure of the
 * mutation (a `userErrors` entry naming the field), not a top-level error as in a query argument.
 */
export function inputId(globalId: string, type: string, field: string[]): number {
  const decoded = fromGlobalId(globalId);
  if (!decoded || decoded.type !== type) {
    const shown = globalId.length > 60 ? `${globalId.slice(0, 60)}…` : globalId;
    throw badUserInput(`${field[field.length - 1]} is not a valid ${type} id: '${shown}'.`, field);
  }
  return decoded.id;
}
