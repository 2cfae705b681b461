import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { loadThroughJoinTable } from '../../db/join-table';
import { plainEntity } from '../../db/plain-rows';
import { byIdLoader, groupByKey } from '../../graphql/batch';
import { PilotCity } from '../cities/pilot-city.entity';
import { Domain } from '../taxonomy/domain.entity';
import { Technology } from '../taxonomy/technology.entity';
import { Capability } from './capability.entity';

export function createCapabilityLoaders(dataSource: DataSource) {
  return {
    capabilityById: byIdLoader((ids) => dataSource.getRepository(Capability).findBy({ id: In(ids) })),
    capabilitiesByOrganization: new DataLoader<number, Capability[]>(async (organizationIds) => {
      // Plain SQL (plain-rows.ts): every organisation page reads this.
      const capability = plainEntity(dataSource, Capability);
      const domain = plainEntity(dataSource, Domain);
      const rows: Record<string, unknown>[] = await dataSource.query(
        // The domain rides along in the same statement: nearly every reader of capabilities asks for it.
        `SELECT ${capability.select('c')}, ${domain.select('d', 'domain.')}
           FROM capability c JOIN domain d ON d.id = c.domain_id
          WHERE c.organization_id = ANY($1)
          ORDER BY c.level DESC, c.id ASC`,
        [organizationIds],
      );
      const domains = new Map<number, Domain>();
      const capabilities = rows.map((row) => {
        const entity = capability.from(row);
        let shared = domains.get(entity.domainId);
        if (!shared) domains.set(entity.domainId, (shared = domain.from(row, 'domain.')));
        entity.domain = shared;
        return entity;
      });
      return groupByKey(organizationIds, capabilities, (c) => c.organizationId);
    }),
    technologiesByCapability: new DataLoader<number, Technology[]>((capabilityIds) =>
      loadThroughJoinTable(
        dataSource,
        Technology,
        { table: 'capability_technology', ownerColumn: 'capability_id', targetColumn: 'technology_id' },
        capabilityIds,
      ),
    ),
    citiesByCapability: new DataLoader<number, PilotCity[]>((capabilityIds) =>
      loadThroughJoinTable(dataSource, PilotCity, { table: 'capability_city', ownerColumn: 'capability_id', targetColumn: 'pilot_city_id' }, capabilityIds),
    ),
  };
}
