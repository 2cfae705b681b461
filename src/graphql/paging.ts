import type { Page, PagePlan } from '../db/keyset';
import { badUserInput } from './user-error';
import { ConnectionArgs, Connection, DEFAULT_PAGE_SIZE } from './connection';
import { CursorKey, decodeCursor, encodeCursor } from './cursor';

/** What a connection's arguments ask for, validated: which way to read, how many, between which cursors (src/db/keyset.ts). */
export type { Page, PagePlan };

export function planPage(args: ConnectionArgs, order: string): PagePlan {
  const { first, last, after, before } = args;
  if (first != null && last != null) {
    throw badUserInput({ en: 'Pass either first or last, not both.', ko: 'first와 last 가운데 하나만 주십시오.' }, 'last');
  }
  return {
    backward: last != null,
    limit: last ?? first ?? DEFAULT_PAGE_SIZE,
    after: after != null ? decodeCursor(after, order, 'after') : null,
    before: before != null ? decodeCursor(before, order, 'before') : null,
  };
}

/**
 * Turns rows fetched in reading order (limit + 1 of them, the extra one only telling whether more
 * follow) into a Relay connection in list order.
 */
export function toConnection<T>(
  rows: T[],
  plan: PagePlan,
  keyOf: (row: T) => CursorKey,
  /** A number, or a count to run only if the client selects `totalCount` (often the costliest statement of a page). */
  totalCount: number | (() => Promise<number>),
): Connection<T> {
  const hasMore = rows.length > plan.limit;
  const page = rows.slice(0, plan.limit);
  if (plan.backward) page.reverse();
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  const connection: Connection<T> = {
    edges,
    totalCount: typeof totalCount === 'number' ? totalCount : 0,
    pageInfo: {
      hasNextPage: plan.backward ? plan.before !== null : hasMore,
      hasPreviousPage: plan.backward ? hasMore : plan.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
  if (typeof totalCount === 'function') {
    // GraphQL reads the field off the object, so a getter runs the count on first read, once.
    let counted: Promise<number> | undefined;
    Object.defineProperty(connection, 'totalCount', { enumerable: true, get: () => (counted ??= totalCount()) });
  }
  return connection;
}

/** A connection at the GraphQL edge: decodes the arguments' cursors for `order`, lets `read` fetch the page, builds the connection. */
export async function pageConnection<T>(args: ConnectionArgs, order: string, read: (plan: PagePlan) => Promise<Page<T>>): Promise<Connection<T>> {
  const plan = planPage(args, order);
  const page = await read(plan);
  return toConnection(page.rows, plan, (row) => ({ order, ...page.keyOf(row) }), page.totalCount);
}
