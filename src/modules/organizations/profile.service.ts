import { In, type DataSource, type EntityManager, type EntityTarget } from 'typeorm';
import { inputId } from '../../graphql/input-id';
import { subjectParticle, topicParticle, type Wording } from '../../graphql/language';
import { conflict, badUserInput, notFound } from '../../graphql/user-error';
import { currentAccount } from '../accounts/actor';
import type { Viewer } from '../accounts/viewer';
import { Capability } from '../capabilities/capability.entity';
import { PilotCity } from '../cities/pilot-city.entity';
import { Domain } from '../taxonomy/domain.entity';
import { Industry } from '../taxonomy/industry.entity';
import { Technology } from '../taxonomy/technology.entity';
import { Organization } from './organization.entity';
import { assertMayEditOrganization, NO_SUCH_ORGANIZATION, visibleOrganizationRows } from './organization.access';
import type {
  AddCapabilityInput,
  RemoveCapabilityInput,
  UpdateCapabilityInput,
  UpdateMatchmakingSettingsInput,
  UpdateOrganizationInput,
} from './profile.inputs';
import { assertOwnsOrganization } from '../teams/team.access';
import { recordAudit } from '../audit/audit.service';
import { lockRow } from '../../db/row-lock';
import type { Write } from '../write';

type Named = Domain | Technology | Industry | PilotCity;

const LABELS = new Map<EntityTarget<Named>, Wording>([
  [Domain, { en: 'domain', ko: '분야' }],
  [Technology, { en: 'technology', ko: '기술' }],
  [Industry, { en: 'industry', ko: '산업' }],
  [PilotCity, { en: 'pilot city', ko: '실증 도시' }],
]);

const ORGANIZATION: Wording = { en: 'organisation', ko: '기관' };
const CAPABILITY: Wording = { en: 'capability', ko: '역량' };
const NO_SUCH_CAPABILITY: Wording = { en: 'There is no such capability.', ko: '해당 역량이 없습니다.' };

/** Profile edits: an organisation's own members or an admin; every update checks the `version` the caller read. */
export class ProfileService {
  constructor(private readonly dataSource: DataSource) {}

  updateOrganization(viewer: Viewer, input: UpdateOrganizationInput, write: Write): Promise<Organization> {
    const organizationId = inputId(input.organizationId, 'Organization', ['input', 'organizationId']);
    return write.transaction(this.dataSource, async (em) => {
      assertMayEditOrganization(await currentAccount(em, viewer), organizationId);
      const { organizationId: _id, version, industry, ...fields } = input;
      const changes: Partial<Organization> = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
      if (industry !== undefined) changes.industryId = (await slugIds(em, Industry, [industry], ['input', 'industry']))[0];
      // Optimistic locking: the row changes only if nobody changed it since the caller read `version`.
      const result = await em
        .createQueryBuilder()
        .update(Organization)
        .set(changes)
        .where('id = :id AND version = :version', { id: organizationId, version })
        .execute();
      if (result.affected === 0) await staleOrMissing(em, Organization, organizationId, version, ORGANIZATION, 'organizationId');
      return em.getRepository(Organization).findOneByOrFail({ id: organizationId });
    });
  }

  /** Whether and how much the organisation is matched: its owners decide (or an admin); audited. */
  updateMatchmakingSettings(viewer: Viewer, input: UpdateMatchmakingSettingsInput, write: Write): Promise<Organization> {
    const organizationId = inputId(input.organizationId, 'Organization', ['input', 'organizationId']);
    return write.transaction(this.dataSource, async (em) => {
      assertOwnsOrganization(await currentAccount(em, viewer), organizationId);
      const organization = await lockRow(em, Organization, organizationId, {
        label: { en: 'organisation', ko: '기관' },
        field: ['input', 'organizationId'],
        expectedVersion: input.version,
      });
      const changes: Partial<Pick<Organization, 'matchmaking' | 'maxConcurrentConsortia'>> = {};
      if (input.matchmaking !== undefined) changes.matchmaking = input.matchmaking;
      if (input.maxConcurrentConsortia !== undefined) changes.maxConcurrentConsortia = input.maxConcurrentConsortia;
      await em.createQueryBuilder().update(Organization).set(changes).where('id = :id', { id: organizationId }).execute();
      await recordAudit(em, {
        actorId: viewer.accountId,
        action: 'organization.matchmaking_settings_changed',
        subjectType: 'Organization',
        subjectId: organizationId,
        details: {
          from: { matchmaking: organization.matchmaking, maxConcurrentConsortia: organization.maxConcurrentConsortia },
          to: { matchmaking: organization.matchmaking, maxConcurrentConsortia: organization.maxConcurrentConsortia, ...changes },
        },
      });
      return em.getRepository(Organization).findOneByOrFail({ id: organizationId });
    });
  }

