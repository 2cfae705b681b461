import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { groupByKey } from '../../graphql/batch';
import { ProjectInterest } from './project-interest.entity';

export function createProjectInterestLoaders(dataSource: DataSource) {
  return {
    /** Each project's expressions of interest, oldest first: one statement for any number of projects. */
    interestsByProject: new DataLoader<number, ProjectInterest[]>(async (projectIds) => {
      const interests = await dataSource
        .getRepository(ProjectInterest)
        .find({ where: { projectId: In([...projectIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
      return groupByKey(projectIds, interests, (interest) => interest.projectId);
    }),
  };
}
