import { DataSource, In } from 'typeorm';
import { byIdLoader } from '../../graphql/batch';
import { Invitation } from './invitation.entity';

export function createInvitationLoaders(dataSource: DataSource) {
  return {
    invitationById: byIdLoader((ids) => dataSource.getRepository(Invitation).findBy({ id: In(ids) })),
  };
}
