import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { byIdLoader } from '../../graphql/batch';
import { PartnershipRequestStatus } from './partnership-request.enums';
import { PartnershipRequest } from './partnership-request.entity';

export function createPartnershipLoaders(dataSource: DataSource) {
  return {
    partnershipRequestById: byIdLoader((ids) => dataSource.getRepository(PartnershipRequest).findBy({ id: In(ids) })),
    /**
     * For an organisation, the organisations it has an ACCEPTED request with, either direction:
     * who may see whose contact. Keyed by the viewer's organisation, so a page of any size costs one statement.
     */
    acceptedPartnersByOrganization: new DataLoader<number, Set<number>>(async (organizationIds) => {
      const rows: { from_id: number; to_id: number }[] = await dataSource.query(
        `SELECT from_organization_id AS from_id, to_organization_id AS to_id FROM partnership_request
          WHERE status = $2 AND (from_organization_id = ANY($1) OR to_organization_id = ANY($1))`,
        [[...organizationIds], PartnershipRequestStatus.ACCEPTED],
      );
      const partners = new Map(organizationIds.map((id) => [id, new Set<number>()]));
      for (const row of rows) {
        partners.get(row.from_id)?.add(row.to_id);
        partners.get(row.to_id)?.add(row.from_id);
      }
      return organizationIds.map((id) => partners.get(id) as Set<number>);
    }),
  };
}
