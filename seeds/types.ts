// Plain shapes of the seed data: what `npm run seed` loads, keyed by natural slugs so reloading is idempotent.
import type { MembershipStatus, OrganizationKind, ProfileVisibility, Region } from '../src/modules/organizations/organization.enums';
import type { WorkingGroupKind } from '../src/modules/working-groups/working-group.enums';
import type { ProjectStatus, SlotRole } from '../src/modules/projects/project.enums';

export interface NamedSeed {
  slug: string;
  nameKo: string;
  nameEn: string;
}

export interface DomainSeed extends NamedSeed {
  descriptionKo: string;
  descriptionEn: string;
}

export type TechnologySeed = NamedSeed;
export type IndustrySeed = NamedSeed;

export interface CityThemeSeed {
  nameKo: string;
  nameEn: string;
  /** The service domain the theme belongs to, or null when it spans domains. */
  domain: string | null;
}

export interface PilotCitySeed extends NamedSeed {
  region: Region;
  areaKm2: number;
  descriptionKo: string;
  descriptionEn: string;
  themes: CityThemeSeed[];
}

export interface WorkingGroupSeed extends NamedSeed {
  kind: WorkingGroupKind;
  descriptionKo: string;
  descriptionEn: string;
}

export interface EvidenceSeed {
  project: string;
  city: string;
  year: number;
}

export interface CapabilitySeed {
  domain: string;
  technologies: string[];
  level: 1 | 2 | 3 | 4 | 5;
  descriptionKo: string;
  descriptionEn: string;
  evidence: EvidenceSeed[];
  /** Pilot-city slugs where this capability is already deployed. */
  cities: string[];
}

export interface OrganizationSeed extends NamedSeed {
  kind: OrganizationKind;
  industry: string;
  region: Region;
  employees: number;
  website: string | null;
  descriptionKo: string;
  descriptionEn: string;
  membershipStatus: MembershipStatus;
  visibility?: ProfileVisibility;
  contact: { name: string; email: string; phone: string };
  workingGroups: string[];
  capabilities: CapabilitySeed[];
}

export interface SlotSeed {
  role: SlotRole;
  domain: string;
  technologies: string[];
  minLevel: 1 | 2 | 3 | 4 | 5;
  weight: 1 | 2 | 3 | 4 | 5;
  allowedKinds?: OrganizationKind[];
  /** Share of the project's budget, relative to the other slots (default 1). */
  budgetShare?: number;
  descriptionKo: string;
  descriptionEn: string;
}

export interface ProjectSeed {
  slug: string;
  city: string;
  titleKo: string;
  titleEn: string;
  summaryKo: string;
  summaryEn: string;
  status: ProjectStatus;
  /** Cap on the large enterprises' summed stake, 0–1 (null or left out: none). */
  maxLargeStake?: number | null;
  slots: SlotSeed[];
}
