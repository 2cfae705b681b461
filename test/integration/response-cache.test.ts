import { randomUUID } from 'node:crypto';
import { readDataVersion } from '../../src/db/data-version';
import { AccountRole, createTestAccount } from '../support/accounts';
import { createTestApi, type Result, type TestApi } from '../support/api';
import { ok, projectInput, useTestCity } from '../support/workflows';
import type { Viewer } from '../../src/modules/accounts/tokens';

let api: TestApi;
let dropTestCity: () => Promise<void>;
let planner: Viewer;

beforeAll(async () => {
  api = await createTestApi({ responseCache: true });
  dropTestCity = await useTestCity(api.dataSource);
  planner = await createTestAccount(api.dataSource, AccountRole.PLANNER);
});
afterAll(async () => {
  await dropTestCity();
  await api.close();
});

const ORGANIZATIONS = '{ organizations(first: 3) { totalCount edges { node { id nameEn capabilities { level domain { slug } } } } } }';
const PROJECT = 'query($id: ID!) { project(id: $id) { id titleEn status } }';

/**
 * Runs `document` three times (the cache stores a request that came before under the same data
 * version) and returns the last two answers and what the last run sent to the database. Other
 * test files write to the same database meanwhile, and every write rightly empties the cache; so
 * this tries again until the data version held still across all three runs, which is when a hit
 * is owed.
 */
async function secondRunStatements(document: string, viewer: Viewer | null = null): Promise<{ first: Result; second: Result; statements: string[] }> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const before = await readDataVersion(api.dataSource);
    // Once more before: the cache stores a request only when it came before under the same version.
    await api.query(document, undefined, viewer);
    const first = await api.query(document, undefined, viewer);
    api.counter.statements = [];
    const second = await api.query(document, undefined, viewer);
    const statements = [...api.counter.statements];
    if ((await readDataVersion(api.dataSource)) === before) return { first, second, statements };
  }
  throw new Error('the data version never held still for two requests');
}

