import type { DataSource, EntityManager } from 'typeorm';
import { inputId } from '../../graphql/input-id';
import { notFound, userError } from '../../graphql/user-error';
import { currentAccount } from '../accounts/actor';
import type { Viewer } from '../accounts/viewer';
import { recordAudit } from '../audit/audit.service';
import { visibleOrganizationRows } from '../organizations/organization.access';
import { Organization } from '../organizations/organization.entity';
import type { Write } from '../write';
import { assertMayBlock } from './partner-block.access';
import { PartnerBlock } from './partner-block.entity';
import { PartnerBlockErrorCode } from './partner-block.errors';
import type { PartnerBlockInput } from './partner-block.inputs';

/** An owner's "never with them" list (partner-block.access.ts); each change is audited on the blocking organisation. */
export class PartnerBlockService {
  constructor(private readonly dataSource: DataSource) {}

  block(viewer: Viewer, input: PartnerBlockInput, write: Write): Promise<Organization> {
    const { organizationId, blockedOrganizationId } = ids(input);
    return write.transaction(this.dataSource, async (em) => {
      const organization = await this.owned(em, viewer, organizationId);
      // One the owner may not see is answered as an unknown id (organization.access.ts).
      if (!(await visibleOrganizationRows(em, viewer, [blockedOrganizationId])).visible(blockedOrganizationId))
        throw notFound(NO_ORGANIZATION, ['input', 'blockedOrganizationId']);
      if (blockedOrganizationId === organizationId)
        throw userError(PartnerBlockErrorCode.BLOCKING_ITSELF, { en: 'An organisation cannot block itself.', ko: '자기 기관은 차단할 수 없습니다.' }, [
          'input',
          'blockedOrganizationId',
        ]);
      const inserted = await em
        .createQueryBuilder()
        .insert()
        .into(PartnerBlock)
        .values({ organizationId, blockedOrganizationId, createdById: viewer.accountId })
        .orIgnore()
        .execute();
      if ((inserted.raw as unknown[]).length === 0)
        throw userError(
          PartnerBlockErrorCode.ALREADY_BLOCKED,
          { en: 'Your organisation has already blocked this one.', ko: '귀 기관은 이 기관을 이미 차단했습니다.' },
          ['input', 'blockedOrganizationId'],
        );
      await audit(em, viewer, 'organization.partner_blocked', organizationId, blockedOrganizationId);
      return organization;
    });
  }

  unblock(viewer: Viewer, input: PartnerBlockInput, write: Write): Promise<Organization> {
    const { organizationId, blockedOrganizationId } = ids(input);
    return write.transaction(this.dataSource, async (em) => {
      const organization = await this.owned(em, viewer, organizationId);
      // Whatever the blocked organisation's state now: a block the owner set can always be lifted.
      const deleted = await em.getRepository(PartnerBlock).delete({ organizationId, blockedOrganizationId });
      if (!deleted.affected)
        throw userError(
          PartnerBlockErrorCode.NOT_BLOCKED,
          { en: 'Your organisation has not blocked this one.', ko: '귀 기관은 이 기관을 차단하지 않았습니다.' },
          ['input', 'blockedOrganizationId'],
        );
      await audit(em, viewer, 'organization.partner_unblocked', organizationId, blockedOrganizationId);
      return organization;
    });
  }

  /** The blocking organisation, after checking the caller owns it (or is an admin), locked so two changes to its list queue up. */
  private async owned(em: EntityManager, viewer: Viewer, organizationId: number): Promise<Organization> {
    assertMayBlock(await currentAccount(em, viewer), organizationId);
    const organization = await em.getRepository(Organization).findOne({ where: { id: organizationId }, lock: { mode: 'pessimistic_write' } });
    if (!organization) throw notFound(NO_ORGANIZATION, ['input', 'organizationId']);
    return organization;
  }
}

const NO_ORGANIZATION = { en: 'No organisation has this id.', ko: '이 id의 기관이 없습니다.' };

function ids(input: PartnerBlockInput): { organizationId: number; blockedOrganizationId: number } {
  return {
    organizationId: inputId(input.organizationId, 'Organization', ['input', 'organizationId']),
    blockedOrganizationId: inputId(input.blockedOrganizationId, 'Organization', ['input', 'blockedOrganizationId']),
  };
}

function audit(em: EntityManager, viewer: Viewer, action: string, organizationId: number, blockedOrganizationId: number) {
  return recordAudit(em, { actorId: viewer.accountId, action, subjectType: 'Organization', subjectId: organizationId, details: { blockedOrganizationId } });
}
