import 'reflect-metadata';
import type { Logger } from 'pino';
import { DataSource, EntityManager, In } from 'typeorm';
import { Capability } from '../src/modules/capabilities/capability.entity';
import { CityTheme } from '../src/modules/cities/city-theme.entity';
import { PilotCity } from '../src/modules/cities/pilot-city.entity';
import { Organization } from '../src/modules/organizations/organization.entity';
import { Project } from '../src/modules/projects/project.entity';
import { RequirementSlot } from '../src/modules/projects/requirement-slot.entity';
import { MembershipStatus, ProfileVisibility } from '../src/modules/organizations/organization.enums';
import { Domain } from '../src/modules/taxonomy/domain.entity';
import { Industry } from '../src/modules/taxonomy/industry.entity';
import { Technology } from '../src/modules/taxonomy/technology.entity';
import { WorkingGroupMembership } from '../src/modules/working-groups/working-group-membership.entity';
import { WorkingGroup } from '../src/modules/working-groups/working-group.entity';
import { WorkingGroupRole } from '../src/modules/working-groups/working-group.enums';
import { organizations } from './data/organizations';
import { projects } from './data/projects';
import { pilotCities } from './data/pilot-cities';
import { domains, industries, technologies } from './data/taxonomy';
import { workingGroups } from './data/working-groups';
import type { CapabilitySeed, OrganizationSeed, ProjectSeed } from './types';

/** The day the alliance launched; seeded decisions are dated then. */
const LAUNCH_DATE = new Date('2019-02-13T01:00:00Z');

/** Slug → id of each reference table, for turning seed slugs into foreign keys. */
export interface SlugIds {
  domains: Map<string, number>;
  technologies: Map<string, number>;
  industries: Map<string, number>;
  cities: Map<string, number>;
  workingGroups: Map<string, number>;
}

/** Loads the taxonomy, pilot cities, working groups and sample members; running it again changes nothing. */
export async function seed(dataSource: DataSource): Promise<{ organizations: number; capabilities: number; projects: number }> {
  const counts = await dataSource.transaction(async (manager) => {
    const ids = await seedReferenceData(manager);
    const capabilities = await seedOrganizations(manager, organizations, ids);
    await seedProjects(manager, projects, ids);
    return { organizations: organizations.length, capabilities, projects: projects.length };
  });
  await analyze(dataSource);
  return counts;
}

/**
 * Fresh planner statistics after a bulk load: without them PostgreSQL guesses a handful of rows
 * per table and picks nested loops that make matching queries a hundred times slower.
 */
export async function analyze(dataSource: DataSource): Promise<void> {
  await dataSource.query('ANALYZE');
}

/** Seeds a database that has no taxonomy yet; leaves any other database alone. */
export async function seedIfEmpty(dataSource: DataSource, log: Logger): Promise<void> {
  if ((await dataSource.getRepository(Domain).count()) > 0) return;
  const counts = await seed(dataSource);
  log.info(counts, 'empty database seeded');
}

export async function seedReferenceData(manager: EntityManager): Promise<SlugIds> {
  // Upsert copies: TypeORM writes generated ids back into the rows it is given, and the seed
  // arrays must stay id-free for the next run in the same process.
  const copies = <T extends object>(rows: T[]) => rows.map((row) => ({ ...row }));
  await manager.getRepository(Domain).upsert(copies(domains), ['slug']);
  await manager.getRepository(Technology).upsert(copies(technologies), ['slug']);
  await manager.getRepository(Industry).upsert(copies(industries), ['slug']);
  await manager.getRepository(WorkingGroup).upsert(copies(workingGroups), ['slug']);
  await manager.getRepository(PilotCity).upsert(
    pilotCities.map(({ themes: _themes, ...city }) => city),
    ['slug'],
  );
  const ids = await slugIds(manager);

  const cityIds = pilotCities.map((city) => ids.cities.get(city.slug) as number);
  await manager.getRepository(CityTheme).delete({ cityId: In(cityIds) });
  await manager.getRepository(CityTheme).insert(
    pilotCities.flatMap((city) =>
      city.themes.map((theme, i) => ({
        cityId: ids.cities.get(city.slug) as number,
        position: i + 1,
        nameKo: theme.nameKo,
        nameEn: theme.nameEn,
        domainId: theme.domain === null ? null : lookup(ids.domains, theme.domain, `theme of ${city.slug}`),
      })),
    ),
  );
  return ids;
}

