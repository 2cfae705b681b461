import { DataSource } from 'typeorm';
import type { OrganizationInput, SlotInput } from '../../matching/types';
import { MembershipStatus, ProfileVisibility } from '../organizations/organization.enums';

/**
 * Which approved members a caller may be matched with, by the profile visibility rule of
 * src/modules/organizations/organization.access.ts: planners and admins all; members of an approved
 * organisation PUBLIC and MEMBERS profiles; everyone else PUBLIC ones.
 */
export type PoolScope = 'all' | 'members' | 'public';

/** Every APPROVED organisation with all its capabilities, as the matching core reads them, tagged with the data version. */
export interface Pool {
  version: string;
  /** Sorted by id. */
  organizations: OrganizationInput[];
  /** For each domain, its capabilities, each with its organisation's position in `organizations`. */
  byDomain: Map<number, DomainCapability[]>;
  visibility: Map<number, ProfileVisibility>;
  /** The narrower scopes of this same pool, made on first use. */
  views: Map<PoolScope, Pool>;
}

/** A capability as candidatesFor tests it. */
interface DomainCapability {
  position: number;
  level: number;
  technologyIds: number[];
}

/** [organisation id, kind, industry id, [[capability id, domain id, level, technology ids, city ids], …]]. */
type PoolRow = [number, string, number, [number, number, number, number[], number[]][], ProfileVisibility];

/**
 * The candidate pool, kept in memory between requests and re-read when `matching_data_version`
 * (bumped by triggers on every change to what matching reads) moves on. Reading 40,000
 * capabilities costs more than a whole partner search, so it is paid once per change, not per request.
 */
export class CandidatePool {
  private pool: Pool | null = null;
  private pending: { version: string; promise: Promise<Pool> } | null = null;
  /** How many times the pool was read from the database (for tests and logs). */
  loads = 0;

  constructor(private readonly dataSource: DataSource) {}

  async current(): Promise<Pool> {
    // The version is read before the data: a change landing in between makes the next request
    // read again, never leaves newer data unseen.
    const [{ version }]: { version: string }[] = await this.dataSource.query('SELECT version::text AS version FROM matching_data_version WHERE id = 1');
    if (this.pool?.version === version) return this.pool;
    if (this.pending?.version !== version) this.pending = { version, promise: this.load(version) };
    const pending = this.pending;
    try {
      const pool = await pending.promise;
      if (!this.pool || BigInt(pool.version) > BigInt(this.pool.version)) this.pool = pool;
      return pool;
    } finally {
      if (this.pending === pending) this.pending = null;
    }
  }

  private async load(version: string): Promise<Pool> {
    this.loads++;
    const [{ rows }]: { rows: PoolRow[] }[] = await this.dataSource.query(
      `SELECT coalesce(json_agg(json_build_array(o.id, o.kind, o.industry_id, (
                SELECT coalesce(json_agg(json_build_array(c.id, c.domain_id, c.level,
                         ARRAY(SELECT ct.technology_id FROM capability_technology ct WHERE ct.capability_id = c.id ORDER BY 1),
                         ARRAY(SELECT cc.pilot_city_id FROM capability_city cc WHERE cc.capability_id = c.id ORDER BY 1))
                       ORDER BY c.id), '[]')
                  FROM capability c WHERE c.organization_id = o.id), o.visibility) ORDER BY o.id), '[]') AS rows
         FROM organization o WHERE o.membership_status = $1`,
      [MembershipStatus.APPROVED],
    );
    const visibility = new Map(rows.map(([id, , , , shown]) => [id, shown]));
    const organizations: OrganizationInput[] = rows.map(([id, kind, industryId, capabilities]) => ({
      id,
      kind,
      industryId,
      capabilities: capabilities.map(([capabilityId, domainId, level, technologyIds, cityIds]) => ({
        id: capabilityId,
        domainId,
        level,
        technologyIds,
        cityIds,
      })),
    }));
    return index(version, organizations, visibility);
  }
}

/** `pool` as `scope` may see it; each narrower view is made once per pool version. */
export function scoped(pool: Pool, scope: PoolScope): Pool {
  if (scope === 'all') return pool;
  let view = pool.views.get(scope);
  if (!view) {
    const shown: ProfileVisibility[] = scope === 'public' ? [ProfileVisibility.PUBLIC] : [ProfileVisibility.PUBLIC, ProfileVisibility.MEMBERS];
    view = index(
      pool.version,
      pool.organizations.filter((o) => shown.includes(pool.visibility.get(o.id)!)),
      pool.visibility,
    );
    pool.views.set(scope, view);
  }
  return view;
}

function index(version: string, organizations: OrganizationInput[], visibility: Map<number, ProfileVisibility>): Pool {
  const byDomain = new Map<number, DomainCapability[]>();
  organizations.forEach((organization, position) => {
    for (const { domainId, level, technologyIds } of organization.capabilities) {
      let list = byDomain.get(domainId);
      if (!list) byDomain.set(domainId, (list = []));
      list.push({ position, level, technologyIds });
    }
  });
  return { version, organizations, byDomain, visibility, views: new Map() };
}

/**
 * The organisations with a capability that can fit some slot: in its domain, at its minimum level,
 * sharing a technology when the slot names any. Every other organisation has fit 0 on every slot.
 */
export function candidatesFor(pool: Pool, slots: readonly SlotInput[]): OrganizationInput[] {
  // Marked by position and read back in pool order, which is id order: no set, no sort (a solve's
  // main-thread time is time every other request waits).
  const fits = new Uint8Array(pool.organizations.length);
  for (const { domainId, minLevel, technologyIds: wanted } of slots) {
    for (const capability of pool.byDomain.get(domainId) ?? []) {
      if (fits[capability.position] === 1 || capability.level < minLevel) continue;
      if (wanted.length === 0 || capability.technologyIds.some((t) => wanted.includes(t))) fits[capability.position] = 1;
    }
  }
  const found: OrganizationInput[] = [];
  for (let position = 0; position < fits.length; position++) if (fits[position] === 1) found.push(pool.organizations[position]!);
  return found;
}

/** Approved organisations outside `industryId` and `except`, lowest ids first. */
export function otherIndustryMembers(pool: Pool, industryId: number, except: ReadonlySet<number>, limit: number): OrganizationInput[] {
  const found: OrganizationInput[] = [];
  for (const organization of pool.organizations) {
    if (found.length >= limit) break;
    if (organization.industryId !== industryId && !except.has(organization.id)) found.push(organization);
  }
  return found;
}
