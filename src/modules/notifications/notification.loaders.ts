import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { oneByKey } from '../../graphql/batch';
import { NotificationSettings } from './notification-settings.entity';

export function createNotificationLoaders(dataSource: DataSource) {
  return {
    /** Each account's stored mail choices; null where the account keeps the defaults. */
    notificationSettingsByAccount: new DataLoader<number, NotificationSettings | null>(async (accountIds) =>
      oneByKey(accountIds, await dataSource.getRepository(NotificationSettings).findBy({ accountId: In([...accountIds]) }), (s) => s.accountId),
    ),
  };
}
