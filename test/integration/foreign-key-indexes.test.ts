import { createTestApi, type TestApi } from '../support/api';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api.close();
});

describe('foreign keys', () => {
  it('each lead some index, so joins and DataLoader batches by them never scan a table', async () => {
    // An index serves a foreign key when the key's columns are its leading columns, in any order.
    const unindexed: { table: string; constraint: string }[] = await api.dataSource.query(`
      SELECT c.conrelid::regclass::text AS table, c.conname AS constraint
        FROM pg_constraint c
       WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
         AND NOT EXISTS (
           SELECT 1 FROM pg_index i
            WHERE i.indrelid = c.conrelid
              AND (SELECT array_agg(k ORDER BY k) FROM unnest((i.indkey::int2[])[0:cardinality(c.conkey) - 1]) k)
                = (SELECT array_agg(k ORDER BY k) FROM unnest(c.conkey) k))
       ORDER BY 1, 2`);
    const [{ count }] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`,
    );
    expect(count).toBeGreaterThan(10);
    expect(unindexed).toEqual([]);
  });
});
