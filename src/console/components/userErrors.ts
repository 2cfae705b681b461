import { errorCodes } from '../i18n/errors';
import { useText } from '../i18n/i18n';

/** The shape every payload's userErrors share (the schema's UserError interface). */
export interface UserError {
  field?: readonly string[] | null;
  message: string;
  code: string;
}

/** The field a userError names, without the argument: ["input", "slots", "0", "weight"] is "slots.0.weight". */
function fieldName(error: UserError): string | null {
  if (!error.field) return null;
  return error.field.slice(error.field[0] === 'input' ? 1 : 0).join('.');
}

/**
 * A form's userErrors, worded in the console's language: `forField(name)` for the messages shown
 * beside one field, `formLevel()` for those naming no field the form shows (shown above its button).
 */
export function useUserErrors(errors: readonly UserError[] | null | undefined, shownFields: readonly string[]) {
  const words = useText(errorCodes) as Record<string, string>;
  const say = (error: UserError) => (error.code !== 'BAD_USER_INPUT' && words[error.code]) || error.message;
  const list = errors ?? [];
  return {
    forField: (name: string) => list.filter((e) => fieldName(e) === name).map(say),
    formLevel: () => list.filter((e) => !shownFields.includes(fieldName(e) ?? '')).map(say),
  };
}