  addCapability(viewer: Viewer, input: AddCapabilityInput, write: Write): Promise<Capability> {
    const organizationId = inputId(input.organizationId, 'Organization', ['input', 'organizationId']);
    return write.transaction(this.dataSource, async (em) => {
      assertMayEditOrganization(await currentAccount(em, viewer), organizationId);
      if (!(await em.getRepository(Organization).existsBy({ id: organizationId }))) {
        throw notFound(NO_SUCH_ORGANIZATION, ['input', 'organizationId']);
      }
      const [domainId] = await slugIds(em, Domain, [input.domain], ['input', 'domain']);
      const technologyIds = await slugIds(em, Technology, input.technologies, ['input', 'technologies']);
      const cityIds = await slugIds(em, PilotCity, input.cities ?? [], ['input', 'cities']);
      const repository = em.getRepository(Capability);
      const capability = await repository.save(
        repository.create({
          organizationId,
          domainId,
          level: input.level,
          descriptionKo: input.descriptionKo ?? '',
          descriptionEn: input.descriptionEn ?? '',
          evidence: plainEvidence(input.evidence ?? []),
        }),
      );
      await replaceLinks(em, capability.id, technologyIds, cityIds);
      return repository.findOneByOrFail({ id: capability.id });
    });
  }

  updateCapability(viewer: Viewer, input: UpdateCapabilityInput, write: Write): Promise<Capability> {
    const capabilityId = inputId(input.capabilityId, 'Capability', ['input', 'capabilityId']);
    return write.transaction(this.dataSource, async (em) => {
      const account = await currentAccount(em, viewer);
      const existing = await em.getRepository(Capability).findOne({ where: { id: capabilityId }, select: { id: true, organizationId: true } });
      if (!existing || !(await organizationVisible(em, viewer, existing.organizationId))) throw notFound(NO_SUCH_CAPABILITY, ['input', 'capabilityId']);
      assertMayEditOrganization(account, existing.organizationId);

      const changes: Partial<Capability> = {};
      if (input.domain !== undefined) changes.domainId = (await slugIds(em, Domain, [input.domain], ['input', 'domain']))[0];
      if (input.level !== undefined) changes.level = input.level;
      if (input.descriptionKo !== undefined) changes.descriptionKo = input.descriptionKo;
      if (input.descriptionEn !== undefined) changes.descriptionEn = input.descriptionEn;
      if (input.evidence !== undefined) changes.evidence = plainEvidence(input.evidence);
      const technologyIds = input.technologies !== undefined ? await slugIds(em, Technology, input.technologies, ['input', 'technologies']) : null;
      const cityIds = input.cities !== undefined ? await slugIds(em, PilotCity, input.cities, ['input', 'cities']) : null;

      // The row is updated (and its version moves) even when only its technologies or cities change.
      const result = await em
        .createQueryBuilder()
        .update(Capability)
        .set(changes)
        .where('id = :id AND version = :version', { id: capabilityId, version: input.version })
        .execute();
      if (result.affected === 0) await staleOrMissing(em, Capability, capabilityId, input.version, CAPABILITY, 'capabilityId');
      await replaceLinks(em, capabilityId, technologyIds, cityIds);
      return em.getRepository(Capability).findOneByOrFail({ id: capabilityId });
    });
  }

