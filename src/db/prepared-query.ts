import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import { type DataSource, QueryFailedError } from 'typeorm';

/**
 * Distinct statements prepared per process at most: a name is prepared once on each pooled
 * connection and kept there, so planned reads (whose text follows the query's selection) must not
 * grow that without bound. Past it, statements run unnamed, as `dataSource.query` does.
 */
const MAX_NAMES = 256;
const names = new Map<string, string>();

function nameOf(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_NAMES) {
    name = `am_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * A hot read as a named prepared statement: PostgreSQL parses and plans it once per connection
 * instead of on every request. TypeORM's `query` cannot name a statement, so this goes to the
 * `pg` pool under its Postgres driver (`driver.master`), logging and wrapping errors as TypeORM
 * does (the statement counter in the tests and the error mapping see no difference). The pool's
 * statement timeout applies as to every other statement.
 */
export async function preparedQuery<Row = Record<string, unknown>>(dataSource: DataSource, text: string, values: unknown[]): Promise<Row[]> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  dataSource.logger.logQuery(text, values);
  try {
    const result = await pool.query({ name: nameOf(text), text, values });
    return result.rows as Row[];
  } catch (error) {
    dataSource.logger.logQueryError(error as Error, text, values);
    throw new QueryFailedError(text, values, error as Error);
  }
}
