import type { DataSource } from 'typeorm';
import { applyKeyset } from '../../db/keyset';
import type { Connection } from '../../graphql/connection';
import { planPage, toConnection } from '../../graphql/paging';
import { AuditEntry } from './audit-entry.entity';
import type { AuditLogArgs } from './audit-log.inputs';

const ORDER = 'OCCURRED_AT:DESC';

/** Reads the audit log, newest first; only admins get here (@Authorized on the query). */
export class AuditLogService {
  constructor(private readonly dataSource: DataSource) {}

  async list(args: AuditLogArgs): Promise<Connection<AuditEntry>> {
    const plan = planPage(args, ORDER);
    const qb = this.dataSource.getRepository(AuditEntry).createQueryBuilder('e');
    if (args.subjectType) qb.where('e.subject_type = :subjectType', { subjectType: args.subjectType });
    const totalCount = await qb.clone().getCount();
    const rows = await applyKeyset(qb, 'e', 'e.occurred_at', true, plan).getMany();
    return toConnection(rows, plan, (e) => ({ order: ORDER, value: e.occurredAt.toISOString(), id: e.id }), totalCount);
  }
}
