import type { NodeFetchers } from '../graphql/node.resolver';
import { loadVisibleCapability } from './capabilities/capability.access';
import { loadVisibleConsortium } from './consortia/consortium.access';
import type { Context } from './context';
import { loadVisibleInvitation } from './invitations/invitation.access';
import { loadVisibleOrganization } from './organizations/organization.access';
import { loadVisibleRequest } from './partnerships/partnership.access';
import { loadVisibleProject, loadVisibleSlot } from './projects/project.access';

/*
 * Kept apart from src/modules/index.ts (which lists the resolvers): an Event's `subject` loads
 * through these too, and the event resolver cannot import the list of resolvers it is in.
 */

/** How `node(id:)` loads each type: through the feature's access rules, so a hidden object reads null. */
export const nodeFetchers: NodeFetchers<Context> = {
  Organization: loadVisibleOrganization,
  Capability: loadVisibleCapability,
  Domain: (ctx, id) => ctx.loaders.domainById.load(id),
  Technology: (ctx, id) => ctx.loaders.technologyById.load(id),
  Industry: (ctx, id) => ctx.loaders.industryById.load(id),
  PilotCity: (ctx, id) => ctx.loaders.pilotCityById.load(id),
  WorkingGroup: (ctx, id) => ctx.loaders.workingGroupById.load(id),
  Project: loadVisibleProject,
  RequirementSlot: loadVisibleSlot,
  PartnershipRequest: loadVisibleRequest,
  Consortium: loadVisibleConsortium,
  Invitation: loadVisibleInvitation,
  Event: (ctx, id) => ctx.loaders.eventById.load(id),
};
