import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { groupByKey } from '../../graphql/batch';
import { Account } from '../accounts/account.entity';

export function createTeamLoaders(dataSource: DataSource) {
  return {
    /** An organisation's team, owners first, then by email: one statement for any number of organisations. */
    teamByOrganization: new DataLoader<number, Account[]>(async (organizationIds) => {
      const accounts = await dataSource
        .getRepository(Account)
        .find({ where: { organizationId: In([...organizationIds]) }, order: { teamRole: 'ASC', email: 'ASC' } });
      return groupByKey(organizationIds, accounts, (account) => account.organizationId as number);
    }),
  };
}
