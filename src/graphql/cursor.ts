import { badUserInput } from './user-error';

/** A keyset position: the sort key the list is ordered by, then the row id that breaks ties. */
export interface CursorKey {
  order: string;
  value: string | number;
  id: number;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.order, key.value, key.id]), 'utf8').toString('base64url');
}

/** Decodes a cursor made for `order`; anything else (forged, or from another ordering) is rejected. */
export function decodeCursor(cursor: string, order: string, argument: string): CursorKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (
    Array.isArray(parsed) &&
    parsed.length === 3 &&
    typeof parsed[0] === 'string' &&
    (typeof parsed[1] === 'string' || typeof parsed[1] === 'number') &&
    Number.isSafeInteger(parsed[2])
  ) {
    if (parsed[0] !== order) {
      throw badUserInput(
        {
          en: `${argument} is a cursor for another ordering (${parsed[0]}); ask again with the same orderBy.`,
          ko: `${argument} 값은 다른 정렬(${parsed[0]})의 커서입니다. 같은 orderBy로 다시 요청하십시오.`,
        },
        argument,
      );
    }
    return { order, value: parsed[1], id: parsed[2] };
  }
  throw badUserInput({ en: `${argument} is not a valid cursor.`, ko: `${argument} 값이 올바른 커서가 아닙니다.` }, argument);
}
