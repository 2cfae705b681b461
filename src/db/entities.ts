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
];
