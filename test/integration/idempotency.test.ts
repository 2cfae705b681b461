// Issue 11, finding 2: create mutations take an optional clientMutationId. A retry with the same
// key answers the first result and writes nothing more; the key is per account, kept 24 hours,
// and the same key with another input or mutation is a CONFLICT.
import { randomUUID } from 'node:crypto';
import type { Viewer } from '../../src/modules/accounts/tokens';
import { AccountRole, createTestAccount } from '../support/accounts';
import { createTestApi, type TestApi } from '../support/api';
import { projectInput, SLOT, useTestCity } from '../support/workflows';

let api: TestApi;
let planner: Viewer;
let otherPlanner: Viewer;
let admin: Viewer;
let dropTestCity: () => Promise<void>;

beforeAll(async () => {
  api = await createTestApi();
  dropTestCity = await useTestCity(api.dataSource);
  planner = await createTestAccount(api.dataSource, AccountRole.PLANNER);
  otherPlanner = await createTestAccount(api.dataSource, AccountRole.PLANNER);
  admin = await createTestAccount(api.dataSource, AccountRole.ADMIN);
});
afterAll(async () => {
  await api.dataSource.query('DELETE FROM domain WHERE slug LIKE $1', ['idem-%']);
  await dropTestCity();
  await api.close();
});

const CREATE_PROJECT = `mutation($input: CreateProjectInput!) { createProject(input: $input) {
  project { id slug version slots { id position domain { slug } } } userErrors { field message code } } }`;
const CREATE_DOMAIN = `mutation($input: CreateDomainInput!) { createDomain(input: $input) {
  domain { id slug nameEn } userErrors { field message code } } }`;

async function createProject(input: Record<string, unknown>, viewer: Viewer = planner) {
  const result = await api.query(CREATE_PROJECT, { input }, viewer);
  expect(result.errors).toBeUndefined();
  return result.data!.createProject as {
    project: { id: string; slug: string; slots: unknown[] } | null;
    userErrors: { field: string[]; code: string; message: string }[];
  };
}

async function projectsWithSlug(slug: string): Promise<number> {
  const [{ count }] = await api.dataSource.query('SELECT count(*)::int AS count FROM project WHERE slug = $1', [slug]);
  return count;
}