export async function slugIds(manager: EntityManager): Promise<SlugIds> {
  const map = async (target: typeof Domain | typeof Technology | typeof Industry | typeof PilotCity | typeof WorkingGroup) =>
    new Map((await manager.getRepository(target).find({ select: { id: true, slug: true } })).map((row) => [row.slug, row.id]));
  return {
    domains: await map(Domain),
    technologies: await map(Technology),
    industries: await map(Industry),
    cities: await map(PilotCity),
    workingGroups: await map(WorkingGroup),
  };
}

/**
 * Upserts organisations by slug and replaces their capabilities and working-group seats, in bulk.
 * Returns how many capabilities were written.
 */
export async function seedOrganizations(
  manager: EntityManager,
  seeds: OrganizationSeed[],
  ids: SlugIds,
  options: { assignChairs: boolean } = { assignChairs: true },
): Promise<number> {
  if (seeds.length === 0) return 0;
  await manager.getRepository(Organization).upsert(
    seeds.map((o) => organizationRow(o, ids)),
    ['slug'],
  );
  const rows = await manager.getRepository(Organization).find({
    where: { slug: In(seeds.map((o) => o.slug)) },
    select: { id: true, slug: true },
  });
  const orgIds = new Map(rows.map((row) => [row.slug, row.id]));
  const allIds = [...orgIds.values()];

  await manager.getRepository(Capability).delete({ organizationId: In(allIds) });
  await manager.getRepository(WorkingGroupMembership).delete({ organizationId: In(allIds) });

  const memberships = seeds.flatMap((o) =>
    o.workingGroups.map((slug) => ({
      organizationId: orgIds.get(o.slug) as number,
      workingGroupId: lookup(ids.workingGroups, slug, o.slug),
      role: WorkingGroupRole.MEMBER,
      joinedAt: LAUNCH_DATE,
    })),
  );
  if (options.assignChairs) assignChairs(memberships, seeds, orgIds);
  if (memberships.length > 0) await manager.getRepository(WorkingGroupMembership).insert(memberships);

  const capabilities: { organizationId: number; seed: CapabilitySeed }[] = seeds.flatMap((o) =>
    o.capabilities.map((c) => ({ organizationId: orgIds.get(o.slug) as number, seed: c })),
  );
  const capabilityIds: number[] = [];
  // Chunks keep each statement under PostgreSQL's 65,535 parameters; RETURNING gives ids in VALUES order.
  for (let i = 0; i < capabilities.length; i += 5_000) {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(Capability)
      .values(
        capabilities.slice(i, i + 5_000).map(({ organizationId, seed: c }) => ({
          organizationId,
          domainId: lookup(ids.domains, c.domain, `capability of organisation ${organizationId}`),
          level: c.level,
          descriptionKo: c.descriptionKo,
          descriptionEn: c.descriptionEn,
          evidence: c.evidence,
        })),
      )
      .returning(['id'])
      .execute();
    capabilityIds.push(...(inserted.raw as { id: number }[]).map((row) => row.id));
  }

  const techLinks = capabilities.flatMap(({ seed: c }, i) =>
    c.technologies.map((slug) => ({ capability_id: capabilityIds[i], technology_id: lookup(ids.technologies, slug, 'capability') })),
  );
  const cityLinks = capabilities.flatMap(({ seed: c }, i) =>
    c.cities.map((slug) => ({ capability_id: capabilityIds[i], pilot_city_id: lookup(ids.cities, slug, 'capability') })),
  );
  await insertLinks(manager, 'capability_technology', techLinks);
  await insertLinks(manager, 'capability_city', cityLinks);
  return capabilityIds.length;
}

