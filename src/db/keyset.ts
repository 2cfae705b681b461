import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** A row's place in a keyset order: its sort value, then its id, which breaks ties. */
export interface KeysetPosition {
  value: string | number;
  id: number;
}

/** Which page to read: which way, how many, between which positions (decoded from a connection's cursors at the GraphQL edge). */
export interface PagePlan {
  backward: boolean;
  limit: number;
  after: KeysetPosition | null;
  before: KeysetPosition | null;
}

/**
 * One page a service read for a PagePlan: its rows in reading order (limit + 1 of them), where
 * each row stands in the order, and the total. The GraphQL edge makes it a connection.
 */
export interface Page<T> {
  rows: T[];
  keyOf: (row: T) => KeysetPosition;
  /** A number, or a count to run only if the client selects `totalCount` (often the costliest statement of a page). */
  totalCount: number | (() => Promise<number>);
}

/**
 * Keyset paging on (sort column, id): stable under inserts and as fast on page 500 as on page 1.
 * Reads limit + 1 rows in reading order (reversed for `last`/`before`); `toConnection` finishes the page.
 */
export function applyKeyset<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  column: string,
  descending: boolean,
  plan: PagePlan,
): SelectQueryBuilder<T> {
  const key = `(${column}, ${alias}.id)`;
  if (plan.after) {
    qb.andWhere(`${key} ${descending ? '<' : '>'} (:afterValue, :afterId)`, { afterValue: plan.after.value, afterId: plan.after.id });
  }
  if (plan.before) {
    qb.andWhere(`${key} ${descending ? '>' : '<'} (:beforeValue, :beforeId)`, { beforeValue: plan.before.value, beforeId: plan.before.id });
  }
  const direction = descending === plan.backward ? 'ASC' : 'DESC';
  return qb
    .orderBy(column, direction)
    .addOrderBy(`${alias}.id`, direction)
    .limit(plan.limit + 1);
}
