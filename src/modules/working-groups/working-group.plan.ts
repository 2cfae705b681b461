import type { DataSource } from 'typeorm';
import { plainEntity } from '../../db/plain-rows';
import { type PlannedField, prefetched } from '../../graphql/prefetched';
import { child, type Selection } from '../../graphql/selection';
import type { Organization } from '../organizations/organization.entity';
import { WorkingGroupMembership } from './working-group-membership.entity';
import { WorkingGroup } from './working-group.entity';

/** An organisation's working-group seats read in its planned statement (organization.plan.ts). */
export const plannedMemberships = prefetched<Organization, WorkingGroupMembership[]>();

/** What a seat's plan attaches, answered before the field resolver. */
export const plannedMembershipFields: PlannedField[] = [
  { type: 'WorkingGroupMembership', field: 'workingGroup', value: (membership: WorkingGroupMembership) => membership.workingGroup },
];

/** What to read of the seats for a selection: their columns, and the group's (null: not selected). */
export interface MembershipPlan {
  columns: readonly string[];
  group: readonly string[] | null;
}

export function planMemberships(dataSource: DataSource, selection: Selection): MembershipPlan {
  const group = child(selection, 'workingGroup');
  return {
    columns: plainEntity(dataSource, WorkingGroupMembership).columnsFor(selection.fields.keys(), ['organizationId', 'workingGroupId'], ['workingGroup']),
    group: group ? plainEntity(dataSource, WorkingGroup).columnsFor(group.fields.keys(), ['id']) : null,
  };
}

/** The seats of the organisation row `organization` as one JSON array, in group order as membershipsByOrganization reads them. */
export function membershipsJson(dataSource: DataSource, plan: MembershipPlan, organization: string): string {
  const pairs = [plainEntity(dataSource, WorkingGroupMembership).jsonPairs('m', plan.columns)];
  if (plan.group) pairs.push(`'workingGroup', json_build_object(${plainEntity(dataSource, WorkingGroup).jsonPairs('g', plan.group)})`);
  return `(SELECT coalesce(json_agg(json_build_object(${pairs.join(', ')}) ORDER BY m.working_group_id), '[]')
     FROM working_group_membership m${plan.group ? ' JOIN working_group g ON g.id = m.working_group_id' : ''} WHERE m.organization_id = ${organization}."id")`;
}

export function membershipsFromJson(dataSource: DataSource, plan: MembershipPlan, json: Record<string, unknown>[]): WorkingGroupMembership[] {
  const membership = plainEntity(dataSource, WorkingGroupMembership);
  const group = plainEntity(dataSource, WorkingGroup);
  return json.map((object) => {
    const entity = membership.fromJson(object);
    if (plan.group) entity.workingGroup = group.fromJson(object.workingGroup as Record<string, unknown>);
    return entity;
  });
}
