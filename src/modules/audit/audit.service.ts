import type { EntityManager } from 'typeorm';
import { AuditEntry } from './audit-entry.entity';

/** Records a change inside the caller's transaction, so the entry exists exactly when the change does. */
export function recordAudit(
  em: EntityManager,
  entry: { actorId: number | null; action: string; subjectType: string; subjectId: number; details?: Record<string, unknown> },
): Promise<AuditEntry> {
  return em.getRepository(AuditEntry).save(em.getRepository(AuditEntry).create({ ...entry, details: entry.details ?? {} }));
}
