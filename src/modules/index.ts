import { PartnerBlock } from './partner-blocks/partner-block.entity';
import { ProjectInterest } from './project-interests/project-interest.entity';
import type { GraphQLSchema } from 'graphql';
import type { GraphQLModules } from '../graphql/server';
import { buildGraphQLSchema } from '../graphql/schema';
import { plannedOrganizationFields } from './organizations/organization.plan';
import type { Services } from '../services';
import { Account } from './accounts/account.entity';
import { AccountAdminResolver } from './accounts/account-admin.resolver';
import { AccountResolver } from './accounts/account.resolver';
import { PasswordReset } from './accounts/password-reset.entity';
import { PasswordResolver } from './accounts/password.resolver';
import { Invitation } from './invitations/invitation.entity';
import { InvitationResolver } from './invitations/invitation.resolver';
import { viewerOf } from './accounts/tokens';
import { AuditEntry } from './audit/audit-entry.entity';
import { AuditResolver } from './audit/audit.resolver';
import { Capability } from './capabilities/capability.entity';
import { CapabilityResolver } from './capabilities/capability.resolver';
import { CityTheme } from './cities/city-theme.entity';
import { PilotCity } from './cities/pilot-city.entity';
import { CityThemeResolver, PilotCityResolver } from './cities/pilot-city.resolver';
import { ConsortiumAssignment } from './consortia/consortium-assignment.entity';
import { ConsortiumMember } from './consortia/consortium-member.entity';
import { Consortium } from './consortia/consortium.entity';
import { ConsortiumMembershipResolver, ConsortiumResolver, ConsortiumSlotAssignmentResolver } from './consortia/consortium.resolver';
import { MyConsortiaResolver } from './consortia/my-consortia.resolver';
import { nodeFetchers } from './node-fetchers';
import { EventRecord } from './events/event.entity';
import { MailCursor, NotificationDigest } from './notifications/mail-state.entity';
import { NotificationSettings } from './notifications/notification-settings.entity';
import { NotificationSettingsResolver } from './notifications/notification.resolver';
import { EventRead, EventReadMark } from './events/event-read.entity';
import { EventResolver } from './events/event.resolver';
import { ClientMutation } from './idempotency/client-mutation.entity';
import {
  ConsortiumAlternativeResolver,
  ConsortiumAssignmentResolver,
  ConsortiumMemberResolver,
  ConsortiumResultResolver,
  PortfolioProjectResolver,
  PortfolioResultResolver,
  ExclusionExplanationResolver,
  FitBreakdownResolver,
  MatchingResolver,
  PartnerMatchResolver,
  PartnerMatchResultResolver,
  ProjectMatchResolver,
  ProjectMatchResultResolver,
  ProjectSlotFitResolver,
  SlotCoverageResolver,
  TargetSlotResolver,
} from './matching/matching.resolver';
import { MembershipResolver } from './organizations/membership.resolver';
import { Organization } from './organizations/organization.entity';
import { OrganizationResolver } from './organizations/organization.resolver';
import { ProfileResolver } from './organizations/profile.resolver';
import { OrganizationContactResolver } from './partnerships/organization-contact.resolver';
import { PartnershipRequest } from './partnerships/partnership-request.entity';
import { PartnershipRequestResolver } from './partnerships/partnership.resolver';
import { Project } from './projects/project.entity';
import { ProjectMutationResolver } from './projects/project.mutations.resolver';
import { ProjectResolver, RequirementSlotResolver } from './projects/project.resolver';
import { RequirementSlot } from './projects/requirement-slot.entity';
import { Domain } from './taxonomy/domain.entity';
import { Industry } from './taxonomy/industry.entity';
import { TaxonomyAdminResolver } from './taxonomy/taxonomy-admin.resolver';
import { TaxonomyResolver } from './taxonomy/taxonomy.resolver';
import { Technology } from './taxonomy/technology.entity';
import { OrganizationTeamResolver, TeamResolver } from './teams/team.resolver';
import { PartnerBlockResolver } from './partner-blocks/partner-block.resolver';
import { ProjectInterestFieldsResolver, ProjectInterestResolver } from './project-interests/project-interest.resolver';
import { WorkingGroupMembership } from './working-groups/working-group-membership.entity';
import { WorkingGroup } from './working-groups/working-group.entity';
import { WorkingGroupMembershipResolver, WorkingGroupResolver } from './working-groups/working-group.resolver';

