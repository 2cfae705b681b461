import type { DataSource } from 'typeorm';
import { plainEntity } from '../../db/plain-rows';
import type { PlannedField } from '../../graphql/prefetched';
import { child, type Selection } from '../../graphql/selection';
import {
  capabilitiesFromJson,
  capabilitiesJson,
  type CapabilityPlan,
  planCapabilities,
  plannedCapabilities,
  plannedCapabilityFields,
} from '../capabilities/capability.plan';
import { Industry } from '../taxonomy/industry.entity';
import {
  membershipsFromJson,
  membershipsJson,
  type MembershipPlan,
  planMemberships,
  plannedMembershipFields,
  plannedMemberships,
} from '../working-groups/working-group.plan';
import { preparedQuery } from '../../db/prepared-query';
import { AccountRole } from '../accounts/account.enums';
import type { Viewer } from '../accounts/viewer';
import { canSee } from './organization.access';
import { Organization } from './organization.entity';
import type { MembershipStatus } from './organization.enums';

/**
 * Plan, then fetch (docs/performance.md): what a query selects of organisations, read in the
 * statement that finds them. Only the columns the selection needs are read; the industry, the
 * capabilities (with domain, technologies, cities) and the working-group seats come as JSON from
 * correlated subqueries and are attached where the field resolvers look first. Anything the plan
 * does not cover is resolved as before, through the request's loaders.
 */
export interface OrganizationPlan {
  columns: readonly string[];
  industry: readonly string[] | null;
  capabilities: CapabilityPlan | null;
  workingGroups: MembershipPlan | null;
}

/** What an organisation's plan attaches, answered before the field resolvers (organization.resolver.ts). */
export const plannedOrganizationFields: PlannedField[] = [
  { type: 'Organization', field: 'industry', value: (organization: Organization) => organization.industry },
  { type: 'Organization', field: 'capabilities', value: (organization: Organization) => plannedCapabilities.get(organization) },
  { type: 'Organization', field: 'workingGroups', value: (organization: Organization) => plannedMemberships.get(organization) },
  ...plannedCapabilityFields,
  ...plannedMembershipFields,
];

/** Fields the plan fetches itself. */
const PLANNED = ['industry', 'capabilities', 'workingGroups'];
/** Read whatever is selected: keys the fallback resolvers use, and what the visibility rule reads. */
const ALWAYS = ['id', 'industryId', 'membershipStatus', 'visibility'];

/** `also`: columns the caller needs besides the selection (a page's sort key). */
export function planOrganization(dataSource: DataSource, selection: Selection, also: readonly string[] = []): OrganizationPlan {
  const industry = child(selection, 'industry');
  const capabilities = child(selection, 'capabilities');
  const workingGroups = child(selection, 'workingGroups');
  return {
    columns: plainEntity(dataSource, Organization).columnsFor(selection.fields.keys(), [...ALWAYS, ...also], PLANNED),
    industry: industry ? plainEntity(dataSource, Industry).columnsFor(industry.fields.keys(), ['id']) : null,
    capabilities: capabilities ? planCapabilities(dataSource, capabilities) : null,
    workingGroups: workingGroups ? planMemberships(dataSource, workingGroups) : null,
  };
}

/** The select list of a plan over the organisation row `alias`. */
export function plannedSelect(dataSource: DataSource, plan: OrganizationPlan, alias: string): string {
  const parts = [plainEntity(dataSource, Organization).select(alias, '', plan.columns)];
  if (plan.industry) {
    parts.push(
      `(SELECT json_build_object(${plainEntity(dataSource, Industry).jsonPairs('i', plan.industry)}) FROM industry i WHERE i.id = ${alias}."industry_id") AS "industry"`,
    );
  }
  if (plan.capabilities) parts.push(`${capabilitiesJson(dataSource, plan.capabilities, alias)} AS "capabilities"`);
  if (plan.workingGroups) parts.push(`${membershipsJson(dataSource, plan.workingGroups, alias)} AS "workingGroups"`);
  return parts.join(', ');
}

/** An organisation from a row read with `plannedSelect`, with what the plan fetched attached. */
export function fromPlannedRow(dataSource: DataSource, plan: OrganizationPlan, row: Record<string, unknown>): Organization {
  const organization = plainEntity(dataSource, Organization).from(row);
  if (plan.industry) organization.industry = plainEntity(dataSource, Industry).fromJson(row.industry as Record<string, unknown>);
  if (plan.capabilities)
    plannedCapabilities.set(organization, capabilitiesFromJson(dataSource, plan.capabilities, row.capabilities as Record<string, unknown>[]));
  if (plan.workingGroups)
    plannedMemberships.set(organization, membershipsFromJson(dataSource, plan.workingGroups, row.workingGroups as Record<string, unknown>[]));
  return organization;
}

/** One `organization(id)` field to read: the id and what is selected below it. */
export interface PlannedOrganizationKey {
  id: number;
  selection: Selection;
}

/**
 * The organisations of one request's `organization(id)` fields (a DataLoader batch, so aliases read
 * together and what they select batches too), one prepared statement per distinct plan, each
 * organisation null unless `viewer` may see it: the rule `loadVisibleOrganization` asks
 * (`canSee`), with the viewer's own organisation's status read in the same statement.
 */
export async function readPlannedOrganizations(
  dataSource: DataSource,
  viewer: Viewer | null,
  keys: readonly PlannedOrganizationKey[],
): Promise<(Organization | null)[]> {
  const own = viewer?.role === AccountRole.MEMBER ? viewer.organizationId : null;
  const groups = new Map<string, { fetch: OrganizationPlan; ids: Set<number> }>();
  const textOf = keys.map((key) => {
    const fetch = planOrganization(dataSource, key.selection);
    const text = `SELECT ${plannedSelect(dataSource, fetch, 'o')}, (SELECT v.membership_status FROM organization v WHERE v.id = $2) AS "viewerStatus"
                    FROM organization o WHERE o.id`;
    let group = groups.get(text);
    if (!group) groups.set(text, (group = { fetch, ids: new Set() }));
    group.ids.add(key.id);
    return text;
  });
  const found = new Map<string, Map<number, Organization | null>>();
  await Promise.all(
    [...groups].map(async ([text, { fetch, ids }]) => {
      // One id (nearly every request) as `= $1`: PostgreSQL then keeps one generic plan for the
      // statement, where `= ANY($1)` is estimated at ten rows and planned again on every execution.
      const rows = await (ids.size === 1
        ? preparedQuery(dataSource, `${text} = $1`, [[...ids][0], own])
        : preparedQuery(dataSource, `${text} = ANY($1)`, [[...ids], own]));
      const byId = new Map<number, Organization | null>();
      for (const row of rows) {
        const organization = fromPlannedRow(dataSource, fetch, row);
        const viewerStatus = row.viewerStatus as MembershipStatus | null;
        byId.set(organization.id, canSee(viewer, organization, viewerStatus === null ? null : { membershipStatus: viewerStatus }) ? organization : null);
      }
      found.set(text, byId);
    }),
  );
  return keys.map((key, i) => found.get(textOf[i])?.get(key.id) ?? null);
}
