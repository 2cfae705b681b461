// Reproducible synthetic projects of 4, 8 and 12 requirement slots, one per size and city, for the
// matching benchmark (slugs `syn-project-…`). Loaded by `npm run seed:synthetic` with the members.
import { Faker, base, en } from '@faker-js/faker';
import type { DataSource } from 'typeorm';
import { OrganizationKind } from '../src/modules/organizations/organization.enums';
import { ProjectStatus, SlotRole } from '../src/modules/projects/project.enums';
import { pilotCities } from './data/pilot-cities';
import { domains, technologies } from './data/taxonomy';
import { seedProjects, seedReferenceData } from './seed';
import type { ProjectSeed, SlotSeed } from './types';

export const SYNTHETIC_PROJECT_SIZES = [4, 8, 12] as const;

const ROLES = [SlotRole.SOLUTION_PROVIDER, SlotRole.SOLUTION_PROVIDER, SlotRole.INTEGRATOR, SlotRole.OPERATOR, SlotRole.RESEARCH_PARTNER];

export function syntheticProjectSlug(size: number, city: string): string {
  return `syn-project-${String(size).padStart(2, '0')}-${city}`;
}

export function generateProjects(seed: number): ProjectSeed[] {
  return SYNTHETIC_PROJECT_SIZES.flatMap((size) =>
    pilotCities.map((city, c) => {
      const faker = new Faker({ locale: [en, base] });
      faker.seed([seed, size, c]);
      const slots: SlotSeed[] = Array.from({ length: size }, (_, i) => {
        const domain = faker.helpers.arrayElement(domains).slug;
        const research = faker.number.float() < 0.1;
        return {
          role: i === 0 ? SlotRole.LEAD : research ? SlotRole.RESEARCH_PARTNER : faker.helpers.arrayElement(ROLES),
          domain,
          technologies: faker.helpers.arrayElements(
            technologies.map((t) => t.slug),
            { min: 0, max: 2 },
          ),
          minLevel: (i === 0 ? 3 : faker.number.int({ min: 1, max: 4 })) as SlotSeed['minLevel'],
          weight: (i === 0 ? 5 : faker.number.int({ min: 1, max: 5 })) as SlotSeed['weight'],
          allowedKinds: research
            ? [OrganizationKind.UNIVERSITY, OrganizationKind.RESEARCH_INSTITUTE]
            : faker.number.float() < 0.15
              ? [OrganizationKind.SME, OrganizationKind.STARTUP]
              : undefined,
          descriptionKo: `합성 슬롯 ${i + 1}`,
          descriptionEn: `Synthetic slot ${i + 1}`,
        };
      });
      return {
        slug: syntheticProjectSlug(size, city.slug),
        city: city.slug,
        titleKo: `합성 프로젝트 (${size}개 슬롯, ${city.nameKo})`,
        titleEn: `Synthetic project (${size} slots, ${city.nameEn})`,
        summaryKo: '벤치마크용 합성 프로젝트',
        summaryEn: 'Synthetic project for benchmarks',
        status: ProjectStatus.OPEN,
        slots,
      };
    }),
  );
}

export async function loadSyntheticProjects(dataSource: DataSource, seed: number): Promise<number> {
  const generated = generateProjects(seed);
  await dataSource.transaction(async (manager) => seedProjects(manager, generated, await seedReferenceData(manager)));
  return generated.length;
}
