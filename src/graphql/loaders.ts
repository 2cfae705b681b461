import { DataSource } from 'typeorm';
import { createAccountLoaders } from '../modules/accounts/account.loaders';
import { createCapabilityLoaders } from '../modules/capabilities/capability.loaders';
import { createConsortiumLoaders } from '../modules/consortia/consortium.loaders';
import { createClientMutationLoaders } from '../modules/idempotency/client-mutation.store';
import { createPartnershipLoaders } from '../modules/partnerships/partnership.loaders';
import { createPilotCityLoaders } from '../modules/cities/pilot-city.loaders';
import { createOrganizationLoaders } from '../modules/organizations/organization.loaders';
import { createProjectLoaders } from '../modules/projects/project.loaders';
import { createTaxonomyLoaders } from '../modules/taxonomy/taxonomy.loaders';
import type { Viewer } from '../modules/accounts/tokens';
import { createWorkingGroupLoaders } from '../modules/working-groups/working-group.loaders';

/** Each module's DataLoaders; a group is made as a whole, so loaders of one module may share state. */
const GROUPS = [
  createTaxonomyLoaders,
  createPilotCityLoaders,
  createOrganizationLoaders,
  createCapabilityLoaders,
  createWorkingGroupLoaders,
  createProjectLoaders,
  createAccountLoaders,
  createPartnershipLoaders,
  createConsortiumLoaders,
  createClientMutationLoaders,
] as const;

type Union<T extends readonly ((...args: never[]) => unknown)[]> = ReturnType<T[number]>;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
export type Loaders = UnionToIntersection<Union<typeof GROUPS>>;

/** Which group makes each loader, learned from the first request's groups. */
let groupOf: Map<PropertyKey, number> | undefined;

/**
 * Every DataLoader, fresh for each request so no cached row outlives the request that read it;
 * lists that depend on who asks (visibility) know the viewer. A module's group is made when a
 * resolver first asks for one of its loaders: most requests need few of them, and an answer from
 * the response cache none, so the others are never allocated.
 */
export function createLoaders(dataSource: DataSource, viewer: Viewer | null = null): Loaders {
  const made: Record<string, unknown>[] = [];
  const group = (i: number) => (made[i] ??= GROUPS[i](dataSource, viewer) as Record<string, unknown>);
  if (!groupOf) {
    const owners = new Map<PropertyKey, number>();
    GROUPS.forEach((_, i) => Object.keys(group(i)).forEach((name) => owners.set(name, i)));
    groupOf = owners;
  }
  const owners = groupOf;
  return new Proxy({} as Loaders, {
    get: (_, name) => {
      const i = owners.get(name);
      return i === undefined ? undefined : group(i)[name as string];
    },
  });
}