describe('the response cache', () => {
  it('answers a repeated anonymous query from the cache, reading only the data version', async () => {
    const { first, second, statements } = await secondRunStatements(ORGANIZATIONS);
    expect(first.errors).toBeUndefined();
    expect(first.data!.organizations.edges).toHaveLength(3);
    expect(second).toEqual(first);
    expect(statements).toEqual([expect.stringContaining('FROM data_version')]);
  });

  it('leaves a request it has not seen before to run without it: no data-version read, nothing stored', async () => {
    const run = async (document: string) => {
      api.counter.statements = [];
      expect((await api.query(document)).errors).toBeUndefined();
      return [...api.counter.statements];
    };
    for (let attempt = 0; attempt < 50; attempt++) {
      // A document no other test sends, so the admission filter has not seen it.
      const document = `{ organizations(first: 2) { edges { node { id } } } unseen${attempt}: domains { slug } }`;
      const first = await run(document);
      expect(first.some((s) => s.includes('FROM data_version'))).toBe(false);
      expect(first.some((s) => s.includes('"organization"'))).toBe(true);
      const before = await readDataVersion(api.dataSource);
      const second = await run(document);
      const third = await run(document);
      // Another test file's write between the second and third runs would rightly make the third a miss: try again.
      if ((await readDataVersion(api.dataSource)) !== before) continue;
      // Its second time: the version is read, the answer executed and stored; its third, a hit.
      expect(second[0]).toContain('FROM data_version');
      expect(second.some((s) => s.includes('"organization"'))).toBe(true);
      expect(third).toEqual([expect.stringContaining('FROM data_version')]);
      return;
    }
    throw new Error('the data version never held still for two requests');
  });

  it('does not store an answer whose data changed since its request last came, until it comes again unchanged', async () => {
    const hasOrganizations = (statements: string[]) => statements.some((s) => s.includes('"organization"'));
    for (let attempt = 0; attempt < 50; attempt++) {
      const document = `{ organizations(first: 2) { edges { node { id } } } attempt${attempt}: domains { slug } }`;
      await api.query(document); // its first time: not cached
      await api.query(document); // its second: stored
      await api.dataSource.query('UPDATE data_version SET version = version + 1 WHERE id = 1');
      const before = await readDataVersion(api.dataSource);
      const runs: string[][] = [];
      for (let run = 0; run < 3; run++) {
        api.counter.statements = [];
        expect((await api.query(document)).errors).toBeUndefined();
        runs.push([...api.counter.statements]);
      }
      // Another test file's write in between would rightly change what is owed: try again.
      if ((await readDataVersion(api.dataSource)) !== before) continue;
      const [changed, again, hit] = runs;
      expect(hasOrganizations(changed)).toBe(true); // executed, not stored: the data changed since it last came
      expect(hasOrganizations(again)).toBe(true); // executed again, now stored
      expect(hit).toEqual([expect.stringContaining('FROM data_version')]);
      return;
    }
    throw new Error('the data version never held still for three requests');
  });

  it('sees a change made through the API at once: a cached answer outlives no write', async () => {
    const { project } = await ok(api, 'createProject', projectInput(), planner);
    const id = project.id;
    // A draft is hidden from anonymous callers; the null answer is cached.
    expect((await api.query(PROJECT, { id })).data).toEqual({ project: null });
    expect((await api.query(PROJECT, { id })).data).toEqual({ project: null });
    await ok(api, 'openProject', { projectId: id }, planner);
    expect((await api.query(PROJECT, { id })).data).toEqual({ project: { id, titleEn: 'Test project', status: 'OPEN' } });
  });

  it('sees a change made by hand in SQL (or by another instance) at once', async () => {
    const { project } = await ok(api, 'createProject', projectInput(), planner);
    await ok(api, 'openProject', { projectId: project.id }, planner);
    const before = await api.query(PROJECT, { id: project.id });
    expect(before.data!.project.titleEn).toBe('Test project');
    await api.dataSource.query(`UPDATE project SET title_en = 'Renamed in SQL' WHERE slug = $1`, [project.slug]);
    expect((await api.query(PROJECT, { id: project.id })).data!.project.titleEn).toBe('Renamed in SQL');
  });

  it('never serves signed-in callers from it, nor stores their answers: what they see depends on who they are', async () => {
    const anonymous = await api.query(ORGANIZATIONS);
    const { first, statements } = await secondRunStatements(ORGANIZATIONS, planner);
    // Planners see every approved member, anonymous callers only public profiles.
    expect(first.data!.organizations.totalCount).toBeGreaterThan(anonymous.data!.organizations.totalCount);
    expect(statements.some((s) => s.includes('FROM data_version'))).toBe(false);
    // Executed: the organisations were read (in one statement, organization.plan.ts).
    expect(statements.some((s) => s.includes('FROM "organization"'))).toBe(true);
  });

  it('does not store answers with errors', async () => {
    const partial = '{ organizations(first: 1) { totalCount } organization(id: "not-an-id") { id } }';
    const { first, second, statements } = await secondRunStatements(partial);
    expect(first.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(second.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(statements.some((s) => /FROM "?organization"?/.test(s))).toBe(true);
  });

  it('never answers a mutation from it', async () => {
    const signUp = 'mutation($input: SignUpInput!) { signUp(input: $input) { account { email } userErrors { code } } }';
    const input = { email: `cache-${randomUUID()}@test.example`, password: 'correct horse battery staple' };
    const first = await api.query(signUp, { input });
    const second = await api.query(signUp, { input });
    expect(first.data!.signUp.userErrors).toEqual([]);
    expect(second.data!.signUp).toEqual({ account: null, userErrors: [{ code: 'EMAIL_TAKEN' }] });
  });

  it('is emptied by a change to any table an answer can read: every table bumps the data version', async () => {
    const rows: { table: string }[] = await api.dataSource.query(
      `SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
          AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = c.relname || '_bumps_data_version')
        ORDER BY 1`,
    );
    // The audit log is read only by admins, and written only beside a change that bumps the version;
    // typeorm_metadata holds TypeORM's record of a generated column, written by migrations alone.
    expect(rows.map((r) => r.table)).toEqual(['audit_entry', 'client_mutation', 'data_version', 'matching_data_version', 'migrations', 'typeorm_metadata']);
  });
});
