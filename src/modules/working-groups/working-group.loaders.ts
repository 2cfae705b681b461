import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { plainEntity } from '../../db/plain-rows';
import { byIdLoader, groupByKey } from '../../graphql/batch';
import { WorkingGroupMembership } from './working-group-membership.entity';
import { WorkingGroup } from './working-group.entity';

export function createWorkingGroupLoaders(dataSource: DataSource) {
  return {
    workingGroupById: byIdLoader((ids) => dataSource.getRepository(WorkingGroup).findBy({ id: In(ids) })),
    membershipsByOrganization: new DataLoader<number, WorkingGroupMembership[]>(async (organizationIds) => {
      // Plain SQL (plain-rows.ts): every profile read asks for these.
      const membership = plainEntity(dataSource, WorkingGroupMembership);
      const group = plainEntity(dataSource, WorkingGroup);
      const rows: Record<string, unknown>[] = await dataSource.query(
        // The group rides along in the same statement: a membership is read for its group.
        `SELECT ${membership.select('m')}, ${group.select('g', 'workingGroup.')}
           FROM working_group_membership m JOIN working_group g ON g.id = m.working_group_id
          WHERE m.organization_id = ANY($1)
          ORDER BY m.working_group_id ASC`,
        [organizationIds],
      );
      const memberships = rows.map((row) => Object.assign(membership.from(row), { workingGroup: group.from(row, 'workingGroup.') }));
      return groupByKey(organizationIds, memberships, (m) => m.organizationId);
    }),
  };
}
