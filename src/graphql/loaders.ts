import { DataSource } from 'typeorm';
import { createCapabilityLoaders } from '../modules/capabilities/capability.loaders';
import { createPilotCityLoaders } from '../modules/cities/pilot-city.loaders';
import { createOrganizationLoaders } from '../modules/organizations/organization.loaders';
import { createProjectLoaders } from '../modules/projects/project.loaders';
import { createTaxonomyLoaders } from '../modules/taxonomy/taxonomy.loaders';
import { createWorkingGroupLoaders } from '../modules/working-groups/working-group.loaders';

/** Every DataLoader, made fresh for each request so no cached row outlives the request that read it. */
export function createLoaders(dataSource: DataSource) {
  return {
    ...createTaxonomyLoaders(dataSource),
    ...createPilotCityLoaders(dataSource),
    ...createOrganizationLoaders(dataSource),
    ...createCapabilityLoaders(dataSource),
    ...createWorkingGroupLoaders(dataSource),
    ...createProjectLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
