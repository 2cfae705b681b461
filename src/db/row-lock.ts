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
    /** What the row is, and for STALE_VERSION the version the client read and the current one: the edge words the message in the request's language. */
    readonly facts: { label: RowLabel; expected?: number; current?: number },
  ) {
    super(message);
    this.name = 'RowLockError';
  }
}

interface Versioned {
  id: number;
  version: number;
}

/** What a row is, in English and Korean, for messages: `{ en: 'project', ko: '사업' }`. */
export interface RowLabel {
  en: string;
  ko: string;
}

export interface LockOptions {
  /** What the row is, for messages. */
  label: RowLabel;
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
  if (!row) throw new RowLockError('NOT_FOUND', `No ${options.label.en} has this id.`, options.field, { label: options.label });
  options.authorize?.(row);
  if (options.expectedVersion != null && options.expectedVersion !== row.version) {
    throw new RowLockError(
      'STALE_VERSION',
      `The ${options.label.en} changed since you read it (version ${options.expectedVersion}, now ${row.version}); read it again and retry.`,
      ['input', 'version'],
      { label: options.label, expected: options.expectedVersion, current: row.version },
    );
  }
  return row;
}
