import DataLoader from 'dataloader';
import { DataSource, In, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { byIdLoader, groupByKey } from '../../graphql/batch';
import { PilotCity } from '../cities/pilot-city.entity';
import { Technology } from '../taxonomy/technology.entity';
import { Capability } from './capability.entity';

export function createCapabilityLoaders(dataSource: DataSource) {
  return {
    capabilityById: byIdLoader((ids) => dataSource.getRepository(Capability).findBy({ id: In(ids) })),
    capabilitiesByOrganization: new DataLoader<number, Capability[]>(async (organizationIds) => {
      const capabilities = await dataSource.getRepository(Capability).find({
        where: { organizationId: In([...organizationIds]) },
        order: { level: 'DESC', id: 'ASC' },
      });
      return groupByKey(organizationIds, capabilities, (c) => c.organizationId);
    }),
    technologiesByCapability: new DataLoader<number, Technology[]>((capabilityIds) =>
      loadThroughJoinTable(
        dataSource.getRepository(Technology).createQueryBuilder('x'),
        'capability_technology',
        'technology_id',
        capabilityIds,
      ),
    ),
    citiesByCapability: new DataLoader<number, PilotCity[]>((capabilityIds) =>
      loadThroughJoinTable(
        dataSource.getRepository(PilotCity).createQueryBuilder('x'),
        'capability_city',
        'pilot_city_id',
        capabilityIds,
      ),
    ),
  };
}

/** Rows linked to capabilities through a join table, in one statement, grouped by capability. */
async function loadThroughJoinTable<T extends ObjectLiteral & { id: number }>(
  qb: SelectQueryBuilder<T>,
  joinTable: string,
  targetColumn: string,
  capabilityIds: readonly number[],
): Promise<T[][]> {
  const { entities, raw } = await qb
    .innerJoin(joinTable, 'j', `j.${targetColumn} = x.id`)
    .addSelect('j.capability_id', 'capability_id')
    .where('j.capability_id IN (:...capabilityIds)', { capabilityIds })
    .orderBy('x.id', 'ASC')
    .getRawAndEntities<{ capability_id: number; x_id: number }>();
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const links = raw.map((row) => ({ capabilityId: row.capability_id, entity: byId.get(row.x_id) as T }));
  return groupByKey(capabilityIds, links, (link) => link.capabilityId).map((group) => group.map((link) => link.entity));
}
