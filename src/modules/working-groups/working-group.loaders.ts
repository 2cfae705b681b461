import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { byIdLoader, groupByKey } from '../../graphql/batch';
import { WorkingGroupMembership } from './working-group-membership.entity';
import { WorkingGroup } from './working-group.entity';

export function createWorkingGroupLoaders(dataSource: DataSource) {
  return {
    workingGroupById: byIdLoader((ids) => dataSource.getRepository(WorkingGroup).findBy({ id: In(ids) })),
    membershipsByOrganization: new DataLoader<number, WorkingGroupMembership[]>(async (organizationIds) => {
      const memberships = await dataSource.getRepository(WorkingGroupMembership).find({
        where: { organizationId: In([...organizationIds]) },
        // The group rides along in the same statement: a membership is read for its group.
        relations: { workingGroup: true },
        order: { workingGroupId: 'ASC' },
      });
      return groupByKey(organizationIds, memberships, (m) => m.organizationId);
    }),
  };
}
