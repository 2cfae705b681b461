import DataLoader from 'dataloader';

/** Groups rows by a key, in the order the keys were asked for; a key with no rows gets []. */
export function groupByKey<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/** Picks one row per key, in key order; a missing key gets null (DataLoader's contract). */
export function oneByKey<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): (V | null)[] {
  const byKey = new Map<K, V>(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** A loader of one row per id. */
export function byIdLoader<V extends { id: number }>(load: (ids: number[]) => Promise<V[]>): DataLoader<number, V | null> {
  return new DataLoader<number, V | null>(async (ids) => oneByKey(ids, await load([...ids]), (row) => row.id));
}
