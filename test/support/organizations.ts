import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { toGlobalId } from '../../src/graphql/global-id';
import { Organization } from '../../src/modules/organizations/organization.entity';
import { MembershipStatus, OrganizationKind, ProfileVisibility, Region } from '../../src/modules/organizations/organization.enums';
import { Industry } from '../../src/modules/taxonomy/industry.entity';

const created: number[] = [];
const appliedSlugs: string[] = [];

/**
 * A fresh organisation of its own (unique slug, `test-…`), so a test that changes it never
 * disturbs the seeded ones other test files compare with. PRIVATE by default: anonymous reads,
 * which other files compare with the seed data, never see it. Remove them with removeTestOrganizations.
 */
export async function createTestOrganization(
  dataSource: DataSource,
  options: { status?: MembershipStatus; visibility?: ProfileVisibility; nameEn?: string } = {},
): Promise<Organization & { globalId: string }> {
  const industry = await dataSource.getRepository(Industry).findOneOrFail({ where: { slug: 'telecom' } });
  const slug = `test-${randomUUID()}`;
  const saved = await dataSource.getRepository(Organization).save({
    slug,
    nameKo: `시험 ${slug}`,
    nameEn: options.nameEn ?? `Test ${slug}`,
    kind: OrganizationKind.SME,
    industryId: industry.id,
    region: Region.SEJONG,
    employees: 12,
    website: null,
    descriptionKo: '',
    descriptionEn: '',
    membershipStatus: options.status ?? MembershipStatus.APPROVED,
    visibility: options.visibility ?? ProfileVisibility.PRIVATE,
    contactName: null,
    contactEmail: null,
    contactPhone: null,
  });
  created.push(saved.id);
  const organization = await dataSource.getRepository(Organization).findOneByOrFail({ id: saved.id });
  return Object.assign(organization, { globalId: toGlobalId('Organization', organization.id) });
}

/**
 * Deletes the organisations this test file made (by createTestOrganization, or through the API
 * with newOrganizationInput); capabilities go with them, accounts lose their organisation. Call it
 * in afterAll, so an approved test organisation does not outlive the file in the candidate pool
 * other files read.
 */
export async function removeTestOrganizations(dataSource: DataSource): Promise<void> {
  const ids = created.splice(0);
  const slugs = appliedSlugs.splice(0);
  await dataSource.query('DELETE FROM organization WHERE id = ANY($1) OR slug = ANY($2)', [ids, slugs]);
}

/** A valid NewOrganizationInput with a unique slug (`test-…`); PRIVATE, for the reason above. */
export function newOrganizationInput(overrides: Record<string, unknown> = {}) {
  const slug = `test-applicant-${randomUUID().slice(0, 8)}`;
  appliedSlugs.push(slug);
  return {
    slug,
    nameKo: '새싹 모빌리티',
    nameEn: 'Saessak Mobility',
    kind: 'STARTUP',
    industry: 'automotive',
    region: 'SEJONG',
    employees: 9,
    website: 'https://saessak.example',
    visibility: 'PRIVATE',
    ...overrides,
  };
}
