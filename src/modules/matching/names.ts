import type { DataSource, EntityManager } from 'typeorm';
import { Language } from '../../graphql/language';
import type { Names } from './reasons';

interface NameRow {
  kind: 'domain' | 'technology' | 'industry' | 'city' | 'organization';
  id: number;
  name_ko: string;
  name_en: string;
}

/** The names reasons mention, read in one statement: the small taxonomy lists and the organisations named. */
export async function loadNames(db: DataSource | EntityManager, organizationIds: readonly number[], lang: Language): Promise<Names> {
  return (await loadNamesInBoth(db, organizationIds))[lang];
}

/** The same names in both languages (for messages worded in both, said in the request's language later). */
export async function loadNamesInBoth(db: DataSource | EntityManager, organizationIds: readonly number[]): Promise<Record<Language, Names>> {
  const rows: NameRow[] = await db.query(
    `SELECT 'domain' AS kind, id, name_ko, name_en FROM domain
     UNION ALL SELECT 'technology', id, name_ko, name_en FROM technology
     UNION ALL SELECT 'industry', id, name_ko, name_en FROM industry
     UNION ALL SELECT 'city', id, name_ko, name_en FROM pilot_city
     UNION ALL SELECT 'organization', id, name_ko, name_en FROM organization WHERE id = ANY($1)`,
    [organizationIds],
  );
  const names = (lang: Language): Names => {
    const byKey = new Map(rows.map((row) => [`${row.kind}:${row.id}`, lang === Language.KO ? row.name_ko : row.name_en]));
    const name = (kind: NameRow['kind']) => (id: number) => byKey.get(`${kind}:${id}`) ?? `#${id}`;
    return {
      lang,
      domain: name('domain'),
      technology: name('technology'),
      industry: name('industry'),
      city: name('city'),
      organization: name('organization'),
    };
  };
  return { KO: names(Language.KO), EN: names(Language.EN) };
}
