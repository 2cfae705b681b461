import { loaderFactory } from '../graphql/loaders';
import { createAccountLoaders } from './accounts/account.loaders';
import type { Viewer } from './accounts/viewer';
import { createCapabilityLoaders } from './capabilities/capability.loaders';
import { createPilotCityLoaders } from './cities/pilot-city.loaders';
import { createConsortiumLoaders } from './consortia/consortium.loaders';
import { createClientMutationLoaders } from './idempotency/client-mutation.store';
import { createInvitationLoaders } from './invitations/invitation.loaders';
import { createOrganizationLoaders } from './organizations/organization.loaders';
import { createPartnershipLoaders } from './partnerships/partnership.loaders';
import { createProjectLoaders } from './projects/project.loaders';
import { createTaxonomyLoaders } from './taxonomy/taxonomy.loaders';
import { createTeamLoaders } from './teams/team.loaders';
import { createWorkingGroupLoaders } from './working-groups/working-group.loaders';
import { createPartnerBlockLoaders } from './partner-blocks/partner-block.loaders';
import { createProjectInterestLoaders } from './project-interests/project-interest.loaders';
import { createNotificationLoaders } from './notifications/notification.loaders';
import { createEventLoaders } from './events/event.loaders';

/**
 * Each module's DataLoaders. (Kept apart from src/modules/index.ts, which also lists the resolvers:
 * the Context type reads these, and resolvers read the Context.)
 */
export const loaderGroups = [
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
  createTeamLoaders,
  createInvitationLoaders,
  createPartnerBlockLoaders,
  createProjectInterestLoaders,
  createNotificationLoaders,
  createEventLoaders,
] as const;

/** Every DataLoader of every module, fresh for one request (see loaderFactory). */
export const createLoaders = loaderFactory<Viewer, typeof loaderGroups>(loaderGroups);
export type Loaders = ReturnType<typeof createLoaders>;
