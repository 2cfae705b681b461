// The stored rules reach the solver (rule-inputs.ts, MatchingData.project): an organisation that
// opted out, one at its own maxConcurrentConsortia, a block, an expression of interest, the
// project's maxLargeStake as the default cap, and slot budget shares in the members' stakes.
import { toGlobalId } from '../../src/graphql/global-id';
import type { Viewer } from '../../src/modules/accounts/tokens';
import { AccountRole, createTestAccount } from '../support/accounts';
import { createTestApi, type TestApi } from '../support/api';

jest.setTimeout(60_000);

let api: TestApi;
let planner: Viewer;
let projectId: number;
const slugOf = new Map<number, string>();
const idOf = new Map<string, number>();
const consortia: number[] = [];

const PROJECT = 'busan-smart-water-leak';
const ASSEMBLE = `query($projectId: ID!, $options: ConsortiumOptionsInput) {
  assembleConsortium(projectId: $projectId, options: $options) {
    atCapacity optedOut
    alternatives { value largeStake members { stake organization { slug kind } } assignments { slot { id } organization { slug } } }
  }
}`;
const EXPLAIN = `query($projectId: ID!, $organizationId: ID!, $options: ConsortiumOptionsInput) {
  explainExclusion(projectId: $projectId, organizationId: $organizationId, options: $options) { cause }
}`;

beforeAll(async () => {
  api = await createTestApi();
  planner = await createTestAccount(api.dataSource, AccountRole.PLANNER);
  [{ id: projectId }] = await api.dataSource.query('SELECT id FROM project WHERE slug = $1', [PROJECT]);
  for (const row of await api.dataSource.query('SELECT id, slug FROM organization')) {
    slugOf.set(row.id, row.slug);
    idOf.set(row.slug, row.id);
  }
});
/** Organisations whose settings, blocks or interest a test changed: put back after each. */
const touched = new Set<number>();
afterEach(async () => {
  const ids = [...touched];
  touched.clear();
  await api.dataSource.query('UPDATE organization SET matchmaking = true, max_concurrent_consortia = 3 WHERE id = ANY($1)', [ids]);
  await api.dataSource.query('DELETE FROM partner_block WHERE organization_id = ANY($1)', [ids]);
  await api.dataSource.query('DELETE FROM project_interest WHERE project_id = $1 AND organization_id = ANY($2)', [projectId, ids]);
  if (consortia.length) {
    await api.dataSource.query('DELETE FROM consortium_member WHERE consortium_id = ANY($1)', [consortia]);
    await api.dataSource.query('DELETE FROM consortium WHERE id = ANY($1)', [consortia.splice(0)]);
  }
});
afterAll(() => api.close());

