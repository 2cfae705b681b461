import { decodeCursor, encodeCursor } from '../../src/graphql/cursor';
import { planPage, toConnection } from '../../src/graphql/paging';

const key = (id: number) => ({ order: 'NAME_KO:ASC', value: `name-${id}`, id });

describe('cursors', () => {
  it('round-trip for the ordering they were made for', () => {
    expect(decodeCursor(encodeCursor(key(7)), 'NAME_KO:ASC', 'after')).toEqual(key(7));
  });

  it('refuse another ordering and garbage, naming the argument', () => {
    expect(() => decodeCursor(encodeCursor(key(7)), 'EMPLOYEES:DESC', 'before')).toThrow(/before is a cursor for another ordering/);
    expect(() => decodeCursor('%%%', 'NAME_KO:ASC', 'after')).toThrow(/after is not a valid cursor/);
    expect(() => decodeCursor(Buffer.from('[1,2]').toString('base64url'), 'NAME_KO:ASC', 'after')).toThrow(/not a valid cursor/);
  });
});

describe('planPage', () => {
  it('reads forwards 20 by default, backwards with last', () => {
    expect(planPage({}, 'X')).toEqual({ backward: false, limit: 20, after: null, before: null });
    expect(planPage({ last: 5 }, 'X')).toMatchObject({ backward: true, limit: 5 });
  });

  it('refuses first and last together', () => {
    expect(() => planPage({ first: 1, last: 1 }, 'X')).toThrow(/either first or last/);
  });
});

describe('toConnection', () => {
  const rows = [1, 2, 3, 4].map((id) => ({ id }));
  const keyOf = (row: { id: number }) => key(row.id);

  it('uses the extra row only to tell that more follow', () => {
    const c = toConnection(rows, { backward: false, limit: 3, after: null, before: null }, keyOf, 10);
    expect(c.edges.map((e) => e.node.id)).toEqual([1, 2, 3]);
    expect(c.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(c.pageInfo.endCursor).toBe(encodeCursor(key(3)));
    expect(c.totalCount).toBe(10);
  });

  it('puts a backward read back in list order', () => {
    const c = toConnection(rows, { backward: true, limit: 3, after: null, before: key(9) }, keyOf, 10);
    expect(c.edges.map((e) => e.node.id)).toEqual([3, 2, 1]);
    expect(c.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('gives null cursors for an empty page', () => {
    const c = toConnection([], { backward: false, limit: 3, after: null, before: null }, keyOf, 0);
    expect(c.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });
});