function organizationRow(o: OrganizationSeed, ids: SlugIds) {
  const decided = o.membershipStatus !== MembershipStatus.APPLIED;
  return {
    slug: o.slug,
    nameKo: o.nameKo,
    nameEn: o.nameEn,
    kind: o.kind,
    industryId: lookup(ids.industries, o.industry, o.slug),
    region: o.region,
    employees: o.employees,
    website: o.website,
    descriptionKo: o.descriptionKo,
    descriptionEn: o.descriptionEn,
    membershipStatus: o.membershipStatus,
    membershipDecidedAt: decided ? LAUNCH_DATE : null,
    membershipDecidedBy: decided ? 'steering-committee' : null,
    visibility: o.visibility ?? ProfileVisibility.PUBLIC,
    contactName: o.contact.name,
    contactEmail: o.contact.email,
    contactPhone: o.contact.phone,
  };
}

/** Each working group gets a chair: its first-listed large or public member, if any. */
function assignChairs(
  memberships: { organizationId: number; workingGroupId: number; role: WorkingGroupRole }[],
  seeds: OrganizationSeed[],
  orgIds: Map<string, number>,
): void {
  const chairKinds = new Set(['LARGE_ENTERPRISE', 'PUBLIC_AGENCY', 'RESEARCH_INSTITUTE']);
  const eligible = new Set(seeds.filter((o) => chairKinds.has(o.kind) && o.membershipStatus === MembershipStatus.APPROVED).map((o) => orgIds.get(o.slug)));
  const chaired = new Set<number>();
  for (const m of memberships) {
    if (!chaired.has(m.workingGroupId) && eligible.has(m.organizationId)) {
      m.role = WorkingGroupRole.CHAIR;
      chaired.add(m.workingGroupId);
    }
  }
}

/** Upserts projects by slug and replaces their requirement slots. */
export async function seedProjects(manager: EntityManager, seeds: ProjectSeed[], ids: SlugIds): Promise<void> {
  await manager.getRepository(Project).upsert(
    seeds.map(({ slots: _slots, city, ...project }) => ({ ...project, cityId: lookup(ids.cities, city, project.slug) })),
    ['slug'],
  );
  const rows = await manager.getRepository(Project).find({ where: { slug: In(seeds.map((p) => p.slug)) }, select: { id: true, slug: true } });
  const projectIds = new Map(rows.map((row) => [row.slug, row.id]));
  await manager.getRepository(RequirementSlot).delete({ projectId: In([...projectIds.values()]) });
  const slots = seeds.flatMap((p) => p.slots.map((slot, i) => ({ projectId: projectIds.get(p.slug) as number, position: i + 1, slot })));
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(RequirementSlot)
    .values(
      slots.map(({ projectId, position, slot }) => ({
        projectId,
        position,
        role: slot.role,
        domainId: lookup(ids.domains, slot.domain, `slot ${position} of project ${projectId}`),
        minLevel: slot.minLevel,
        weight: slot.weight,
        budgetShare: slot.budgetShare ?? 1,
        allowedKinds: slot.allowedKinds ?? null,
        descriptionKo: slot.descriptionKo,
        descriptionEn: slot.descriptionEn,
      })),
    )
    .returning(['id'])
    .execute();
  const slotIds = (inserted.raw as { id: number }[]).map((row) => row.id);
  await insertLinks(
    manager,
    'requirement_slot_technology',
    slots.flatMap(({ slot }, i) =>
      slot.technologies.map((slug) => ({ requirement_slot_id: slotIds[i], technology_id: lookup(ids.technologies, slug, 'slot') })),
    ),
  );
}

/** Bulk insert into a join table in chunks (PostgreSQL allows at most 65,535 parameters a statement). */
export async function insertLinks(manager: EntityManager, table: string, rows: Record<string, number>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 10_000) {
    const chunk = rows.slice(i, i + 10_000);
    await manager.createQueryBuilder().insert().into(table).values(chunk).orIgnore().execute();
  }
}

function lookup(map: Map<string, number>, slug: string, where: string): number {
  const id = map.get(slug);
  if (id === undefined) throw new Error(`Seed data refers to unknown slug '${slug}' (${where}).`);
  return id;
}
