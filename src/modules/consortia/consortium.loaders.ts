import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { byIdLoader, groupByKey } from '../../graphql/batch';
import { ConsortiumAssignment } from './consortium-assignment.entity';
import { ConsortiumMember } from './consortium-member.entity';
import { Consortium } from './consortium.entity';

export function createConsortiumLoaders(dataSource: DataSource) {
  return {
    consortiumById: byIdLoader((ids) => dataSource.getRepository(Consortium).findBy({ id: In(ids) })),
    /** Members in the order they were added. */
    membersByConsortium: new DataLoader<number, ConsortiumMember[]>(async (ids) => {
      const rows = await dataSource.getRepository(ConsortiumMember).find({ where: { consortiumId: In([...ids]) }, order: { id: 'ASC' } });
      return groupByKey(ids, rows, (row) => row.consortiumId);
    }),
    /** Assignments in slot order. */
    assignmentsByConsortium: new DataLoader<number, ConsortiumAssignment[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(ConsortiumAssignment)
        .createQueryBuilder('a')
        .innerJoin('requirement_slot', 's', 's.id = a.requirement_slot_id')
        .where('a.consortium_id IN (:...ids)', { ids: [...ids] })
        .orderBy('s.position', 'ASC')
        .addOrderBy('a.id', 'ASC')
        .getMany();
      return groupByKey(ids, rows, (row) => row.consortiumId);
    }),
  };
}
