import { DataSource, SelectQueryBuilder } from 'typeorm';
import { escapeLike } from '../../db/like';
import { applyKeyset, type Page, type PagePlan } from '../../db/keyset';
import { plainEntity } from '../../db/plain-rows';
import { SortDirection } from '../../graphql/sort-direction';
import { PilotCity } from '../cities/pilot-city.entity';
import { Domain } from '../taxonomy/domain.entity';
import { Industry } from '../taxonomy/industry.entity';
import { Technology } from '../taxonomy/technology.entity';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import type { Viewer } from '../accounts/viewer';
import { Organization, SEARCH_BIGRAMS, SEARCH_TEXT } from './organization.entity';
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

/**
 * A filter in plain lists; empty lists mean "no constraint". Slugs stay slugs: the statement looks
 * them up itself, and counts those it knows (`knownSlugs`), so a list costs no statement before
 * its page; an unknown slug is then named by the taxonomy (`checkSlugs`).
 */
interface PlainFilter {
  slugs: Record<SlugList, string[]>;
  minLevel: number | null;
  kinds: string[];
  regions: string[];
  statuses: MembershipStatus[];
  terms: string[];
}

const MAX_TERMS = 8;

type SlugList = 'domains' | 'technologies' | 'pilotCities' | 'industries';
const SLUG_LISTS: Record<SlugList, { target: Parameters<TaxonomyService['idsForSlugs']>[0]; table: string }> = {
  domains: { target: Domain, table: 'domain' },
  technologies: { target: Technology, table: 'technology' },
  pilotCities: { target: PilotCity, table: 'pilot_city' },
  industries: { target: Industry, table: 'industry' },
};
const slugLists = Object.keys(SLUG_LISTS) as SlugList[];

