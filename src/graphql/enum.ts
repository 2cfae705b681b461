import { registerEnumType } from 'type-graphql';

/** The enum object made from a map of value → description: each value is its own name, as in a string enum. */
export type DescribedEnum<D> = { readonly [K in keyof D]: K };

/** The union of an enum object's values: `type ProjectStatus = EnumValue<typeof ProjectStatus>`. */
export type EnumValue<E> = E[keyof E];

/** Refuses an empty description at compile time (a value must say what it means). */
export type Described<D> = { [K in keyof D]: D[K] extends '' ? never : D[K] };

/**
 * Declares an enum once: the TypeScript values and the GraphQL enum (with a description for every
 * value) come from one object, so a value without a description does not compile. Use it as
 *
 *     export const ProjectStatus = describedEnum('ProjectStatus', 'Where a project stands.', { DRAFT: '…', OPEN: '…' });
 *     export type ProjectStatus = EnumValue<typeof ProjectStatus>;
 *
 * Values keep the order of the object (TypeORM enum columns and the printed schema rely on it).
 */
export function describedEnum<const D extends Record<string, string>>(name: string, description: string, values: D & Described<D>): DescribedEnum<D> {
  return registerDescribed(name, description, values) as DescribedEnum<D>;
}

function registerDescribed(name: string, description: string, values: Record<string, string>): object {
  const keys = Object.keys(values);
  const missing = keys.filter((key) => !values[key].trim());
  if (missing.length > 0) throw new Error(`enum ${name}: no description for ${missing.join(', ')}`);
  const enumObject: Record<string, string> = Object.freeze(Object.fromEntries(keys.map((key) => [key, key])));
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(keys.map((key) => [key, { description: values[key] }])),
  });
  return enumObject;
}
