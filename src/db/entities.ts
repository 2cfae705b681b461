import { Account } from '../modules/accounts/account.entity';
import { AuditEntry } from '../modules/audit/audit-entry.entity';
import { ClientMutation } from '../modules/idempotency/client-mutation.entity';
import { ConsortiumAssignment } from '../modules/consortia/consortium-assignment.entity';
import { ConsortiumMember } from '../modules/consortia/consortium-member.entity';
import { Consortium } from '../modules/consortia/consortium.entity';
import { PartnershipRequest } from '../modules/partnerships/partnership-request.entity';
import { Capability } from '../modules/capabilities/capability.entity';
import { CityTheme } from '../modules/cities/city-theme.entity';
import { PilotCity } from '../modules/cities/pilot-city.entity';
import { Organization } from '../modules/organizations/organization.entity';
import { Project } from '../modules/projects/project.entity';
import { RequirementSlot } from '../modules/projects/requirement-slot.entity';
import { Domain } from '../modules/taxonomy/domain.entity';
import { Industry } from '../modules/taxonomy/industry.entity';
import { Technology } from '../modules/taxonomy/technology.entity';
import { WorkingGroupMembership } from '../modules/working-groups/working-group-membership.entity';
import { WorkingGroup } from '../modules/working-groups/working-group.entity';

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
];
