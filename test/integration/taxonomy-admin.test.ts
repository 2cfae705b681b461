import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../../src/graphql/global-id';
import type { Viewer } from '../../src/modules/accounts/tokens';
import { AccountRole, createTestAccount } from '../support/accounts';
import { createTestApi, type TestApi } from '../support/api';

let api: TestApi;
let admin: Viewer;
const made: { table: string; id: number }[] = [];

beforeAll(async () => {
  api = await createTestApi();
  admin = await createTestAccount(api.dataSource, AccountRole.ADMIN);
});
afterAll(async () => {
  for (const { table, id } of made) await api.dataSource.query(`DELETE FROM ${table} WHERE id = $1`, [id]);
  await api.close();
});

describe.each(['Domain', 'Technology'] as const)('update%s', (type) => {
  const table = type.toLowerCase();
  const UPDATE = `mutation($input: Update${type}Input!) { update${type}(input: $input) { ${table} { nameEn version } userErrors { field code message } } }`;

  async function entry(): Promise<{ id: number; globalId: string }> {
    const [{ id }] = await api.dataSource.query(`INSERT INTO ${table} (slug, name_ko, name_en) VALUES ($1, '시험', 'Test') RETURNING id`, [
      `test-admin-${randomUUID().slice(0, 8)}`,
    ]);
    made.push({ table, id });
    return { id, globalId: toGlobalId(type, id) };
  }

  it('renames against the version read, and the version grows by one', async () => {
    const { globalId } = await entry();
    const first = await api.query(UPDATE, { input: { [`${table}Id`]: globalId, version: 1, nameEn: 'Renamed' } }, admin);
    expect(first.data![`update${type}`]).toEqual({ [table]: { nameEn: 'Renamed', version: 2 }, userErrors: [] });
    const second = await api.query(UPDATE, { input: { [`${table}Id`]: globalId, version: 2, nameEn: 'Renamed again' } }, admin);
    expect(second.data![`update${type}`]).toEqual({ [table]: { nameEn: 'Renamed again', version: 3 }, userErrors: [] });
  });

  it('refuses a stale version with CONFLICT on input.version, writing nothing and auditing nothing', async () => {
    const { id, globalId } = await entry();
    await api.query(UPDATE, { input: { [`${table}Id`]: globalId, version: 1, nameEn: 'First admin' } }, admin);
    const stale = await api.query(UPDATE, { input: { [`${table}Id`]: globalId, version: 1, nameEn: 'Second admin' } }, admin);
    expect(stale.data![`update${type}`]).toEqual({
      [table]: null,
      userErrors: [{ field: ['input', 'version'], code: 'CONFLICT', message: expect.stringContaining('version 1, now 2') }],
    });
    const [row] = await api.dataSource.query(`SELECT name_en, version FROM ${table} WHERE id = $1`, [id]);
    expect(row).toEqual({ name_en: 'First admin', version: 2 });
    const [{ n }] = await api.dataSource.query('SELECT count(*)::int AS n FROM audit_entry WHERE subject_type = $1 AND subject_id = $2', [type, id]);
    expect(n).toBe(1);
  });

  it('answers an unknown id with NOT_FOUND on the id field', async () => {
    const result = await api.query(UPDATE, { input: { [`${table}Id`]: toGlobalId(type, 987654), version: 1, nameEn: 'Nobody' } }, admin);
    expect(result.data![`update${type}`].userErrors).toEqual([{ field: ['input', `${table}Id`], code: expect.any(String), message: expect.any(String) }]);
  });
});