/*
 * The modules' registries, in one place: the layers below (src/db, src/graphql) import nothing
 * of the modules; the composition root (src/services.ts, src/http/app.ts, src/index.ts) hands
 * them these lists. The DataLoader groups are in ./loaders.ts (the Context type reads them).
 */

import type { Viewer } from './accounts/viewer';
import { createLoaders, type Loaders } from './loaders';

export { createLoaders, loaderGroups, type Loaders } from './loaders';

/** Every TypeORM entity, for the DataSource. */
export const entities = [
  Domain,
  Technology,
  Industry,
  PilotCity,
  CityTheme,
  WorkingGroup,
  Organization,
  WorkingGroupMembership,
  Capability,
  Project,
  RequirementSlot,
  Account,
  PartnershipRequest,
  Consortium,
  ConsortiumMember,
  ConsortiumAssignment,
  AuditEntry,
  ClientMutation,
  Invitation,
  PasswordReset,
  PartnerBlock,
  ProjectInterest,
  EventRecord,
  NotificationSettings,
  MailCursor,
  NotificationDigest,
  EventReadMark,
  EventRead,
];

/** Every resolver class, for the schema. */
export const resolvers = [
  OrganizationResolver,
  CapabilityResolver,
  TaxonomyResolver,
  PilotCityResolver,
  CityThemeResolver,
  WorkingGroupResolver,
  WorkingGroupMembershipResolver,
  ProjectResolver,
  RequirementSlotResolver,
  MatchingResolver,
  FitBreakdownResolver,
  TargetSlotResolver,
  PartnerMatchResolver,
  PartnerMatchResultResolver,
  PortfolioProjectResolver,
  PortfolioResultResolver,
  ConsortiumResultResolver,
  ConsortiumAlternativeResolver,
  ConsortiumMemberResolver,
  ConsortiumAssignmentResolver,
  SlotCoverageResolver,
  ProjectMatchResultResolver,
  ProjectMatchResolver,
  ProjectSlotFitResolver,
  ExclusionExplanationResolver,
  AccountResolver,
  AccountAdminResolver,
  PasswordResolver,
  MembershipResolver,
  ProfileResolver,
  TaxonomyAdminResolver,
  AuditResolver,
  ProjectMutationResolver,
  PartnershipRequestResolver,
  OrganizationContactResolver,
  ConsortiumResolver,
  ConsortiumMembershipResolver,
  ConsortiumSlotAssignmentResolver,
  TeamResolver,
  OrganizationTeamResolver,
  PartnerBlockResolver,
  ProjectInterestResolver,
  ProjectInterestFieldsResolver,
  InvitationResolver,
  MyConsortiaResolver,
  NotificationSettingsResolver,
  EventResolver,
] as const;

export { nodeFetchers };

/** The application's schema; without services it can only be printed (schema:print), not executed. */
export function buildAppSchema(services?: Services): Promise<GraphQLSchema> {
  return buildGraphQLSchema({ resolvers, nodeFetchers, deps: services, plannedFields: plannedOrganizationFields });
}

/** What the GraphQL server takes of the modules: the executable schema and the per-request loaders. */
export async function graphqlModules(services: Services): Promise<GraphQLModules<Viewer, Loaders, Account>> {
  return {
    schema: await buildAppSchema(services),
    createLoaders,
    viewerOf,
    primeAccount: (loaders, account) => loaders.accountById.prime(account.id, account),
  };
}
