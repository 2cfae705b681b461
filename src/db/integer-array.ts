/**
 * Integers as a PostgreSQL array literal (`{1,2,3}`), the text `pg` would send for the JavaScript
 * array, built once with a join. `pg` escapes an array element by element on every statement it is
 * sent with, which for the thousands of candidate ids of a solve cost more main-thread time than
 * the statements' own work.
 */
export function integerArray(values: readonly number[]): string {
  for (const value of values) {
    if (!Number.isSafeInteger(value)) throw new TypeError(`integerArray: ${String(value)} is not an integer`);
  }
  return `{${values.join(',')}}`;
}
