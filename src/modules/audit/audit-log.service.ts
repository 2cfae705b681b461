import type { DataSource } from 'typeorm';
import { applyKeyset, type Page, type PagePlan } from '../../db/keyset';
import { AuditEntry } from './audit-entry.entity';
import type { AuditLogArgs } from './audit-log.inputs';

/** The audit log's one order, as cursors name it. */
export const AUDIT_LOG_ORDER = 'OCCURRED_AT:DESC';

/** Reads the audit log, newest first; only admins get here (@Authorized on the query). */
export class AuditLogService {
  constructor(private readonly dataSource: DataSource) {}

  async list(args: AuditLogArgs, plan: PagePlan): Promise<Page<AuditEntry>> {
    const qb = this.dataSource.getRepository(AuditEntry).createQueryBuilder('e');
    if (args.subjectType) qb.where('e.subject_type = :subjectType', { subjectType: args.subjectType });
    const totalCount = await qb.clone().getCount();
    const rows = await applyKeyset(qb, 'e', 'e.occurred_at', true, plan).getMany();
    return { rows, keyOf: (e) => ({ value: e.occurredAt.toISOString(), id: e.id }), totalCount };
  }
}
