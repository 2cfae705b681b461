import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { loadThroughJoinTable } from '../../db/join-table';
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
        // The domain rides along in the same statement: nearly every reader of capabilities asks for it.
        relations: { domain: true },
        order: { level: 'DESC', id: 'ASC' },
      });
      return groupByKey(organizationIds, capabilities, (c) => c.organizationId);
    }),
    technologiesByCapability: new DataLoader<number, Technology[]>((capabilityIds) =>
      loadThroughJoinTable(
        dataSource.getRepository(Technology).createQueryBuilder('t'),
        { table: 'capability_technology', ownerColumn: 'capability_id', targetColumn: 'technology_id' },
        capabilityIds,
      ),
    ),
    citiesByCapability: new DataLoader<number, PilotCity[]>((capabilityIds) =>
      loadThroughJoinTable(
        dataSource.getRepository(PilotCity).createQueryBuilder('c'),
        { table: 'capability_city', ownerColumn: 'capability_id', targetColumn: 'pilot_city_id' },
        capabilityIds,
      ),
    ),
  };
}
