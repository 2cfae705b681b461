import { DataSource } from 'typeorm';
import { TokenService, type TokenSettings } from './modules/accounts/tokens';
import { OrganizationService } from './modules/organizations/organization.service';
import { MatchingService } from './modules/matching/matching.service';
import { ProjectService } from './modules/projects/project.service';
import { TaxonomyService } from './modules/taxonomy/taxonomy.service';

/** The application's services, made once per process; they own queries and transactions. */
export function createServices(dataSource: DataSource, auth: TokenSettings) {
  const taxonomy = new TaxonomyService(dataSource);
  return {
    tokens: new TokenService(auth),
    taxonomy,
    organizations: new OrganizationService(dataSource, taxonomy),
    projects: new ProjectService(dataSource, taxonomy),
    matching: new MatchingService(dataSource, taxonomy),
  };
}

export type Services = ReturnType<typeof createServices>;
