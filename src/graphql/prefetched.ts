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
