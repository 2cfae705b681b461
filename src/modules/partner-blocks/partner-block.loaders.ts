import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { groupByKey } from '../../graphql/batch';
import { PartnerBlock } from './partner-block.entity';

export function createPartnerBlockLoaders(dataSource: DataSource) {
  return {
    /** The organisations each organisation blocked, oldest block first: one statement for any number of them. */
    blocksByOrganization: new DataLoader<number, PartnerBlock[]>(async (organizationIds) => {
      const blocks = await dataSource.getRepository(PartnerBlock).find({ where: { organizationId: In([...organizationIds]) }, order: { id: 'ASC' } });
      return groupByKey(organizationIds, blocks, (block) => block.organizationId);
    }),
  };
}
