import { DataSource } from 'typeorm';
import { createAccountLoaders } from '../modules/accounts/account.loaders';
import { createCapabilityLoaders } from '../modules/capabilities/capability.loaders';
import { createConsortiumLoaders } from '../modules/consortia/consortium.loaders';
import { createPartnershipLoaders } from '../modules/partnerships/partnership.loaders';
import { createPilotCityLoaders } from '../modules/cities/pilot-city.loaders';
import { createOrganizationLoaders } from '../modules/organizations/organization.loaders';
import { createProjectLoaders } from '../modules/projects/project.loaders';
import { createTaxonomyLoaders } from '../modules/taxonomy/taxonomy.loaders';
import type { Viewer } from '../modules/accounts/tokens';
import { createWorkingGroupLoaders } from '../modules/working-groups/working-group.loaders';

/**
 * Every DataLoader, made fresh for each request so no cached row outlives the request that read it;
 * lists that depend on who asks (visibility) know the viewer.
 */
export function createLoaders(dataSource: DataSource, viewer: Viewer | null = null) {
  return {
    ...createTaxonomyLoaders(dataSource),
    ...createPilotCityLoaders(dataSource),
    ...createOrganizationLoaders(dataSource, viewer),
    ...createCapabilityLoaders(dataSource),
    ...createWorkingGroupLoaders(dataSource),
    ...createProjectLoaders(dataSource),
    ...createAccountLoaders(dataSource),
    ...createPartnershipLoaders(dataSource),
    ...createConsortiumLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
