// The `bench` schema: two SQL functions that give PostGraphile the two list filters its core
// lacks (a many-to-many filter and a text search), with exactly our semantics. Only the benchmark
// creates it, in its own database; our migrations never do.
import type { DataSource } from 'typeorm';
import { SEARCH_BIGRAMS, SEARCH_TEXT } from '../../../src/modules/organizations/organization.entity';

/**
 * `publicOnly`: anonymous viewers see only PUBLIC profiles once visibility rules apply; the bench
 * asks our server which rule it applies and gives PostGraphile the same one.
 */
export async function createBenchSchema(dataSource: DataSource, options: { publicOnly: boolean }): Promise<void> {
  const visible = `o.membership_status = 'APPROVED'${options.publicOnly ? ` AND o.visibility = 'PUBLIC'` : ''}`;
  await dataSource.transaction(async (manager) => {
    await manager.query('DROP SCHEMA IF EXISTS bench CASCADE');
    await manager.query('CREATE SCHEMA bench');
    // W1: `organizations(filter: { domains: [slug] })`, by Korean name then id; W6's pages add
    // `minLevel` (on the same capability, as ours), optional here: levels start at 1.
    await manager.query(`
      CREATE FUNCTION bench.organizations_in_domain(domain_slug text, min_level integer DEFAULT NULL) RETURNS SETOF public.organization
      LANGUAGE sql STABLE AS $$
        SELECT o.* FROM public.organization o
         WHERE ${visible}
           AND EXISTS (SELECT 1 FROM public.capability c
                        WHERE c.organization_id = o.id
                          AND c.level >= coalesce(min_level, 1)
                          AND c.domain_id IN (SELECT d.id FROM public.domain d WHERE d.slug = domain_slug))
         ORDER BY o.name_ko, o.id
      $$`);
    // W2: `organizations(filter: { query, domains, kinds, minLevel })`: one search word, matched
    // as ours (LIKE on the stored lower-cased text, which our trigram index covers; a word of two
    // characters through the index of pairs too), the capability criteria on one same capability.
    await manager.query(`
      CREATE FUNCTION bench.search_organizations(query text, domain_slugs text[], kinds public.organization_kind[], min_level integer)
      RETURNS SETOF public.organization
      LANGUAGE sql STABLE AS $$
        SELECT o.* FROM public.organization o
         WHERE ${visible}
           AND o.kind = ANY(kinds)
           AND ${SEARCH_TEXT} LIKE lower('%' || replace(replace(replace(query, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%')
           AND (length(query) <> 2 OR ${SEARCH_BIGRAMS} @> ARRAY[lower(query)])
           AND EXISTS (SELECT 1 FROM public.capability c
                        WHERE c.organization_id = o.id
                          AND c.domain_id IN (SELECT d.id FROM public.domain d WHERE d.slug = ANY(domain_slugs))
                          AND c.level >= min_level)
         ORDER BY o.name_ko, o.id
      $$`);
  });
}