/** `id IN (…)` of the rows of a slug list's table that the filter names. */
const idsNamed = (list: SlugList) => `(SELECT x.id FROM ${SLUG_LISTS[list].table} x WHERE x.slug IN (:...${list}))`;

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
    const filter = plainFilter(args.filter ?? {});

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
      const page = read.totalCount ? this.countedPage(filtered, key.column, descending, plan) : applyKeyset(filtered, 'o', key.column, descending, plan);
      const fetch = planOrganization(this.dataSource, read.nodes, [key.property]);
      const named = slugLists.filter((list) => filter.slugs[list].length > 0);
      page.select(
        [
          plannedSelect(this.dataSource, fetch, 'o'),
          ...(read.totalCount ? ['(SELECT count(*)::int FROM matches) AS "totalCount"'] : []),
          ...(named.length > 0 ? [`${named.map((list) => `(SELECT count(*)::int FROM ${idsNamed(list)} k)`).join(' + ')} AS "knownSlugs"`] : []),
        ].join(', '),
      );
      page.setParameters(filter.slugs);
      const [sql, parameters] = page.getQueryAndParameters();
      const raw = await preparedQuery(this.dataSource, sql, parameters);
      // Every slug known (the first row says so), or the taxonomy names the unknown ones.
      if (named.length > 0 && raw[0]?.knownSlugs !== named.reduce((sum, list) => sum + filter.slugs[list].length, 0)) await this.checkSlugs(filter);
      const counted = raw[0]?.totalCount as number | undefined;
      // An empty page (past the last cursor) carries no count: then it is counted apart.
      return { rows: raw.map((row) => fromPlannedRow(this.dataSource, fetch, row)), keyOf, totalCount: counted ?? count };
    }
    await this.checkSlugs(filter);
    // Raw rows built into entities directly (plain-rows.ts): TypeORM's hydration cost more than the statement.
    const page = applyKeyset(filtered, 'o', key.column, descending, plan);
    const plain = plainEntity(this.dataSource, Organization);
    const raw: Record<string, unknown>[] = await page.getRawMany();
    return { rows: raw.map((row) => plain.fromRaw(row, 'o')), keyOf, totalCount: count };
  }

  /**
   * A page of `filtered` that also counts it, running the filter once: its matches are materialised
   * with their sort key, counted, and paged among themselves, so only the page's rows are read
   * again (a broad search word matches thousands; reading each again to sort it was about a
   * quarter of such a statement).
   */
  private countedPage(filtered: SelectQueryBuilder<Organization>, column: string, descending: boolean, plan: PagePlan): SelectQueryBuilder<Organization> {
    const inPage = applyKeyset(this.dataSource.createQueryBuilder().select('m.id').from('matches', 'm'), 'm', 'm.sort_key', descending, plan);
    const page = this.dataSource
      .getRepository(Organization)
      .createQueryBuilder('o')
      .addCommonTableExpression(filtered.clone().select('o.id', 'id').addSelect(column, 'sort_key'), 'matches', { materialized: true })
      .where(`o.id IN (${inPage.getQuery()})`)
      .setParameters(inPage.getParameters());
    return applyKeyset(page, 'o', column, descending, { ...plan, after: null, before: null });
  }

  private filteredQuery(filter: PlainFilter, viewer: Viewer | null): SelectQueryBuilder<Organization> {
    const qb = this.dataSource.getRepository(Organization).createQueryBuilder('o');
    qb.where('o.membership_status IN (:...statuses)', { statuses: filter.statuses });
    const visible = visibilityClause(viewer, 'o', ':viewerOrganizationId');
    if (visible.sql) qb.andWhere(visible.sql, { viewerOrganizationId: visible.organizationId });
    if (filter.kinds.length > 0) qb.andWhere('o.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.regions.length > 0) qb.andWhere('o.region IN (:...regions)', { regions: filter.regions });
    if (filter.slugs.industries.length > 0) qb.andWhere(`o.industry_id IN ${idsNamed('industries')}`);
    filter.terms.forEach((term, i) => {
      // A substring match with a trigram GIN index: works for Hangul and Latin alike, without a
      // Korean stemmer. Case-insensitive as ILIKE, on the stored lower-cased text.
      qb.andWhere(`${SEARCH_TEXT} LIKE lower(:term${i})`, { [`term${i}`]: `%${escapeLike(term)}%` });
      // Two characters have no trigram: their own index finds the texts holding that pair.
      if ([...term].length === 2) qb.andWhere(`${SEARCH_BIGRAMS} @> ARRAY[lower(:pair${i})]`, { [`pair${i}`]: term });
    });

    const { domains, technologies, pilotCities } = filter.slugs;
    const capabilityCriteria = domains.length > 0 || technologies.length > 0 || pilotCities.length > 0 || filter.minLevel !== null;
    if (capabilityCriteria) {
      const parts = ['c.organization_id = o.id'];
      if (domains.length > 0) parts.push(`c.domain_id IN ${idsNamed('domains')}`);
      if (filter.minLevel !== null) parts.push('c.level >= :minLevel');
      if (technologies.length > 0) {
        parts.push(`EXISTS (SELECT 1 FROM capability_technology ct WHERE ct.capability_id = c.id AND ct.technology_id IN ${idsNamed('technologies')})`);
      }
      if (pilotCities.length > 0) {
        parts.push(`EXISTS (SELECT 1 FROM capability_city cc WHERE cc.capability_id = c.id AND cc.pilot_city_id IN ${idsNamed('pilotCities')})`);
      }
      qb.andWhere(`EXISTS (SELECT 1 FROM capability c WHERE ${parts.join(' AND ')})`, { minLevel: filter.minLevel });
    }
    qb.setParameters(filter.slugs);
    return qb;
  }

  /** Throws BAD_USER_INPUT naming the slugs of `filter` that are unknown, with the known ones. */
  private async checkSlugs(filter: PlainFilter): Promise<void> {
    await Promise.all(
      slugLists
        .filter((list) => filter.slugs[list].length > 0)
        .map((list) => this.taxonomy.idsForSlugs(SLUG_LISTS[list].target, filter.slugs[list], `filter.${list}`)),
    );
  }
}

function plainFilter(filter: OrganizationFilter): PlainFilter {
  const statuses = filter.membershipStatuses?.length ? filter.membershipStatuses : [MembershipStatus.APPROVED];
  const slugs = (list: string[] | null | undefined) => [...new Set(list ?? [])];
  return {
    slugs: {
      domains: slugs(filter.domains),
      technologies: slugs(filter.technologies),
      pilotCities: slugs(filter.pilotCities),
      industries: slugs(filter.industries),
    },
    minLevel: filter.minLevel ?? null,
    kinds: filter.kinds ?? [],
    regions: filter.regions ?? [],
    statuses: [...new Set(statuses)],
    terms: (filter.query ?? '').trim().split(/\s+/).filter(Boolean).slice(0, MAX_TERMS),
  };
}
