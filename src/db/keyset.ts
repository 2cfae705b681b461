import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { PagePlan } from '../graphql/paging';

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
  return qb.orderBy(column, direction).addOrderBy(`${alias}.id`, direction).limit(plan.limit + 1);
}