describe('clientMutationId', () => {
  it('answers a retry with the first result and writes nothing more', async () => {
    const input = projectInput([SLOT, { ...SLOT, role: 'OPERATOR', domain: 'water', technologies: [] }], { clientMutationId: randomUUID() });
    const first = await createProject(input);
    expect(first.userErrors).toEqual([]);
    const [slotsBefore] = await api.dataSource.query('SELECT count(*)::int AS n FROM requirement_slot');
    const again = await createProject(input);
    expect(again).toEqual(first);
    expect(await projectsWithSlug(input.slug)).toBe(1);
    const [slotsAfter] = await api.dataSource.query('SELECT count(*)::int AS n FROM requirement_slot');
    expect(slotsAfter.n).toBe(slotsBefore.n);
  });

  it('records no second audit entry on a retry', async () => {
    const input = { clientMutationId: randomUUID(), slug: `idem-${randomUUID().slice(0, 8)}`, nameKo: '시험', nameEn: 'Idempotent domain' };
    const first = await api.query(CREATE_DOMAIN, { input }, admin);
    const again = await api.query(CREATE_DOMAIN, { input }, admin);
    expect(first.data!.createDomain.userErrors).toEqual([]);
    expect(again.data).toEqual(first.data);
    const [{ count }] = await api.dataSource.query("SELECT count(*)::int AS count FROM audit_entry WHERE action = 'domain.created' AND details->>'slug' = $1", [
      input.slug,
    ]);
    expect(count).toBe(1);
  });

  it('answers CONFLICT for the same key with another input or another mutation, writing nothing', async () => {
    const key = randomUUID();
    const input = projectInput([SLOT], { clientMutationId: key });
    expect((await createProject(input)).userErrors).toEqual([]);
    const changed = { ...input, slug: `${input.slug}-b`, titleEn: 'Another title' };
    const conflict = await createProject(changed);
    expect(conflict.project).toBeNull();
    expect(conflict.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['input', 'clientMutationId'] })]);
    expect(await projectsWithSlug(changed.slug)).toBe(0);

    const domain = await api.query(
      CREATE_DOMAIN,
      { input: { clientMutationId: key, slug: `idem-${randomUUID().slice(0, 8)}`, nameKo: '시험', nameEn: 'x' } },
      planner,
    );
    // A planner may not create domains at all: the key is checked only for those who may.
    expect(domain.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await api.query(
      `mutation($input: AddRequirementSlotInput!) { addRequirementSlot(input: $input) { slot { id } userErrors { field code message } } }`,
      { input: { clientMutationId: key, projectId: (await createProject(projectInput())).project!.id, slot: SLOT } },
      planner,
    );
    expect(other.data!.addRequirementSlot.userErrors).toEqual([
      expect.objectContaining({ code: 'CONFLICT', field: ['input', 'clientMutationId'], message: expect.stringContaining('createProject') }),
    ]);
  });

  it('forgets a key after 24 hours: the same key then makes a new write', async () => {
    const key = randomUUID();
    const first = await createProject(projectInput([SLOT], { clientMutationId: key }));
    await api.dataSource.query("UPDATE client_mutation SET created_at = now() - interval '25 hours' WHERE account_id = $1 AND client_mutation_id = $2", [
      planner.accountId,
      key,
    ]);
    const later = await createProject(projectInput([SLOT], { clientMutationId: key }));
    expect(later.userErrors).toEqual([]);
    expect(later.project!.id).not.toBe(first.project!.id);
    const [{ count }] = await api.dataSource.query('SELECT count(*)::int AS count FROM client_mutation WHERE account_id = $1 AND client_mutation_id = $2', [
      planner.accountId,
      key,
    ]);
    expect(count).toBe(1);
  });

  it('is scoped to the account: another account may use the same key', async () => {
    const key = randomUUID();
    const mine = await createProject(projectInput([SLOT], { clientMutationId: key }), planner);
    const theirs = await createProject(projectInput([SLOT], { clientMutationId: key }), otherPlanner);
    expect(mine.userErrors).toEqual([]);
    expect(theirs.userErrors).toEqual([]);
    expect(theirs.project!.id).not.toBe(mine.project!.id);
  });

  it('writes once when two requests with one key race', async () => {
    const input = projectInput([SLOT], { clientMutationId: randomUUID() });
    const [a, b] = await Promise.all([createProject(input), createProject(input)]);
    expect(a.userErrors).toEqual([]);
    expect(b).toEqual(a);
    expect(await projectsWithSlug(input.slug)).toBe(1);
  });

  it('answers CONFLICT, not an error, to the loser of a race between one key and two inputs', async () => {
    const key = randomUUID();
    const answers = await Promise.all([
      createProject(projectInput([SLOT], { clientMutationId: key })),
      createProject(projectInput([SLOT], { clientMutationId: key })),
    ]);
    const won = answers.filter((a) => a.userErrors.length === 0);
    const lost = answers.filter((a) => a.userErrors.length > 0);
    expect(won).toHaveLength(1);
    expect(lost).toEqual([{ project: null, userErrors: [expect.objectContaining({ code: 'CONFLICT', field: ['input', 'clientMutationId'] })] }]);
  });

  it('is validated: 1–100 visible ASCII characters', async () => {
    for (const bad of ['', 'x'.repeat(101), 'has space', 'ключ']) {
      const answer = await createProject(projectInput([SLOT], { clientMutationId: bad }));
      expect(answer.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'clientMutationId'] })]);
    }
  });

  it('changes nothing without a key: two identical creates are two writes (the slug tells them apart)', async () => {
    const input = projectInput([SLOT]);
    expect((await createProject(input)).userErrors).toEqual([]);
    expect((await createProject(input)).userErrors).toEqual([expect.objectContaining({ code: 'SLUG_TAKEN', field: ['input', 'slug'] })]);
  });
});
