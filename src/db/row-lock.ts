import type { EntityManager, EntityTarget, FindOptionsWhere } from 'typeorm';

/**
 * Why a row could not be locked for a write: it does not exist, or it changed since the client
 * read it. A plain error of this layer; the GraphQL edge (runMutation) turns it into a
 * `userErrors` entry on `field`.
 */
export class RowLockError extends Error {
  constructor(
    readonly reason: 'NOT_FOUND' | 'STALE_VERSION',
    message: string,
    readonly field: string[],
  ) {
    super(message);
    this.name = 'RowLockError';
  }
}

interface Versioned {
  id: number;
  version: number;
}

export interface LockOptions {
  /** What the row is, for messages, e.g. `Project`. */
  label: string;
  /** The input field that named the row, e.g. `["input", "projectId"]`. */
  field: string[];
  /** The version the client last read; a different current version is a CONFLICT. Absent: not checked. */
  expectedVersion?: number | null;
}

/**
 * Reads one row `FOR UPDATE` inside the caller's transaction. Holding the lock until commit means
 * the checks that follow (state, version, ownership) and the write cannot interleave with another
 * writer's, so a stale `version` is caught here and nothing is written.
 */
export async function lockRow<T extends Versioned>(
  em: EntityManager,
  target: EntityTarget<T>,
  id: number,
  /** `authorize` throws when the viewer may not change the row; it runs before the version check. */
  options: LockOptions & { authorize?: (row: T) => void },
): Promise<T> {
  const row = await em.getRepository(target).findOne({ where: { id } as FindOptionsWhere<T>, lock: { mode: 'pessimistic_write' } });
  if (!row) throw new RowLockError('NOT_FOUND', `No ${options.label} has this id.`, options.field);
  options.authorize?.(row);
  if (options.expectedVersion != null && options.expectedVersion !== row.version) {
    throw new RowLockError(
      'STALE_VERSION',
      `The ${options.label} changed since you read it (version ${options.expectedVersion}, now ${row.version}); read it again and retry.`,
      ['input', 'version'],
    );
  }
  return row;
}