async function assemble(options: Record<string, unknown> = {}) {
  const result = await api.query(ASSEMBLE, { projectId: toGlobalId('Project', projectId), options: { k: 1, minIndustries: 1, ...options } }, planner);
  expect(result.errors).toBeUndefined();
  return result.data!.assembleConsortium;
}
/** The organisation's id, remembered for the clean-up. */
const touch = (slug: string): number => {
  const id = idOf.get(slug)!;
  touched.add(id);
  return id;
};
const slugs = (answer: any): string[] => answer.alternatives.flatMap((a: any) => a.members.map((m: any) => m.organization.slug));
async function cause(slug: string, options: Record<string, unknown> = {}) {
  const result = await api.query(
    EXPLAIN,
    { projectId: toGlobalId('Project', projectId), organizationId: toGlobalId('Organization', idOf.get(slug)!), options: { minIndustries: 1, ...options } },
    planner,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.explainExclusion.cause;
}

it('never suggests an organisation that turned matchmaking off', async () => {
  const [best] = slugs(await assemble());
  await api.dataSource.query('UPDATE organization SET matchmaking = false WHERE id = $1', [touch(best)]);
  const answer = await assemble({ k: 3 });
  expect(slugs(answer)).not.toContain(best);
  expect(answer.optedOut).toBeGreaterThanOrEqual(1);
  expect(await cause(best)).toBe('OPTED_OUT');
});

it('leaves out an organisation at its own maxConcurrentConsortia while respectCapacity, and counts it', async () => {
  const [best] = slugs(await assemble());
  const [row] = await api.dataSource.query(
    `INSERT INTO consortium (project_id, name, status, owner_id) SELECT id, 'capacity', 'DRAFT', $1 FROM project WHERE slug = 'busan-robot-delivery' RETURNING id`,
    [planner.accountId],
  );
  consortia.push(row.id);
  await api.dataSource.query(`INSERT INTO consortium_member (consortium_id, organization_id, role) VALUES ($1, $2, 'SOLUTION_PROVIDER')`, [
    row.id,
    idOf.get(best),
  ]);
  // One live consortium is below the default capacity of 3.
  expect(slugs(await assemble())).toContain(best);
  await api.dataSource.query('UPDATE organization SET max_concurrent_consortia = 1 WHERE id = $1', [touch(best)]);
  const answer = await assemble({ k: 3 });
  expect(slugs(answer)).not.toContain(best);
  expect(answer.atCapacity).toBeGreaterThanOrEqual(1);
  expect(await cause(best)).toBe('AT_CAPACITY');
  expect(slugs(await assemble({ respectCapacity: false }))).toContain(best);
});

it('puts no two organisations of a block in one alternative, whichever side blocked', async () => {
  const before = await assemble({ maxMembers: 6 });
  const team = before.alternatives[0].members.map((m: any) => m.organization.slug);
  expect(team.length).toBeGreaterThanOrEqual(2);
  const [a, b] = team;
  await api.dataSource.query('INSERT INTO partner_block (organization_id, blocked_organization_id) VALUES ($1, $2)', [touch(b), idOf.get(a)]);
  const after = await assemble({ k: 3, maxMembers: 6 });
  for (const alternative of after.alternatives) {
    const inIt = alternative.members.map((m: any) => m.organization.slug);
    expect(inIt.includes(a) && inIt.includes(b)).toBe(false);
  }
  expect(after.alternatives[0].value).toBeLessThanOrEqual(before.alternatives[0].value);
});

it('adds interestBonus for members that expressed interest in the project', async () => {
  const base = await assemble();
  const team = new Set(slugs(base));
  // Interest from every member of the best team is worth interestBonus each on top.
  for (const slug of team)
    await api.dataSource.query('INSERT INTO project_interest (project_id, organization_id, slot_ids, message) VALUES ($1, $2, $3, $4)', [
      projectId,
      touch(slug),
      [],
      'interested',
    ]);
  expect((await assemble()).alternatives[0].value).toBeCloseTo(base.alternatives[0].value, 4);
  const bonus = await assemble({ interestBonus: 2 });
  expect(bonus.alternatives[0].value).toBeCloseTo(base.alternatives[0].value + 2 * team.size, 3);
});

it("caps the large enterprises' stake at the project's maxLargeStake unless the option says otherwise", async () => {
  const [{ max_large_stake }] = await api.dataSource.query('SELECT max_large_stake FROM project WHERE id = $1', [projectId]);
  expect(max_large_stake).toBe(0.3);
  const capped = await assemble({ k: 3 });
  for (const alternative of capped.alternatives) expect(alternative.largeStake).toBeLessThanOrEqual(0.3 + 1e-4);
  const lifted = await assemble({ k: 3, maxLargeStake: null });
  expect(lifted.alternatives[0].value).toBeGreaterThanOrEqual(capped.alternatives[0].value - 1e-4);
  const explicit = await assemble({ k: 3, maxLargeStake: 0.3 });
  expect(explicit.alternatives.map((a: any) => a.value)).toEqual(capped.alternatives.map((a: any) => a.value));
});

it('gives each member the budget share of the slots it fills as its stake', async () => {
  const [alternative] = (await assemble({ requireFullCoverage: false })).alternatives;
  const shares = new Map<string, number>(
    (await api.dataSource.query('SELECT id, budget_share FROM requirement_slot WHERE project_id = $1', [projectId])).map((r: any) => [
      toGlobalId('RequirementSlot', r.id),
      r.budget_share,
    ]),
  );
  const filled = alternative.assignments.reduce((sum: number, a: any) => sum + shares.get(a.slot.id)!, 0);
  for (const member of alternative.members) {
    const own = alternative.assignments
      .filter((a: any) => a.organization?.slug === member.organization.slug)
      .reduce((sum: number, a: any) => sum + shares.get(a.slot.id)!, 0);
    expect(member.stake).toBeCloseTo(own / filled, 4);
  }
});
