/** A user's text as a literal inside a LIKE pattern: `%`, `_` and the escape character lose their meaning. */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
