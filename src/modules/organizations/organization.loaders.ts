import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { plainEntity } from '../../db/plain-rows';
import { byIdLoader } from '../../graphql/batch';
import { Connection } from '../../graphql/connection';
import { encodeCursor } from '../../graphql/cursor';
import { Industry } from '../taxonomy/industry.entity';
import { Organization } from './organization.entity';
import { MembershipStatus } from './organization.enums';
import { OrganizationOrderField } from './organization.inputs';
import type { Viewer } from '../accounts/viewer';
import { visibilityClause } from './organization.access';
import { type PlannedOrganizationKey, readPlannedOrganizations } from './organization.plan';

/** The first approved organisations of one group (a domain, a working group), by Korean name, and how many there are. */
export interface OrganizationSlice {
  organizationIds: number[];
  totalCount: number;
}

export interface SliceKey {
  groupId: number;
  first: number;
}

export function createOrganizationLoaders(dataSource: DataSource, viewer: Viewer | null = null) {
  return {
    // The industry (a small table) rides along in the same statement, saving a round trip for profile reads.
    organizationById: byIdLoader(async (ids) => {
      // Plain SQL (plain-rows.ts): every profile read starts here.
      const organization = plainEntity(dataSource, Organization);
      const industry = plainEntity(dataSource, Industry);
      const rows: Record<string, unknown>[] = await dataSource.query(
        `SELECT ${organization.select('o')}, ${industry.select('i', 'industry.')}
           FROM organization o JOIN industry i ON i.id = o.industry_id
          WHERE o.id = ANY($1)`,
        [ids],
      );
      return rows.map((row) => Object.assign(organization.from(row), { industry: industry.from(row, 'industry.') }));
    }),
    // `organization(id)` fields, planned (organization.plan.ts); keys carry a selection, so nothing is cached.
    plannedOrganizationById: new DataLoader<PlannedOrganizationKey, Organization | null>((keys) => readPlannedOrganizations(dataSource, viewer, keys), {
      cache: false,
    }),
    organizationsByDomain: sliceLoader(dataSource, 'SELECT DISTINCT domain_id AS group_id, organization_id FROM capability WHERE domain_id = ANY($1)', viewer),
    organizationsByWorkingGroup: sliceLoader(
      dataSource,
      'SELECT working_group_id AS group_id, organization_id FROM working_group_membership WHERE working_group_id = ANY($1)',
      viewer,
    ),
  };
}

/**
 * Top-N-per-group in one statement (a window function), so a list of domains each with its
 * organisations costs the same number of statements for 1 domain or 10.
 */
function sliceLoader(dataSource: DataSource, pairsSql: string, viewer: Viewer | null): DataLoader<SliceKey, OrganizationSlice, string> {
  // Only what the viewer may see is counted and listed (organization.access.ts).
  const visible = visibilityClause(viewer, 'o', '$4');
  const visibleSql = visible.sql ? `AND ${visible.sql}` : '';
  const visibleParams = visible.organizationId !== null ? [visible.organizationId] : [];
  return new DataLoader<SliceKey, OrganizationSlice, string>(
    async (keys) => {
      const slices = new Map<string, OrganizationSlice>();
      for (const first of new Set(keys.map((key) => key.first))) {
        const groupIds = keys.filter((key) => key.first === first).map((key) => key.groupId);
        const rows: { group_id: number; id: number; total: string }[] = await dataSource.query(
          `WITH pairs AS (${pairsSql}),
           ranked AS (
             SELECT p.group_id, o.id,
                    row_number() OVER (PARTITION BY p.group_id ORDER BY o.name_ko, o.id) AS rn,
                    count(*) OVER (PARTITION BY p.group_id) AS total
               FROM pairs p JOIN organization o ON o.id = p.organization_id
              WHERE o.membership_status = $3 ${visibleSql})
           SELECT group_id, id, total FROM ranked WHERE rn <= $2 ORDER BY group_id, rn`,
          [groupIds, Math.max(first, 1), MembershipStatus.APPROVED, ...visibleParams],
        );
        for (const groupId of groupIds) slices.set(`${groupId}:${first}`, { organizationIds: [], totalCount: 0 });
        for (const row of rows) {
          const slice = slices.get(`${row.group_id}:${first}`) as OrganizationSlice;
          slice.totalCount = Number(row.total);
          if (slice.organizationIds.length < first) slice.organizationIds.push(row.id);
        }
      }
      return keys.map((key) => slices.get(`${key.groupId}:${key.first}`) as OrganizationSlice);
    },
    { cacheKeyFn: (key) => `${key.groupId}:${key.first}` },
  );
}

/** A slice as the first page of `organizations(filter, orderBy: NAME_KO)`, so its cursors continue there. */
export async function sliceToConnection(slice: OrganizationSlice, load: DataLoader<number, Organization | null>): Promise<Connection<Organization>> {
  const organizations = (await load.loadMany(slice.organizationIds)).filter((o): o is Organization => o instanceof Organization);
  const edges = organizations.map((node) => ({
    cursor: encodeCursor({ order: `${OrganizationOrderField.NAME_KO}:ASC`, value: node.nameKo, id: node.id }),
    node,
  }));
  return {
    edges,
    totalCount: slice.totalCount,
    pageInfo: {
      hasNextPage: slice.totalCount > edges.length,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
