// The demo data can be played through: with demo accounts on, every sample (and synthetic)
// organisation has an OWNER at owner@<slug>.example with one demo password, and the three demo
// accounts of old keep their addresses and passwords.
import { DEMO_ACCOUNTS, DEMO_OWNER_PASSWORD, DEMO_OWNERS, demoOwnerEmail, seedDemoAccounts } from '../../seeds/demo-accounts';
import { organizations } from '../../seeds/data/organizations';
import { createTestApi, type TestApi } from '../support/api';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
  await seedDemoAccounts(api.dataSource);
});
afterAll(async () => {
  await api.close();
});

const SIGN_IN = `mutation($input: SignInInput!) {
  signIn(input: $input) { token account { email role organization { slug } } userErrors { code } }
}`;

async function signIn(email: string, password: string) {
  const result = await api.query(SIGN_IN, { input: { email, password } });
  expect(result.errors).toBeUndefined();
  return result.data!.signIn;
}

interface OwnerRow {
  email: string;
  slug: string;
  role: string;
  team_role: string;
  password_hash: string;
}

const ownersOf = (slugs: string[] | 'synthetic'): Promise<OwnerRow[]> =>
  api.dataSource.query(
    `SELECT a.email, o.slug, a.role, a.team_role, a.password_hash
       FROM account a JOIN organization o ON o.id = a.organization_id
      WHERE a.email = 'owner@' || o.slug || '.example' AND ${slugs === 'synthetic' ? "o.slug LIKE 'syn-%'" : 'o.slug = ANY($1)'}
      ORDER BY o.slug`,
    slugs === 'synthetic' ? [] : [slugs],
  );

it('gives every sample organisation an OWNER at owner@<slug>.example, all sharing one hash of the demo password', async () => {
  expect(DEMO_OWNERS).toHaveLength(organizations.length);
  const owners = await ownersOf(organizations.map((o) => o.slug));
  expect(owners.map((o) => o.slug)).toEqual(organizations.map((o) => o.slug).sort());
  for (const owner of owners) expect(owner).toMatchObject({ email: demoOwnerEmail(owner.slug), role: 'MEMBER', team_role: 'OWNER' });
  // Hashed once per seeding: a start does not pay scrypt once per organisation.
  expect(new Set(owners.map((o) => o.password_hash)).size).toBeLessThanOrEqual(2);
});

it('gives the synthetic members owners too, so a consortium that picks one can still be answered', async () => {
  const count = Number((await api.dataSource.query("SELECT count(*) FROM organization WHERE slug LIKE 'syn-%'"))[0].count);
  expect(count).toBeGreaterThan(0);
  expect(await ownersOf('synthetic')).toHaveLength(count);
});

it('signs the demo owners in with the one demo password, each into its organisation', async () => {
  for (const slug of ['hanbit-telecom', organizations[organizations.length - 1].slug, 'syn-000001']) {
    const payload = await signIn(demoOwnerEmail(slug), DEMO_OWNER_PASSWORD);
    expect(payload.userErrors).toEqual([]);
    expect(payload.account).toEqual({ email: demoOwnerEmail(slug), role: 'MEMBER', organization: { slug } });
  }
});

it('keeps the three demo accounts, their addresses and passwords; the demo member owns hanbit-telecom', async () => {
  for (const demo of DEMO_ACCOUNTS) {
    const payload = await signIn(demo.email, demo.password);
    expect(payload.userErrors).toEqual([]);
    expect(payload.account).toEqual({ email: demo.email, role: demo.role, organization: demo.organization ? { slug: demo.organization } : null });
  }
  const [member] = await api.dataSource.query("SELECT team_role FROM account WHERE email = 'member@hanbit-telecom.example'");
  expect(member.team_role).toBe('OWNER');
});

it('is idempotent: seeding again creates nothing and leaves every password alone', async () => {
  const before = await ownersOf(organizations.map((o) => o.slug));
  expect(await seedDemoAccounts(api.dataSource)).toBe(0);
  expect(await ownersOf(organizations.map((o) => o.slug))).toEqual(before);
});

it('gives an owner whose organisation was re-created (seed:synthetic reloads its members) that organisation back', async () => {
  const email = demoOwnerEmail('syn-000002');
  // What deleting the organisation did to its owner (ON DELETE SET NULL), without deleting it under other test files.
  await api.dataSource.query('UPDATE account SET organization_id = NULL, team_role = NULL WHERE email = $1', [email]);
  expect(await seedDemoAccounts(api.dataSource)).toBe(0);
  const [owner] = await ownersOf(['syn-000002']);
  expect(owner).toMatchObject({ email, role: 'MEMBER', team_role: 'OWNER' });
});
