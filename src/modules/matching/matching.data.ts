import { DataSource } from 'typeorm';
import type { CapabilityInput, OrganizationInput, ProjectInput, SlotInput } from '../../matching/types';
import { MembershipStatus } from '../organizations/organization.enums';
import { Project } from '../projects/project.entity';
import { RequirementSlot } from '../projects/requirement-slot.entity';

/** [capability id, organisation id, kind, industry id, domain id, level, technology ids, deployed in the project city]. */
type CandidateRow = [number, number, string, number, number, number, number[], boolean];

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
   * minimum level, and sharing a technology when the slot names any. Everything else has fit 0.
   * The slots go in as one JSON parameter and the rows come back as one JSON array: on 10,000
   * members that is several times faster than an OR per slot and row-by-row array parsing.
   * Only the project city is looked up among a capability's cities: it is all the fit needs.
   */
  async candidates(slots: readonly SlotInput[], cityId: number): Promise<OrganizationInput[]> {
    if (slots.length === 0) return [];
    const [{ rows }]: { rows: CandidateRow[] }[] = await this.dataSource.query(
      `WITH s AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS s(domain_id int, min_level int, techs int[])),
       hit AS MATERIALIZED (
         SELECT DISTINCT c.id FROM capability c JOIN s ON c.domain_id = s.domain_id AND c.level >= s.min_level
          WHERE cardinality(s.techs) = 0
             OR EXISTS (SELECT 1 FROM capability_technology x WHERE x.capability_id = c.id AND x.technology_id = ANY(s.techs)))
       SELECT coalesce(json_agg(json_build_array(
                c.id, c.organization_id, o.kind, o.industry_id, c.domain_id, c.level,
                ARRAY(SELECT ct.technology_id FROM capability_technology ct WHERE ct.capability_id = c.id ORDER BY 1),
                EXISTS (SELECT 1 FROM capability_city cc WHERE cc.capability_id = c.id AND cc.pilot_city_id = $3))
              ORDER BY c.organization_id, c.id), '[]') AS rows
         FROM hit JOIN capability c ON c.id = hit.id
         JOIN organization o ON o.id = c.organization_id AND o.membership_status = $2`,
      [JSON.stringify(slots.map((slot) => ({ domain_id: slot.domainId, min_level: slot.minLevel, techs: slot.technologyIds }))), MembershipStatus.APPROVED, cityId],
    );
    const organizations = new Map<number, OrganizationInput>();
    for (const [id, organizationId, kind, industryId, domainId, level, technologyIds, inCity] of rows) {
      let organization = organizations.get(organizationId);
      if (!organization) {
        organization = { id: organizationId, kind, industryId, capabilities: [] };
        organizations.set(organizationId, organization);
      }
      organization.capabilities.push({ id, domainId, level, technologyIds, cityIds: inCity ? [cityId] : [] });
    }
    return [...organizations.values()];
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
