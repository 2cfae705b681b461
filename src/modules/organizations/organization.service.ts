import { DataSource, SelectQueryBuilder } from 'typeorm';
import { applyKeyset, type Page, type PagePlan } from '../../db/keyset';
import { plainEntity } from '../../db/plain-rows';
import { SortDirection } from '../../graphql/sort-direction';
import { PilotCity } from '../cities/pilot-city.entity';
import { Domain } from '../taxonomy/domain.entity';
import { Industry } from '../taxonomy/industry.entity';
import { Technology } from '../taxonomy/technology.entity';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import type { Viewer } from '../accounts/viewer';
import { Organization, SEARCH_TEXT } from './organization.entity';
import { MembershipStatus } from './organization.enums';
import { OrganizationFilter, OrganizationOrderField, OrganizationsArgs } from './organization.inputs';
import { visibilityClause } from './organization.access';
import { fromPlannedRow, planOrganization, plannedSelect } from './organization.plan';
import { preparedQuery } from '../../db/prepared-query';
import type { Selection } from '../../graphql/selection';

/** Sort keys: the SQL column and how a row's value goes into a cursor. */
const ORDER_KEYS: Record<OrganizationOrderField, { column: string; property: keyof Organization; valueOf: (o: Organization) => string | number }> = {
  NAME_KO: { column: 'o.name_ko', property: 'nameKo', valueOf: (o) => o.nameKo },
  NAME_EN: { column: 'o.name_en', property: 'nameEn', valueOf: (o) => o.nameEn },
  EMPLOYEES: { column: 'o.employees', property: 'employees', valueOf: (o) => o.employees },
  CREATED_AT: { column: 'o.created_at', property: 'createdAt', valueOf: (o) => o.createdAt.toISOString() },
};

/** A filter with slugs turned into ids; empty lists mean "no constraint". */
interface ResolvedFilter {
  domainIds: number[];
  technologyIds: number[];
  cityIds: number[];
  industryIds: number[];
  minLevel: number | null;
  kinds: string[];
  regions: string[];
  statuses: MembershipStatus[];
  terms: string[];
}

const MAX_TERMS = 8;

/** What a planned page reads: its nodes' selection, and whether the count is selected too. */
export interface PlannedRead {
  nodes: Selection;
  totalCount: boolean;
}

/** How a list of organisations is sorted; `order` names it in cursors (`NAME_KO:ASC`). */
export function organizationsOrder(args: Pick<OrganizationsArgs, 'orderBy'>): { field: OrganizationOrderField; descending: boolean; order: string } {
  const field = args.orderBy?.field ?? OrganizationOrderField.NAME_KO;
  const descending = args.orderBy?.direction === SortDirection.DESC;
  return { field, descending, order: `${field}:${descending ? 'DESC' : 'ASC'}` };
}

