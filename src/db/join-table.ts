import type { DataSource, ObjectLiteral } from 'typeorm';
import { plainEntity } from './plain-rows';

/**
 * Rows linked to owners through a join table (capability → technologies, slot → technologies, …),
 * in one statement, grouped by owner in the order the owners were asked for.
 */
export async function loadThroughJoinTable<T extends ObjectLiteral & { id: number }>(
  dataSource: DataSource,
  target: abstract new () => T,
  link: { table: string; ownerColumn: string; targetColumn: string },
  ownerIds: readonly number[],
): Promise<T[][]> {
  const entity = plainEntity(dataSource, target);
  const { tableName } = dataSource.getMetadata(target);
  // One row per target with the owners linking to it: targets are few (a reference list) and
  // links many, so this reads and builds each target once instead of once per link.
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT ${entity.select('t')}, array_agg(j."${link.ownerColumn}") AS "ownerIds"
       FROM "${tableName}" t JOIN "${link.table}" j ON j."${link.targetColumn}" = t.id
      WHERE j."${link.ownerColumn}" = ANY($1)
      GROUP BY t.id
      ORDER BY t.id`,
    [ownerIds],
  );
  // Targets in id order, so each owner's list is too.
  const groups = new Map<number, T[]>(ownerIds.map((id) => [id, []]));
  for (const row of rows) {
    const shared = entity.from(row);
    for (const ownerId of row.ownerIds as number[]) groups.get(ownerId)?.push(shared);
  }
  return ownerIds.map((id) => groups.get(id) ?? []);
}
