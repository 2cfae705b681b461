import { DataSource, EntityTarget } from 'typeorm';
import { preparedQuery } from '../../db/prepared-query';
import { badUserInput } from '../../graphql/user-error';
import { PilotCity } from '../cities/pilot-city.entity';
import { Domain } from './domain.entity';
import { Industry } from './industry.entity';
import { Technology } from './technology.entity';

type SlugEntity = Domain | Technology | Industry | PilotCity;

const LABELS = new Map<EntityTarget<SlugEntity>, { en: string; ko: string }>([
  [Domain, { en: 'domain', ko: '분야' }],
  [Technology, { en: 'technology', ko: '기술' }],
  [Industry, { en: 'industry', ko: '산업' }],
  [PilotCity, { en: 'pilot city', ko: '실증 도시' }],
]);

export class TaxonomyService {
  constructor(private readonly dataSource: DataSource) {}

  /** A whole small reference list (domains, cities, …) in the order it was seeded. */
  list<T extends { id: number }>(target: EntityTarget<T>): Promise<T[]> {
    return this.dataSource.getRepository(target).createQueryBuilder('x').orderBy('x.id', 'ASC').getMany();
  }

  /**
   * Ids for slugs a client sent, in the order sent (duplicates dropped); an unknown slug is the client's mistake and is named, with the
   * known ones, so a frontend developer can fix the call at once.
   */
  async idsForSlugs(target: EntityTarget<SlugEntity>, slugs: readonly string[], argument: string): Promise<number[]> {
    const wanted = [...new Set(slugs)];
    // Prepared: every filtered list of organisations starts here.
    const { tableName } = this.dataSource.getMetadata(target);
    const rows = await preparedQuery<{ id: number; slug: string }>(this.dataSource, `SELECT id, slug FROM "${tableName}" WHERE slug = ANY($1)`, [wanted]);
    const found = new Set(rows.map((row) => row.slug));
    const unknown = wanted.filter((slug) => !found.has(slug));
    if (unknown.length > 0) {
      const known = await this.dataSource.getRepository(target).find({ select: { slug: true }, order: { slug: 'ASC' } });
      const label = LABELS.get(target) ?? { en: 'slug', ko: '슬러그' };
      const named = unknown.map((s) => `'${s.slice(0, 64)}'`).join(', ');
      const slugs = known.map((k) => k.slug).join(', ');
      throw badUserInput(
        {
          en: `Unknown ${label.en} ${named} in ${argument}. Known: ${slugs}.`,
          ko: `${argument}의 ${named}: 없는 ${label.ko}입니다. 있는 ${label.ko}: ${slugs}.`,
        },
        argument,
      );
    }
    const idOf = new Map(rows.map((row) => [row.slug, row.id]));
    return wanted.map((slug) => idOf.get(slug) as number);
  }
}
