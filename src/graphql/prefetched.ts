import { type GraphQLSchema, isObjectType } from 'graphql';

/**
 * A value a planner fetched ahead for one field of one object (an organisation's capabilities),
 * which that field's resolver returns instead of asking its loader. Kept beside the object rather
 * than on it, so an entity gains no property its type does not declare; the objects are the
 * request's own, so nothing outlives it.
 */
export interface Prefetched<Owner extends object, Value> {
  get(owner: Owner): Value | undefined;
  set(owner: Owner, value: Value): void;
}

export function prefetched<Owner extends object, Value>(): Prefetched<Owner, Value> {
  const values = new WeakMap<Owner, Value>();
  return {
    get: (owner) => values.get(owner),
    set: (owner, value) => {
      values.set(owner, value);
    },
  };
}

/**
 * A field whose value a plan may have fetched already: `value` reads it from the parent object
 * (undefined when it was not fetched). The field's own resolver stays the fallback and checks the
 * same, so it is right on its own; this only spares type-graphql's wrapper (container, parameters,
 * middleware) on the hundreds of such fields a page resolves.
 */
export interface PlannedField {
  type: string;
  field: string;
  value: (parent: any) => unknown;
}

/** Puts each planned field's fetched value in front of its resolver, in the built schema. */
export function answerPlannedFieldsFirst(schema: GraphQLSchema, fields: readonly PlannedField[]): void {
  for (const { type, field, value } of fields) {
    const owner = schema.getType(type);
    const definition = isObjectType(owner) ? owner.getFields()[field] : undefined;
    if (!definition?.resolve) throw new Error(`${type}.${field} is not a resolved field of the schema`);
    const resolve = definition.resolve;
    definition.resolve = (parent, args, context, info) => {
      const fetched = value(parent);
      return fetched !== undefined ? fetched : resolve(parent, args, context, info);
    };
  }
}
