import { DataSource } from 'typeorm';
import type { ProjectCandidate } from '../../matching/project-matches';
import type { CapabilityInput, OrganizationInput, ProjectInput } from '../../matching/types';
import { MembershipStatus, ProfileVisibility } from '../organizations/organization.enums';
import { ProjectStatus, type SlotRole } from '../projects/project.enums';
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

/** Reads projects as slots, and single organisations as capabilities, for matching. */
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
        budgetShare: slot.budgetShare,
      })),
    };
    return { project, slots, input };
  }

  /**
   * Every OPEN project in one statement, for projectMatches: its total slot weight, and only the
   * slots in `domainIds` (an organisation fits no other), with their technologies and roles.
   */
  async openProjects(domainIds: readonly number[]): Promise<(ProjectCandidate & OpenProject)[]> {
    const rows: {
      id: number;
      city_id: number;
      owner_id: number | null;
      status: ProjectStatus;
      total_weight: number;
      slots: [number, number, number[], number, number, string[] | null, SlotRole][];
    }[] = await this.dataSource.query(
      `SELECT p.id, p.city_id, p.owner_id, p.status, coalesce(sum(s.weight), 0)::int AS total_weight,
              coalesce(json_agg(json_build_array(s.id, s.domain_id,
                  ARRAY(SELECT t.technology_id FROM requirement_slot_technology t WHERE t.requirement_slot_id = s.id ORDER BY 1),
                  s.min_level, s.weight, s.allowed_kinds, s.role) ORDER BY s.position) FILTER (WHERE s.domain_id = ANY($2)), '[]') AS slots
         FROM project p LEFT JOIN requirement_slot s ON s.project_id = p.id
        WHERE p.status = $1
        GROUP BY p.id
        ORDER BY p.id`,
      [ProjectStatus.OPEN, domainIds],
    );
    return rows.map((row) => ({
      id: row.id,
      cityId: row.city_id,
      ownerId: row.owner_id,
      status: row.status,
      totalWeight: row.total_weight,
      roles: new Map(row.slots.map(([id, , , , , , role]) => [id, role])),
      slots: row.slots.map(([id, domainId, technologyIds, minLevel, weight, allowedKinds]) => ({
        id,
        domainId,
        technologyIds,
        minLevel,
        weight,
        allowedKinds,
      })),
    }));
  }

  /** One organisation with all its capabilities, whatever its membership (the seeker of partnerMatches). */
  async organization(id: number): Promise<(OrganizationInput & Profile) | null> {
    const [org]: { id: number; kind: string; industry_id: number; membership_status: MembershipStatus; visibility: ProfileVisibility }[] =
      await this.dataSource.query('SELECT id, kind, industry_id, membership_status, visibility FROM organization WHERE id = $1', [id]);
    if (!org) return null;
    const rows: CapabilityRow[] = await this.dataSource.query(
      `SELECT ${CAPABILITY_COLUMNS} FROM capability c JOIN organization o ON o.id = c.organization_id WHERE c.organization_id = $1 ORDER BY c.id`,
      [id],
    );
    return {
      id: org.id,
      kind: org.kind,
      industryId: org.industry_id,
      membershipStatus: org.membership_status,
      visibility: org.visibility,
      capabilities: rows.map(toCapability),
    };
  }

  /** Membership status and profile visibility of each id that exists. */
  async profiles(ids: readonly number[]): Promise<Map<number, Profile>> {
    if (ids.length === 0) return new Map();
    const rows: { id: number; membership_status: MembershipStatus; visibility: ProfileVisibility }[] = await this.dataSource.query(
      'SELECT id, membership_status, visibility FROM organization WHERE id = ANY($1)',
      [ids],
    );
    return new Map(rows.map((row) => [row.id, { id: row.id, membershipStatus: row.membership_status, visibility: row.visibility }]));
  }
}

function toCapability(row: CapabilityRow): CapabilityInput {
  return { id: row.id, domainId: row.domain_id, level: row.level, technologyIds: row.technology_ids, cityIds: row.city_ids };
}

/** What the visibility rule (src/modules/organizations/organization.access.ts) reads of an organisation. */
export interface Profile {
  id: number;
  membershipStatus: MembershipStatus;
  visibility: ProfileVisibility;
}

/** What projectMatches needs of an open project beyond its slots: the visibility rule's fields and the slots' roles. */
export interface OpenProject {
  ownerId: number | null;
  status: ProjectStatus;
  roles: Map<number, SlotRole>;
}
