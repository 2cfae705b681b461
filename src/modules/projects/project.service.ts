import { DataSource } from 'typeorm';
import { applyKeyset, type Page, type PagePlan } from '../../db/keyset';
import { SortDirection } from '../../graphql/sort-direction';
import { PilotCity } from '../cities/pilot-city.entity';
import { Domain } from '../taxonomy/domain.entity';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import type { Viewer } from '../accounts/viewer';
import { visibleProjectsClause } from './project.access';
import { ProjectStatus } from './project.enums';
import { Project } from './project.entity';
import { ProjectOrderField, ProjectsArgs } from './project.inputs';

const ORDER_KEYS: Record<ProjectOrderField, { column: string; valueOf: (p: Project) => string | number }> = {
  CREATED_AT: { column: 'p.created_at', valueOf: (p) => p.createdAt.toISOString() },
  TITLE_KO: { column: 'p.title_ko', valueOf: (p) => p.titleKo },
  TITLE_EN: { column: 'p.title_en', valueOf: (p) => p.titleEn },
};

/** Drafts are the planner's own business until they are opened. */
const PUBLISHED = Object.values(ProjectStatus).filter((s) => s !== ProjectStatus.DRAFT);

/** How a list of projects is sorted; `order` names it in cursors (`CREATED_AT:DESC`). */
export function projectsOrder(args: Pick<ProjectsArgs, 'orderBy'>): { field: ProjectOrderField; descending: boolean; order: string } {
  const field = args.orderBy?.field ?? ProjectOrderField.CREATED_AT;
  const descending = args.orderBy ? args.orderBy.direction === SortDirection.DESC : true;
  return { field, descending, order: `${field}:${descending ? 'DESC' : 'ASC'}` };
}

export class ProjectService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
  ) {}

  async list(args: ProjectsArgs, plan: PagePlan, viewer: Viewer | null = null): Promise<Page<Project>> {
    const { field, descending } = projectsOrder(args);
    const filter = args.filter ?? {};
    const [cityIds, domainIds] = await Promise.all([
      filter.cities?.length ? this.taxonomy.idsForSlugs(PilotCity, filter.cities, 'filter.cities') : [],
      filter.domains?.length ? this.taxonomy.idsForSlugs(Domain, filter.domains, 'filter.domains') : [],
    ]);

    const qb = this.dataSource.getRepository(Project).createQueryBuilder('p');
    qb.where('p.status IN (:...statuses)', { statuses: filter.statuses?.length ? filter.statuses : PUBLISHED });
    // Asking for DRAFT gives the drafts the viewer may see: an admin all, a planner its own, others none.
    const visible = visibleProjectsClause(viewer, 'p');
    if (visible) qb.andWhere(visible.sql, visible.parameters);
    if (cityIds.length > 0) qb.andWhere('p.city_id IN (:...cityIds)', { cityIds });
    if (domainIds.length > 0) {
      qb.andWhere('EXISTS (SELECT 1 FROM requirement_slot s WHERE s.project_id = p.id AND s.domain_id IN (:...domainIds))', { domainIds });
    }
    const totalCount = await qb.clone().getCount();
    const key = ORDER_KEYS[field];
    const rows = await applyKeyset(qb, 'p', key.column, descending, plan).getMany();
    return { rows, keyOf: (p) => ({ value: key.valueOf(p), id: p.id }), totalCount };
  }
}
