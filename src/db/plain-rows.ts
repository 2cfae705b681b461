import type { DataSource, ObjectLiteral } from 'typeorm';

/**
 * Hot read paths (lists of organisations with their capabilities and technologies) read rows with
 * plain SQL and build entities from them directly: TypeORM's generic hydration of joined results
 * cost several times the statement itself. The columns still come from the entity metadata, so
 * a column added to an entity is read here too.
 */
export interface PlainEntity<T> {
  /** The properties that are columns. */
  readonly properties: readonly string[];
  /** `alias."db_column" AS "<prefix>property", …` for every column, or for the properties `only`. */
  select(alias: string, prefix?: string, only?: readonly string[]): string;
  /** An entity instance from a row read with `select(alias, prefix, only?)`; properties the row lacks stay unset. */
  from(row: Record<string, unknown>, prefix?: string): T;
  /** `'property', alias."db_column", …` for the properties `only` (every column if absent): the arguments of a `json_build_object`. */
  jsonPairs(alias: string, only?: readonly string[]): string;
  /** An entity instance from an object read with `json`: JSON has no dates, so date columns are parsed back. */
  fromJson(object: Record<string, unknown>): T;
  /**
   * The columns a GraphQL selection of `fields` needs: the selected fields that are columns, plus
   * `always` (ids and keys the field resolvers read). Fields in `handled` (the type's `id`, fields
   * a planner fetches itself) need nothing; any other field (a field resolver that may read any
   * column) makes it every column.
   */
  columnsFor(fields: Iterable<string>, always: readonly string[], handled?: readonly string[]): readonly string[];
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
  const dates = new Set<string>();
  for (const column of metadata.columns) {
    // pg already converts what these entities hold (numbers, dates, jsonb); anything needing
    // TypeORM's own conversion must keep using TypeORM.
    if (column.isVirtual || !column.isSelect) continue;
    if (column.embeddedMetadata || column.transformer || ['simple-json', 'simple-array', 'simple-enum'].includes(String(column.type))) {
      throw new Error(`plainEntity: column ${metadata.name}.${column.propertyName} needs TypeORM hydration`);
    }
    properties.push(column.propertyName);
    columns.push(column.databaseName);
    if (['timestamptz', 'timestamp with time zone', 'timestamp', 'timestamp without time zone', 'date'].includes(String(column.type))) {
      dates.add(column.propertyName);
    }
  }
  const columnOf = new Map(properties.map((property, i) => [property, columns[i]]));
  const prototype = target.prototype as object;
  return {
    properties,
    select: (alias, prefix = '', only = properties) => only.map((property) => `${alias}."${columnOf.get(property)}" AS "${prefix}${property}"`).join(', '),
    from(row, prefix = '') {
      const entity = Object.create(prototype) as Record<string, unknown>;
      for (const property of properties) {
        const key = prefix + property;
        if (key in row) entity[property] = row[key];
      }
      return entity as T;
    },
    jsonPairs: (alias, only = properties) => only.map((property) => `'${property}', ${alias}."${columnOf.get(property)}"`).join(', '),
    fromJson(object) {
      const entity = Object.assign(Object.create(prototype) as Record<string, unknown>, object);
      for (const property of dates) {
        const value = entity[property];
        if (typeof value === 'string') entity[property] = new Date(value);
      }
      return entity as T;
    },
    columnsFor(fields, always, handled = []) {
      const wanted = new Set(always);
      for (const field of fields) {
        if (columnOf.has(field)) wanted.add(field);
        else if (field !== '__typename' && !handled.includes(field)) return properties;
      }
      return properties.filter((property) => wanted.has(property));
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
