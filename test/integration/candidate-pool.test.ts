import { CandidatePool } from '../../src/modules/matching/candidate-pool';
import { createTestApi, type TestApi } from '../support/api';
import { approved, seededOrganizations } from '../support/oracle';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api.close();
});

async function version(): Promise<bigint> {
  const [{ version }] = await api.dataSource.query('SELECT version::text AS version FROM matching_data_version');
  return BigInt(version);
}

describe('the in-memory candidate pool', () => {
  it('holds every approved organisation with all its capabilities', async () => {
    const pool = await new CandidatePool(api.dataSource).current();
    const expected = seededOrganizations.filter(approved);
    // Mutation tests running alongside approve organisations of their own for a moment; compare the seeded ones.
    const seeded = new Set(
      (await api.dataSource.query('SELECT id FROM organization WHERE slug = ANY($1)', [seededOrganizations.map((o) => o.slug)])).map(
        (r: { id: number }) => r.id,
      ),
    );
    const seededInPool = pool.organizations.filter((o) => seeded.has(o.id));
    expect(seededInPool).toHaveLength(expected.length);
    const capabilities = seededInPool.reduce((sum, o) => sum + o.capabilities.length, 0);
    expect(capabilities).toBe(expected.reduce((sum, o) => sum + o.capabilities.length, 0));
    expect(pool.organizations.map((o) => o.id)).toEqual([...pool.organizations.map((o) => o.id)].sort((a, b) => a - b));
  });

  it('is read again exactly when a change to what matching reads moves the data version', async () => {
    const pool = new CandidatePool(api.dataSource);
    await pool.current();
    await pool.current();
    expect(pool.loads).toBe(1);

    const [{ id }] = await api.dataSource.query(`SELECT id FROM organization WHERE membership_status = 'APPROVED' ORDER BY id LIMIT 1`);
    // Writes that change nothing still count as changes; they leave the data the other tests read intact.
    const touches = [
      'UPDATE organization SET kind = kind WHERE id = $1',
      'UPDATE organization SET visibility = visibility, membership_status = membership_status WHERE id = $1',
      'UPDATE capability SET level = level WHERE organization_id = $1',
      'UPDATE capability_technology SET technology_id = technology_id WHERE capability_id IN (SELECT id FROM capability WHERE organization_id = $1)',
      'UPDATE capability_city SET pilot_city_id = pilot_city_id WHERE capability_id IN (SELECT id FROM capability WHERE organization_id = $1)',
    ];
    for (const [i, sql] of touches.entries()) {
      const before = await version();
      await api.dataSource.query(sql, [id]);
      expect(await version()).toBeGreaterThan(before);
      await pool.current();
      expect(pool.loads).toBe(i + 2);
    }
    const fresh = await new CandidatePool(api.dataSource).current();
    expect((await pool.current()).organizations).toEqual(fresh.organizations);
  });

  it('is not read again for a profile edit that matching does not read', async () => {
    const [{ id }] = await api.dataSource.query(`SELECT id FROM organization WHERE membership_status = 'APPROVED' ORDER BY id LIMIT 1`);
    const pool = new CandidatePool(api.dataSource);
    await pool.current();
    // In one snapshot: another test file's write cannot move the version between the two reads.
    for (const sql of [
      'UPDATE organization SET website = website, employees = employees WHERE id = $1',
      'UPDATE organization SET description_ko = description_ko, name_en = name_en WHERE id = $1',
    ]) {
      const moved = await api.dataSource.transaction('REPEATABLE READ', async (em) => {
        const [{ before }] = await em.query('SELECT version AS before FROM matching_data_version');
        await em.query(sql, [id]);
        const [{ after }] = await em.query('SELECT version AS after FROM matching_data_version');
        return after !== before;
      });
      expect(moved).toBe(false);
    }
  });

  it('shares one read between concurrent requests', async () => {
    const pool = new CandidatePool(api.dataSource);
    const [a, b, c] = await Promise.all([pool.current(), pool.current(), pool.current()]);
    expect(pool.loads).toBe(1);
    expect(b).toBe(a);
    expect(c).toBe(a);
  });
});
