import { DataSource } from 'typeorm';
import type { CapabilityInput, OrganizationInput, ProjectInput, SlotInput } from '../../matching/types';
import { MembershipStatus } from '../organizations/organization.enums';
import { Project } from '../projects/project.entity';
import { RequirementSlot } from '../projects/requirement-slot.entity';

interface CapabilityRow {
  id: number;
  organization_id: number;
  kind: string;
  industry_id: number;
  domain_id: number;
  level: number;
  technology_ids: number[];
  city_ids: number[];
}

const CAPABILITY_COLUMNS = `
  c.id, c.organization_id, o.kind, o.industry_id, c.domain_id, c.level,
  ARRAY(SELECT ct.technology_id FROM capability_technology ct WHERE ct.capability_id = c.id ORDER BY 1) AS technology_ids,
  ARRAY(SELECT cc.pilot_city_id FROM capability_city cc WHERE cc.capability_id = c.id ORDER BY 1) AS city_ids`;

/** Reads matching instances (projects as slots, organisations as capabilities) in a few statements. */
export class MatchingData {
  constructor(private readonly dataSource: DataSource) {}

  async project(projectId: number): Promise<{ project: Project; slots: RequirementSlot[]; input: ProjectInput } | null> {
    const project = await this.dataSource.getRepository(Project).findOneBy({ id: projectId });
    if (!project) return null;
    const slots = await this.dataSource.getRepository(RequirementSlot).find({ where: { projectId }, order: { position: 'ASC' } });
    const links: { slot_id: number; technology_id: number }[] = slots.length
      ? await this.dataSource.query(
          'SELECT requirement_slot_id AS slot_id, technology_id FROM requirement_slot_technology WHERE requirement_slot_id = ANY($1) ORDER BY 2',
          [slots.map((s) => s.id)],
        )
      : [];
    const input: ProjectInput = {
      cityId: project.cityId,
      slots: slots.map((slot) => ({
        id: slot.id,
        domainId: slot.domainId,
        technologyIds: links.filter((l) => l.slot_id === slot.id).map((l) => l.technology_id),
        minLevel: slot.minLevel,
        weight: slot.weight,
        allowedKinds: slot.allowedKinds,
      })),
    };
    return { project, slots, input };
  }

  /**
   * APPROVED organisations with the capabilities that can fit some slot: in its domain, at its
   * minimum level, and sharing a technology when the slot names any. Everything else has fit 0,
   * so leaving it in the database keeps the read small on 10,000 members.
   */
  async candidates(slots: readonly SlotInput[]): Promise<OrganizationInput[]> {
    if (slots.length === 0) return [];
    const params: unknown[] = [MembershipStatus.APPROVED];
    const param = (value: unknown) => `$${params.push(value)}`;
    const perSlot = slots.map((slot) => {
      const parts = [`c.domain_id = ${param(slot.domainId)}`, `c.level >= ${param(slot.minLevel)}`];
      if (slot.technologyIds.length > 0) {
        parts.push(
          `EXISTS (SELECT 1 FROM capability_technology x WHERE x.capability_id = c.id AND x.technology_id = ANY(${param(slot.technologyIds)}))`,
        );
      }
      return `(${parts.join(' AND ')})`;
    });
    const rows: CapabilityRow[] = await this.dataSource.query(
      `SELECT ${CAPABILITY_COLUMNS}
         FROM capability c JOIN organization o ON o.id = c.organization_id
        WHERE o.membership_status = $1 AND (${perSlot.join(' OR ')})
        ORDER BY c.organization_id, c.id`,
      params,
    );
    return groupIntoOrganizations(rows);
  }

  /** One organisation with all its capabilities, whatever its membership (the seeker of partnerMatches). */
  async organization(id: number): Promise<(OrganizationInput & { membershipStatus: MembershipStatus }) | null> {
    const [org]: { id: number; kind: string; industry_id: number; membership_status: MembershipStatus }[] = await this.dataSource.query(
      'SELECT id, kind, industry_id, membership_status FROM organization WHERE id = $1',
      [id],
    );
    if (!org) return null;
    const rows: CapabilityRow[] = await this.dataSource.query(
      `SELECT ${CAPABILITY_COLUMNS} FROM capability c JOIN organization o ON o.id = c.organization_id WHERE c.organization_id = $1 ORDER BY c.id`,
      [id],
    );
    return { id: org.id, kind: org.kind, industryId: org.industry_id, membershipStatus: org.membership_status, capabilities: rows.map(toCapability) };
  }

  /** Approved members of other industries than `industryId`, lowest ids first, skipping `exceptIds`; no capabilities. */
  async otherIndustryMembers(industryId: number, exceptIds: readonly number[], limit: number): Promise<OrganizationInput[]> {
    const rows: { id: number; kind: string; industry_id: number }[] = await this.dataSource.query(
      `SELECT id, kind, industry_id FROM organization
        WHERE membership_status = $1 AND industry_id <> $2 AND id <> ALL($3)
        ORDER BY id LIMIT $4`,
      [MembershipStatus.APPROVED, industryId, exceptIds, limit],
    );
    return rows.map((row) => ({ id: row.id, kind: row.kind, industryId: row.industry_id, capabilities: [] }));
  }

  /** Membership status of each id that exists. */
  async statuses(ids: readonly number[]): Promise<Map<number, MembershipStatus>> {
    if (ids.length === 0) return new Map();
    const rows: { id: number; membership_status: MembershipStatus }[] = await this.dataSource.query(
      'SELECT id, membership_status FROM organization WHERE id = ANY($1)',
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.membership_status]));
  }
}

function toCapability(row: CapabilityRow): CapabilityInput {
  return { id: row.id, domainId: row.domain_id, level: row.level, technologyIds: row.technology_ids, cityIds: row.city_ids };
}

function groupIntoOrganizations(rows: CapabilityRow[]): OrganizationInput[] {
  const organizations = new Map<number, OrganizationInput>();
  for (const row of rows) {
    let organization = organizations.get(row.organization_id);
    if (!organization) {
      organization = { id: row.organization_id, kind: row.kind, industryId: row.industry_id, capabilities: [] };
      organizations.set(row.organization_id, organization);
    }
    organization.capabilities.push(toCapability(row));
  }
  return [...organizations.values()];
}
