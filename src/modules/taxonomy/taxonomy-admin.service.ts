import type { DataSource } from 'typeorm';
import { isUniqueViolation } from '../../db/unique-violation';
import { inputId } from '../../graphql/input-id';
import { lockRow } from '../../db/row-lock';
import { userError } from '../../graphql/user-error';
import type { Viewer } from '../accounts/viewer';
import { recordAudit } from '../audit/audit.service';
import { Domain } from './domain.entity';
import type { CreateDomainInput, CreateTechnologyInput, UpdateDomainInput, UpdateTechnologyInput } from './taxonomy-admin.inputs';
import { Technology } from './technology.entity';
import type { Write } from '../write';
import { TaxonomyErrorCode } from './taxonomy.errors';

type Target = typeof Domain | typeof Technology;

/**
 * The steering committee keeps the taxonomy (ADMIN only, checked by @Authorized). Slugs are
 * permanent, since clients filter by them; names and descriptions change. Each change is audited.
 */
/** The Korean of what a taxonomy row is, for the messages of a stale or missing one. */
const KOREAN_LABEL: Record<string, string> = { Domain: '분야', Technology: '기술', Industry: '산업', PilotCity: '실증 도시' };

export class TaxonomyAdminService {
  constructor(private readonly dataSource: DataSource) {}

  createDomain(viewer: Viewer, input: CreateDomainInput, write: Write): Promise<Domain> {
    return this.create(write, viewer, Domain, {
      slug: input.slug,
      nameKo: input.nameKo,
      nameEn: input.nameEn,
      descriptionKo: input.descriptionKo ?? '',
      descriptionEn: input.descriptionEn ?? '',
    });
  }

  updateDomain(viewer: Viewer, input: UpdateDomainInput, write: Write): Promise<Domain> {
    const { domainId, version, ...fields } = input;
    return this.update(write, viewer, Domain, inputId(domainId, 'Domain', ['input', 'domainId']), version, fields, 'domainId');
  }

  createTechnology(viewer: Viewer, input: CreateTechnologyInput, write: Write): Promise<Technology> {
    return this.create(write, viewer, Technology, { slug: input.slug, nameKo: input.nameKo, nameEn: input.nameEn });
  }

  updateTechnology(viewer: Viewer, input: UpdateTechnologyInput, write: Write): Promise<Technology> {
    const { technologyId, version, ...fields } = input;
    return this.update(write, viewer, Technology, inputId(technologyId, 'Technology', ['input', 'technologyId']), version, fields, 'technologyId');
  }

  private create<T extends Target>(write: Write, viewer: Viewer, target: T, values: Partial<InstanceType<T>>): Promise<InstanceType<T>> {
    return write.transaction(this.dataSource, async (em) => {
      const repository = em.getRepository<InstanceType<T>>(target);
      let row: InstanceType<T>;
      try {
        row = await repository.save(repository.create(values as InstanceType<T>));
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw userError(
            TaxonomyErrorCode.SLUG_TAKEN,
            { en: `The slug '${values.slug}' is taken; choose another.`, ko: `이미 쓰이는 slug입니다('${values.slug}'). 다른 slug를 정하십시오.` },
            ['input', 'slug'],
          );
        }
        throw error;
      }
      await recordAudit(em, {
        actorId: viewer.accountId,
        action: `${target.name.toLowerCase()}.created`,
        subjectType: target.name,
        subjectId: row.id,
        details: { ...values },
      });
      return row;
    });
  }

  private update<T extends Target>(
    write: Write,
    viewer: Viewer,
    target: T,
    id: number,
    version: number,
    fields: Record<string, unknown>,
    idField: string,
  ): Promise<InstanceType<T>> {
    return write.transaction(this.dataSource, async (em) => {
      const repository = em.getRepository<InstanceType<T>>(target);
      const before = await lockRow<InstanceType<T>>(em, target, id, {
        label: { en: target.name.toLowerCase(), ko: KOREAN_LABEL[target.name] ?? target.name },
        field: ['input', idField],
        expectedVersion: version,
      });
      const changes = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
      if (Object.keys(changes).length > 0) await repository.update(id, changes as never);
      const after = await repository.findOneByOrFail({ id } as never);
      const was = Object.fromEntries(Object.keys(changes).map((key) => [key, (before as unknown as Record<string, unknown>)[key]]));
      await recordAudit(em, {
        actorId: viewer.accountId,
        action: `${target.name.toLowerCase()}.updated`,
        subjectType: target.name,
        subjectId: id,
        details: { before: was, after: changes },
      });
      return after;
    });
  }
}
