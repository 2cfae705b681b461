// An independent model of what the database holds: the seed data itself. Filter tests compare the
// API with plain JavaScript over these seeds, not with a second copy of the SQL.
import { organizations } from '../../seeds/data/organizations';
import { generateOrganizations } from '../../seeds/synthetic';
import type { CapabilitySeed, OrganizationSeed } from '../../seeds/types';
import { MembershipStatus } from '../../src/modules/organizations/organization.enums';
import { SYNTHETIC_COUNT, SYNTHETIC_SEED } from './test-env';

export const seededOrganizations: OrganizationSeed[] = [...organizations, ...generateOrganizations(SYNTHETIC_COUNT, SYNTHETIC_SEED)];

export function approved(o: OrganizationSeed): boolean {
  return o.membershipStatus === MembershipStatus.APPROVED;
}

export function slugsWhere(predicate: (o: OrganizationSeed) => boolean): string[] {
  return seededOrganizations.filter(predicate).map((o) => o.slug).sort();
}

export function hasCapability(o: OrganizationSeed, predicate: (c: CapabilitySeed) => boolean): boolean {
  return o.capabilities.some(predicate);
}

export function searchText(o: OrganizationSeed): string {
  return `${o.nameKo} ${o.nameEn} ${o.descriptionKo} ${o.descriptionEn}`.toLowerCase();
}
