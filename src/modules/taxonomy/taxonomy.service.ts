import { DataSource, EntityTarget, In } from 'typeorm';
import { badUserInput } from '../../graphql/user-error';
import { PilotCity } from '../cities/pilot-city.entity';
import { Domain } from './domain.entity';
import { Industry } from './industry.entity';
import { Technology } from './technology.entity';

type SlugEntity = Domain | Technology | Industry | PilotCity;

const LABELS = new Map<EntityTarget<SlugEntity>, string>([
  [Domain, 'domain'],
  [Technology, 'technology'],
  [Industry, 'industry'],
  [PilotCity, 'pilot city'],
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
    const rows = await this.dataSource.getRepository(target).find({ where: { slug: In(wanted) }, select: { id: true, slug: true } });
    const found = new Set(rows.map((row) => row.slug));
    const unknown = wanted.filter((slug) => !found.has(slug));
    if (unknown.length > 0) {
      const known = await this.dataSource.getRepository(target).find({ select: { slug: true }, order: { slug: 'ASC' } });
      const label = LABELS.get(target) ?? 'slug';
      throw badUserInput(
        `Unknown ${label} ${unknown.map((s) => `'${s.slice(0, 64)}'`).join(', ')} in ${argument}. Known: ${known.map((k) => k.slug).join(', ')}.`,
        argument,
      );
    }
    const idOf = new Map(rows.map((row) => [row.slug, row.id]));
    return wanted.map((slug) => idOf.get(slug) as number);
  }
}
