import { DataSource } from 'typeorm';
import { Language } from './matching.inputs';
import type { Names } from './reasons';

interface NameRow {
  kind: 'domain' | 'technology' | 'industry' | 'city' | 'organization';
  id: number;
  name_ko: string;
  name_en: string;
}

/** The names reasons mention, read in one statement: the small taxonomy lists and the organisations named. */
export async function loadNames(dataSource: DataSource, organizationIds: readonly number[], lang: Language): Promise<Names> {
  const rows: NameRow[] = await dataSource.query(
    `SELECT 'domain' AS kind, id, name_ko, name_en FROM domain
     UNION ALL SELECT 'technology', id, name_ko, name_en FROM technology
     UNION ALL SELECT 'industry', id, name_ko, name_en FROM industry
     UNION ALL SELECT 'city', id, name_ko, name_en FROM pilot_city
     UNION ALL SELECT 'organization', id, name_ko, name_en FROM organization WHERE id = ANY($1)`,
    [organizationIds],
  );
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
}
