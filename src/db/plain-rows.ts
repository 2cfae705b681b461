import type { DataSource, ObjectLiteral } from 'typeorm';

/**
 * Hot read paths (lists of organisations with their capabilities and technologies) read rows with
 * plain SQL and build entities from them directly: TypeORM's generic hydration of joined results
 * cost several times the statement itself. The columns still come from the entity metadata, so
 * a column added to an entity is read here too.
 */
export interface PlainEntity<T> {
  /** `alias."db_column" AS "<prefix>property", …` for every column. */
  select(alias: string, prefix?: string): string;
  /** An entity instance from a row read with `select(alias, prefix)`. */
  from(row: Record<string, unknown>, prefix?: string): T;
  /** An entity instance from a row of a query builder's `getRawMany()` (`<alias>_<db_column>` keys). */
  fromRaw(row: Record<string, unknown>, alias: string): T;
}

// Built once per data source and entity: loaders are created per request.
const built = new WeakMap<DataSource, Map<unknown, PlainEntity<ObjectLiteral>>>();

export function plainEntity<T extends ObjectLiteral>(dataSource: DataSource, target: abstract new () => T): PlainEntity<T> {
  let forSource = built.get(dataSource);
  if (!forSource) built.set(dataSource, (forSource = new Map()));
  let entity = forSource.get(target);
  if (!entity) forSource.set(target, (entity = buildPlainEntity(dataSource, target)));
  return entity as PlainEntity<T>;
}

function buildPlainEntity<T extends ObjectLiteral>(dataSource: DataSource, target: abstract new () => T): PlainEntity<T> {
  const metadata = dataSource.getMetadata(target);
  const properties: string[] = [];
  const columns: string[] = [];
  for (const column of metadata.columns) {
    // pg already converts what these entities hold (numbers, dates, jsonb); anything needing
    // TypeORM's own conversion must keep using TypeORM.
    if (column.isVirtual || !column.isSelect) continue;
    if (column.embeddedMetadata || column.transformer || ['simple-json', 'simple-array', 'simple-enum'].includes(String(column.type))) {
      throw new Error(`plainEntity: column ${metadata.name}.${column.propertyName} needs TypeORM hydration`);
    }
    properties.push(column.propertyName);
    columns.push(column.databaseName);
  }
  const prototype = target.prototype as object;
  return {
    select: (alias, prefix = '') => columns.map((column, i) => `${alias}."${column}" AS "${prefix}${properties[i]}"`).join(', '),
    from(row, prefix = '') {
      const entity = Object.create(prototype) as Record<string, unknown>;
      for (const property of properties) entity[property] = row[prefix + property];
      return entity as T;
    },
    fromRaw(row, alias) {
      const entity = Object.create(prototype) as Record<string, unknown>;
      properties.forEach((property, i) => {
        entity[property] = row[`${alias}_${columns[i]}`];
      });
      return entity as T;
    },
  };
}
