import type { DataSource } from 'typeorm';

/** One module's DataLoaders, made together (loaders of one module may share state). */
export type LoaderGroup<Viewer> = (dataSource: DataSource, viewer: Viewer | null) => object;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** Every loader of every group, by name. */
export type LoadersOf<G extends readonly LoaderGroup<never>[]> = UnionToIntersection<ReturnType<G[number]>>;

/**
 * A factory of every DataLoader, fresh for each request so no cached row outlives the request
 * that read it; lists that depend on who asks (visibility) know the viewer. A module's group is
 * made when a resolver first asks for one of its loaders: most requests need few of them, and an
 * answer from the response cache none, so the others are never allocated. The groups are the
 * modules' (src/modules/loaders.ts).
 */
export function loaderFactory<Viewer, G extends readonly LoaderGroup<Viewer>[]>(groups: G): (dataSource: DataSource, viewer?: Viewer | null) => LoadersOf<G> {
  /** Which group makes each loader, learned from the first request's groups. */
  let groupOf: Map<PropertyKey, number> | undefined;
  return (dataSource: DataSource, viewer: Viewer | null = null): LoadersOf<G> => {
    const made: Record<string, unknown>[] = [];
    const group = (i: number) => (made[i] ??= groups[i](dataSource, viewer) as Record<string, unknown>);
    if (!groupOf) {
      const owners = new Map<PropertyKey, number>();
      groups.forEach((_, i) => {
        for (const name of Object.keys(group(i))) owners.set(name, i);
      });
      groupOf = owners;
    }
    const owners = groupOf;
    return new Proxy(
      {},
      {
        get: (_, name) => {
          const i = owners.get(name);
          return i === undefined ? undefined : group(i)[name as string];
        },
      },
    ) as LoadersOf<G>;
  };
}
