import { DataSource, In } from 'typeorm';
import { byIdLoader } from '../../graphql/batch';
import { Domain } from './domain.entity';
import { Industry } from './industry.entity';
import { Technology } from './technology.entity';

export function createTaxonomyLoaders(dataSource: DataSource) {
  return {
    domainById: byIdLoader((ids) => dataSource.getRepository(Domain).findBy({ id: In(ids) })),
    technologyById: byIdLoader((ids) => dataSource.getRepository(Technology).findBy({ id: In(ids) })),
    industryById: byIdLoader((ids) => dataSource.getRepository(Industry).findBy({ id: In(ids) })),
  };
}
