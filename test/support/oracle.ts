// An independent model of what the database holds: the seed data itself. Filter tests compare the
// API with plain JavaScript over these seeds, not with a second copy of the SQL.
import { organizations } from '../../seeds/data/organizations';
import { generateOrganizations } from '../../seeds/synthetic';
import type { CapabilitySeed, OrganizationSeed } from '../../seeds/types';
import { MembershipStatus, ProfileVisibility } from '../../src/modules/organizations/organization.enums';
import { SYNTHETIC_COUNT, SYNTHETIC_SEED } from './test-env';

export const seededOrganizations: OrganizationSeed[] = [...organizations, ...generateOrganizations(SYNTHETIC_COUNT, SYNTHETIC_SEED)];

export function approved(o: OrganizationSeed): boolean {
  return o.membershipStatus === MembershipStatus.APPROVED;
}

/** What an anonymous caller sees: approved organisations with a PUBLIC profile. */
export function visibleToAnonymous(o: OrganizationSeed): boolean {
  return approved(o) && (o.visibility ?? ProfileVisibility.PUBLIC) === ProfileVisibility.PUBLIC;
}

export function slugsWhere(predicate: (o: OrganizationSeed) => boolean): string[] {
  return seededOrganizations
    .filter(predicate)
    .map((o) => o.slug)
    .sort();
}

export function hasCapability(o: OrganizationSeed, predicate: (c: CapabilitySeed) => boolean): boolean {
  return o.capabilities.some(predicate);
}

export function searchText(o: OrganizationSeed): string {
  return `${o.nameKo} ${o.nameEn} ${o.descriptionKo} ${o.descriptionEn}`.toLowerCase();
}

/** The fit of docs/matching.md, written again from the text for the integration tests (slugs instead of ids). */
export function oracleFit(
  o: OrganizationSeed,
  slot: { domain: string; technologies: string[]; minLevel: number; allowedKinds?: string[] | null },
  city: string | null,
): number {
  if (slot.allowedKinds && slot.allowedKinds.length > 0 && !slot.allowedKinds.includes(o.kind)) return 0;
  let best = 0;
  for (const c of o.capabilities) {
    if (c.domain !== slot.domain || c.level < slot.minLevel) continue;
    const coverage = slot.technologies.length === 0 ? 1 : slot.technologies.filter((t) => c.technologies.includes(t)).length / slot.technologies.length;
    if (coverage === 0) continue;
    best = Math.max(best, Math.min(1, coverage * (0.5 + 0.1 * c.level) + (city !== null && c.cities.includes(city) ? 0.1 : 0)));
  }
  return best;
}
