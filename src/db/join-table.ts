import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { groupByKey } from '../graphql/batch';

/**
 * Rows linked to owners through a join table (capability → technologies, slot → technologies, …),
 * in one statement, grouped by owner in the order the owners were asked for.
 */
export async function loadThroughJoinTable<T extends ObjectLiteral & { id: number }>(
  qb: SelectQueryBuilder<T>,
  link: { table: string; ownerColumn: string; targetColumn: string },
  ownerIds: readonly number[],
): Promise<T[][]> {
  const alias = qb.alias;
  const { entities, raw } = await qb
    .innerJoin(link.table, 'j', `j.${link.targetColumn} = ${alias}.id`)
    .addSelect(`j.${link.ownerColumn}`, 'owner_id')
    .where(`j.${link.ownerColumn} IN (:...ownerIds)`, { ownerIds })
    .orderBy(`${alias}.id`, 'ASC')
    .getRawAndEntities<Record<string, number>>();
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const links = raw.map((row) => ({ ownerId: row.owner_id, entity: byId.get(row[`${alias}_id`]) as T }));
  return groupByKey(ownerIds, links, (l) => l.ownerId).map((group) => group.map((l) => l.entity));
}