export class OrganizationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /**
   * A page of the organisations `viewer` may see (organization.access.ts). Membership statuses other than
   * APPROVED are a filter like any other: a non-admin asking for them gets only what it may see.
   */
  async list(args: OrganizationsArgs, plan: PagePlan, viewer: Viewer | null = null, read?: PlannedRead): Promise<Page<Organization>> {
    const { field, descending } = organizationsOrder(args);
    const filter = await this.resolveFilter(args.filter ?? {});

    const filtered = this.filteredQuery(filter, viewer);
    // Counted only when the client selects totalCount: the count visits every match, the page only `first`.
    const counting = filtered.clone().select('count(*)::int', 'count');
    const key = ORDER_KEYS[field];
    const keyOf = (o: Organization) => ({ value: key.valueOf(o), id: o.id });
    const count = async () => {
      const [sql, parameters] = counting.getQueryAndParameters();
      const [row] = await preparedQuery<{ count: number }>(this.dataSource, sql, parameters);
      return row.count;
    };
    if (read) {
      // The page and what the query selects below it in one prepared statement (organization.plan.ts).
      // With the count, the filter runs once: its matches are materialised, then counted and paged
      // (a search's word test on every candidate row was the costliest part, and ran twice).
      const page = read.totalCount
        ? applyKeyset(
            this.dataSource
              .getRepository(Organization)
              .createQueryBuilder('o')
              .addCommonTableExpression(filtered.clone().select('o.id', 'id'), 'matches', { materialized: true })
              .where('o.id IN (SELECT id FROM matches)'),
            'o',
            key.column,
            descending,
            plan,
          )
        : applyKeyset(filtered, 'o', key.column, descending, plan);
      const fetch = planOrganization(this.dataSource, read.nodes, [key.property]);
      page.select([plannedSelect(this.dataSource, fetch, 'o'), ...(read.totalCount ? ['(SELECT count(*)::int FROM matches) AS "totalCount"'] : [])].join(', '));
      const [sql, parameters] = page.getQueryAndParameters();
      const raw = await preparedQuery(this.dataSource, sql, parameters);
      const counted = raw[0]?.totalCount as number | undefined;
      // An empty page (past the last cursor) carries no count: then it is counted apart.
      return { rows: raw.map((row) => fromPlannedRow(this.dataSource, fetch, row)), keyOf, totalCount: counted ?? count };
    }
    // Raw rows built into entities directly (plain-rows.ts): TypeORM's hydration cost more than the statement.
    const page = applyKeyset(filtered, 'o', key.column, descending, plan);
    const plain = plainEntity(this.dataSource, Organization);
    const raw: Record<string, unknown>[] = await page.getRawMany();
    return { rows: raw.map((row) => plain.fromRaw(row, 'o')), keyOf, totalCount: count };
  }

  private filteredQuery(filter: ResolvedFilter, viewer: Viewer | null): SelectQueryBuilder<Organization> {
    const qb = this.dataSource.getRepository(Organization).createQueryBuilder('o');
    qb.where('o.membership_status IN (:...statuses)', { statuses: filter.statuses });
    const visible = visibilityClause(viewer, 'o', ':viewerOrganizationId');
    if (visible.sql) qb.andWhere(visible.sql, { viewerOrganizationId: visible.organizationId });
    if (filter.kinds.length > 0) qb.andWhere('o.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.regions.length > 0) qb.andWhere('o.region IN (:...regions)', { regions: filter.regions });
    if (filter.industryIds.length > 0) qb.andWhere('o.industry_id IN (:...industryIds)', { industryIds: filter.industryIds });
    filter.terms.forEach((term, i) => {
      // A substring match with a trigram GIN index: works for Hangul and Latin alike, without a
      // Korean stemmer. Case-insensitive as ILIKE, on the stored lower-cased text.
      qb.andWhere(`${SEARCH_TEXT} LIKE lower(:term${i})`, { [`term${i}`]: `%${escapeLike(term)}%` });
    });

    const capabilityCriteria = filter.domainIds.length > 0 || filter.technologyIds.length > 0 || filter.cityIds.length > 0 || filter.minLevel !== null;
    if (capabilityCriteria) {
      const parts = ['c.organization_id = o.id'];
      if (filter.domainIds.length > 0) parts.push('c.domain_id IN (:...domainIds)');
      if (filter.minLevel !== null) parts.push('c.level >= :minLevel');
      if (filter.technologyIds.length > 0) {
        parts.push('EXISTS (SELECT 1 FROM capability_technology ct WHERE ct.capability_id = c.id AND ct.technology_id IN (:...technologyIds))');
      }
      if (filter.cityIds.length > 0) {
        parts.push('EXISTS (SELECT 1 FROM capability_city cc WHERE cc.capability_id = c.id AND cc.pilot_city_id IN (:...cityIds))');
      }
      qb.andWhere(`EXISTS (SELECT 1 FROM capability c WHERE ${parts.join(' AND ')})`, {
        domainIds: filter.domainIds,
        minLevel: filter.minLevel,
        technologyIds: filter.technologyIds,
        cityIds: filter.cityIds,
      });
    }
    return qb;
  }

  private async resolveFilter(filter: OrganizationFilter): Promise<ResolvedFilter> {
    const ids = (target: Parameters<TaxonomyService['idsForSlugs']>[0], slugs: string[] | null | undefined, argument: string) =>
      slugs && slugs.length > 0 ? this.taxonomy.idsForSlugs(target, slugs, argument) : Promise.resolve([]);
    const [domainIds, technologyIds, cityIds, industryIds] = await Promise.all([
      ids(Domain, filter.domains, 'filter.domains'),
      ids(Technology, filter.technologies, 'filter.technologies'),
      ids(PilotCity, filter.pilotCities, 'filter.pilotCities'),
      ids(Industry, filter.industries, 'filter.industries'),
    ]);
    const statuses = filter.membershipStatuses?.length ? filter.membershipStatuses : [MembershipStatus.APPROVED];
    return {
      domainIds,
      technologyIds,
      cityIds,
      industryIds,
      minLevel: filter.minLevel ?? null,
      kinds: filter.kinds ?? [],
      regions: filter.regions ?? [],
      statuses: [...new Set(statuses)],
      terms: (filter.query ?? '').trim().split(/\s+/).filter(Boolean).slice(0, MAX_TERMS),
    };
  }
}

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
