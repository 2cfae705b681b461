import { DataSource, In } from 'typeorm';
import { byIdLoader } from '../../graphql/batch';
import { Account } from './account.entity';

export function createAccountLoaders(dataSource: DataSource) {
  return {
    accountById: byIdLoader((ids) => dataSource.getRepository(Account).findBy({ id: In(ids) })),
  };
}
