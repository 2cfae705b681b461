import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type ContainerType } from 'type-graphql';
import { AccountResolver } from '../modules/accounts/account.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { CapabilityResolver } from '../modules/capabilities/capability.resolver';
import { CityThemeResolver, PilotCityResolver } from '../modules/cities/pilot-city.resolver';
import { ConsortiumMembershipResolver, ConsortiumResolver, ConsortiumSlotAssignmentResolver } from '../modules/consortia/consortium.resolver';
import {
  ConsortiumAlternativeResolver,
  ConsortiumAssignmentResolver,
  ConsortiumMemberResolver,
  ConsortiumResultResolver,
  FitBreakdownResolver,
  MatchingResolver,
  PartnerMatchResolver,
  PartnerMatchResultResolver,
  SlotCoverageResolver,
  TargetSlotResolver,
} from '../modules/matching/matching.resolver';
import { MembershipResolver } from '../modules/organizations/membership.resolver';
import { OrganizationResolver } from '../modules/organizations/organization.resolver';
import { ProfileResolver } from '../modules/organizations/profile.resolver';
import { ProjectResolver, RequirementSlotResolver } from '../modules/projects/project.resolver';
import { ProjectMutationResolver } from '../modules/projects/project.mutations.resolver';
import { OrganizationContactResolver } from '../modules/partnerships/organization-contact.resolver';
import { PartnershipRequestResolver } from '../modules/partnerships/partnership.resolver';
import { TaxonomyAdminResolver } from '../modules/taxonomy/taxonomy-admin.resolver';
import { TaxonomyResolver } from '../modules/taxonomy/taxonomy.resolver';
import { WorkingGroupMembershipResolver, WorkingGroupResolver } from '../modules/working-groups/working-group.resolver';
import type { Services } from '../services';
import { authChecker } from './auth-checker';
import { NodeResolver } from './node.resolver';

const resolvers = [
  NodeResolver,
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
  ConsortiumResultResolver,
  ConsortiumAlternativeResolver,
  ConsortiumMemberResolver,
  ConsortiumAssignmentResolver,
  SlotCoverageResolver,
  AccountResolver,
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
] as const;

/** Resolvers are built once per process with the services handed to their constructors. */
function containerFor(services: Services): ContainerType {
  const instances = new Map<unknown, unknown>();
  return {
    get(resolverClass: new (services: Services) => unknown) {
      if (!instances.has(resolverClass)) instances.set(resolverClass, new resolverClass(services));
      return instances.get(resolverClass);
    },
  };
}

/** The schema; without services it can only be printed (schema:print), not executed. */
export function buildAppSchema(services?: Services): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    container: services ? containerFor(services) : undefined,
    validate: { forbidUnknownValues: false },
    authChecker,
  });
}