  removeCapability(viewer: Viewer, input: RemoveCapabilityInput, write: Write): Promise<{ removedCapabilityId: number; organization: Organization }> {
    const capabilityId = inputId(input.capabilityId, 'Capability', ['input', 'capabilityId']);
    return write.transaction(this.dataSource, async (em) => {
      const account = await currentAccount(em, viewer);
      const existing = await em.getRepository(Capability).findOne({ where: { id: capabilityId }, lock: { mode: 'pessimistic_write' } });
      if (!existing || !(await organizationVisible(em, viewer, existing.organizationId))) throw notFound(NO_SUCH_CAPABILITY, ['input', 'capabilityId']);
      assertMayEditOrganization(account, existing.organizationId);
      if (input.version != null && existing.version !== input.version) {
        throw conflict(
          {
            en: `The capability changed since you read it (version ${input.version}, now ${existing.version}); read it again.`,
            ko: `역량이 읽은 뒤에 바뀌었습니다(읽은 버전 ${input.version}, 지금 ${existing.version}). 다시 읽으십시오.`,
          },
          ['input', 'version'],
        );
      }
      // Join rows go with the capability (ON DELETE CASCADE).
      await em.getRepository(Capability).delete({ id: capabilityId });
      return { removedCapabilityId: capabilityId, organization: await em.getRepository(Organization).findOneByOrFail({ id: existing.organizationId }) };
    });
  }
}

/**
 * A capability of an organisation the caller may not see is answered as an unknown capability:
 * FORBIDDEN would tell that it exists (organization.access.ts).
 */
async function organizationVisible(em: EntityManager, viewer: Viewer, organizationId: number): Promise<boolean> {
  return (await visibleOrganizationRows(em, viewer, [organizationId])).visible(organizationId) !== null;
}

/** After an update touched no row: CONFLICT when the row exists (someone changed it first), NOT_FOUND when it does not. */
async function staleOrMissing(
  em: EntityManager,
  target: typeof Organization | typeof Capability,
  id: number,
  version: number,
  label: Wording,
  idField: string,
): Promise<never> {
  const current = await em.getRepository(target).findOne({ where: { id }, select: { id: true, version: true } });
  if (!current) throw notFound({ en: `There is no such ${label.en}.`, ko: `해당 ${label.ko}${subjectParticle(label.ko)} 없습니다.` }, ['input', idField]);
  throw conflict(
    {
      en: `The ${label.en} changed since you read it (version ${version}, now ${current.version}); read it again and retry.`,
      ko: `${label.ko}${topicParticle(label.ko)} 읽은 뒤에 바뀌었습니다(읽은 버전 ${version}, 지금 ${current.version}). 다시 읽고 시도하십시오.`,
    },
    ['input', 'version'],
  );
}

/** Ids for slugs in an input, in order (duplicates dropped); unknown ones are a userError naming them. */
async function slugIds(em: EntityManager, target: EntityTarget<Named>, slugs: readonly string[], field: string[]): Promise<number[]> {
  const wanted = [...new Set(slugs)];
  if (wanted.length === 0) return [];
  const rows = await em.getRepository(target).find({ where: { slug: In(wanted) }, select: { id: true, slug: true } });
  const idOf = new Map(rows.map((row) => [row.slug, row.id]));
  const unknown = wanted.filter((slug) => !idOf.has(slug));
  if (unknown.length > 0) {
    const label = LABELS.get(target) ?? { en: 'slug', ko: 'slug' };
    const names = unknown.map((s) => `'${s.slice(0, 64)}'`).join(', ');
    throw badUserInput({ en: `Unknown ${label.en} ${names}.`, ko: `알 수 없는 ${label.ko}입니다: ${names}.` }, field);
  }
  return wanted.map((slug) => idOf.get(slug) as number);
}

/** Replaces a capability's technologies and cities; null leaves that list alone. */
async function replaceLinks(em: EntityManager, capabilityId: number, technologyIds: number[] | null, cityIds: number[] | null): Promise<void> {
  if (technologyIds !== null) {
    await em.query('DELETE FROM capability_technology WHERE capability_id = $1', [capabilityId]);
    await em.query('INSERT INTO capability_technology (capability_id, technology_id) SELECT $1, unnest($2::int[])', [capabilityId, technologyIds]);
  }
  if (cityIds !== null) {
    await em.query('DELETE FROM capability_city WHERE capability_id = $1', [capabilityId]);
    await em.query('INSERT INTO capability_city (capability_id, pilot_city_id) SELECT $1, unnest($2::int[])', [capabilityId, cityIds]);
  }
}

/** Evidence as plain JSON (class instances from GraphQL inputs would store the same, but say so). */
function plainEvidence(evidence: { project: string; city: string; year: number }[]) {
  return evidence.map(({ project, city, year }) => ({ project, city, year }));
}
