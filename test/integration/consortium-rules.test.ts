// Issue 14's rules on stored consortia: stakes from an alternative's slots and budget shares,
// set by the planner, checked at confirmation (they add up to 1, the large enterprises' within the
// project's cap); hand-made members must fit their slots (NO_FIT) unless allowed with a reason;
// and an award dissolves the project's other consortia, expiring their invitations.
import type { Viewer } from '../../src/modules/accounts/tokens';
import { OrganizationKind } from '../../src/modules/organizations/organization.enums';
import { AccountRole, createTestAccount } from '../support/accounts';
import { createTestApi, type TestApi } from '../support/api';
import { createTestOrganization, removeTestOrganizations } from '../support/organizations';
import { ok, orgId, projectInput, snapshot, USER_ERRORS, useTestCity } from '../support/workflows';

let api: TestApi;
let planner: Viewer;
let dropTestCity: () => Promise<void>;
/** Three organisations that fit the mobility slot, the water slot and both (in that order); the last is a large enterprise. */
let fits: { id: number; viewer: Viewer }[];
/** One with no capability at all. */
let unfit: number;

const SLOTS = [
  { role: 'LEAD', domain: 'mobility', technologies: ['ai'], minLevel: 2, weight: 3, budgetShare: 3 },
  { role: 'OPERATOR', domain: 'water', technologies: [], minLevel: 1, weight: 2, budgetShare: 1 },
];

const q = (sql: string, params: unknown[] = []) => api.dataSource.query(sql, params);

async function capability(organizationId: number, domain: string, technologies: string[], level: number): Promise<void> {
  const [{ id }] = await q(`INSERT INTO capability (organization_id, domain_id, level) SELECT $1, id, $3 FROM domain WHERE slug = $2 RETURNING id`, [
    organizationId,
    domain,
    level,
  ]);
  await q('INSERT INTO capability_technology (capability_id, technology_id) SELECT $1, id FROM technology WHERE slug = ANY($2)', [id, technologies]);
}

beforeAll(async () => {
  api = await createTestApi();
  dropTestCity = await useTestCity(api.dataSource);
  planner = await createTestAccount(api.dataSource, AccountRole.PLANNER);
  fits = [];
  for (const [domain, technologies] of [
    ['mobility', ['ai']],
    ['water', []],
  ] as const) {
    const o = await createTestOrganization(api.dataSource);
    await capability(o.id, domain, [...technologies], 3);
    fits.push({ id: o.id, viewer: await createTestAccount(api.dataSource, AccountRole.MEMBER, o.id) });
  }
  const large = await createTestOrganization(api.dataSource);
  await q('UPDATE organization SET kind = $2 WHERE id = $1', [large.id, OrganizationKind.LARGE_ENTERPRISE]);
  await capability(large.id, 'mobility', ['ai'], 4);
  await capability(large.id, 'water', ['iot'], 4);
  fits.push({ id: large.id, viewer: await createTestAccount(api.dataSource, AccountRole.MEMBER, large.id) });
  unfit = (await createTestOrganization(api.dataSource)).id;
});
afterAll(async () => {
  await dropTestCity();
  await removeTestOrganizations(api.dataSource);
  await api.close();
});

const CONSORTIUM = `consortium { id status version members { organization { id } stake invitationStatus } }`;
const DOCS = {
  createConsortium: `mutation($input: CreateConsortiumInput!) { createConsortium(input: $input) { ${CONSORTIUM} ${USER_ERRORS} } }`,
  setConsortiumStakes: `mutation($input: SetConsortiumStakesInput!) { setConsortiumStakes(input: $input) { ${CONSORTIUM} ${USER_ERRORS} } }`,
  confirmConsortium: `mutation($input: ConsortiumTransitionInput!) { confirmConsortium(input: $input) {
    ${CONSORTIUM} userErrors { field message code ... on ConsortiumError { stakeSum largeStake maxLargeStake } } } }`,
};

async function run(op: keyof typeof DOCS, input: Record<string, unknown>, viewer: Viewer = planner) {
  const result = await api.query(DOCS[op], { input }, viewer);
  expect(result.errors).toBeUndefined();
  return result.data![op];
}

async function openProject(extra: Record<string, unknown> = {}) {
  const { project } = await ok(api, 'createProject', projectInput(SLOTS, extra), planner);
  await ok(api, 'openProject', { projectId: project.id }, planner);
  return project as { id: string; slots: { id: string }[] };
}

/** A hand-made consortium of `members` (indices into `fits`), slot i filled by assignment[i]. */
async function handMade(project: { id: string; slots: { id: string }[] }, members: number[], assignment: number[]) {
  const payload = await run('createConsortium', {
    projectId: project.id,
    name: 'Team',
    members: members.map((i) => ({ organizationId: orgId(fits[i].id), role: 'SOLUTION_PROVIDER' })),
    assignments: assignment.map((i, slot) => ({ slotId: project.slots[slot].id, organizationId: orgId(fits[i].id) })),
  });
  expect(payload.userErrors).toEqual([]);
  return payload.consortium;
}

/** Invites and has every member accept; returns the consortium's version. */
async function inviteAndAccept(consortium: { id: string }, members: number[]): Promise<number> {
  await ok(api, 'inviteToConsortium', { consortiumId: consortium.id }, planner);
  let last: any;
  for (const i of members) last = await ok(api, 'answerConsortiumInvitation', { consortiumId: consortium.id, answer: 'ACCEPTED' }, fits[i].viewer);
  return last.consortium.version;
}

const idOf = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
const auditOf = (consortiumId: string) =>
  q(`SELECT action, details FROM audit_entry WHERE subject_type = 'Consortium' AND subject_id = $1 ORDER BY id`, [idOf(consortiumId)]);

describe('stakes', () => {
  it('come from the filled slots and their budget shares, and the planner may change them', async () => {
    const project = await openProject();
    const consortium = await handMade(project, [0, 1], [0, 1]);
    // Budget shares 3 and 1: the member filling the first slot holds 3/4.
    expect(consortium.members.map((m: any) => m.stake)).toEqual([0.75, 0.25]);

    const set = await run('setConsortiumStakes', {
      consortiumId: consortium.id,
      version: consortium.version,
      stakes: [
        { organizationId: orgId(fits[0].id), stake: 0.6 },
        { organizationId: orgId(fits[1].id), stake: 0.4 },
      ],
    });
    expect(set.userErrors).toEqual([]);
    expect(set.consortium.members.map((m: any) => m.stake)).toEqual([0.6, 0.4]);
    expect(set.consortium.version).toBe(consortium.version + 1);
    expect((await auditOf(consortium.id)).map((a: any) => a.action)).toEqual(['consortium.created', 'consortium.stakes_set']);
  });

  it("of a consortium taken from an alternative: each member's filled slots' budget shares over all filled ones", async () => {
    const project = await openProject();
    const options = { k: 1, minIndustries: 1 };
    const created = await run('createConsortium', { projectId: project.id, name: 'Best', fromAlternative: { options, rank: 1 } });
    expect(created.userErrors).toEqual([]);
    const assignments = await q(
      'SELECT a.organization_id, s.budget_share FROM consortium_assignment a JOIN requirement_slot s ON s.id = a.requirement_slot_id WHERE a.consortium_id = $1',
      [idOf(created.consortium.id)],
    );
    const total = assignments.reduce((sum: number, a: any) => sum + a.budget_share, 0);
    const expected = created.consortium.members.map(
      (m: any) =>
        assignments.filter((a: any) => a.organization_id === idOf(m.organization.id)).reduce((sum: number, a: any) => sum + a.budget_share, 0) / total,
    );
    expect(created.consortium.members.map((m: any) => m.stake)).toEqual(expected);
    expect(expected.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('refuse a non-member, a member named twice, a stake outside 0–1 and a stale version, writing nothing', async () => {
    const project = await openProject();
    const consortium = await handMade(project, [0, 1], [0, 1]);
    const stakes = () => q('SELECT stake FROM consortium_member WHERE consortium_id = $1 ORDER BY id', [idOf(consortium.id)]);
    const before = { ...(await snapshot(api.dataSource)), stakes: await stakes() };
    const cases: [Record<string, unknown>[], string, number | undefined][] = [
      [[{ organizationId: orgId(unfit), stake: 0.5 }], 'NOT_A_MEMBER', undefined],
      [
        [
          { organizationId: orgId(fits[0].id), stake: 0.5 },
          { organizationId: orgId(fits[0].id), stake: 0.5 },
        ],
        'MEMBER_LISTED_TWICE',
        undefined,
      ],
      [[{ organizationId: orgId(fits[0].id), stake: 1.5 }], 'BAD_USER_INPUT', undefined],
      [[{ organizationId: orgId(fits[0].id), stake: 0.5 }], 'CONFLICT', consortium.version + 7],
    ];
    for (const [stakes, code, version] of cases) {
      const payload = await run('setConsortiumStakes', { consortiumId: consortium.id, version, stakes });
      expect(payload.userErrors.map((e: any) => e.code)).toEqual([code]);
    }
    expect({ ...(await snapshot(api.dataSource)), stakes: await stakes() }).toEqual(before);
  });

  it('must add up to 1 before confirmation; the error carries the sum', async () => {
    const project = await openProject();
    const consortium = await handMade(project, [0, 1], [0, 1]);
    await run('setConsortiumStakes', { consortiumId: consortium.id, stakes: [{ organizationId: orgId(fits[0].id), stake: 0.5 }] });
    const version = await inviteAndAccept(consortium, [0, 1]);
    const before = await snapshot(api.dataSource);
    const refused = await run('confirmConsortium', { consortiumId: consortium.id, version });
    expect(refused.userErrors).toEqual([
      // The sum is a field; the sentence says what is wrong without numbers other than the rule's 1.
      expect.objectContaining({ code: 'STAKES_DO_NOT_SUM_TO_ONE', stakeSum: 0.75, largeStake: null, message: expect.not.stringContaining('0.75') }),
    ]);
    expect(await snapshot(api.dataSource)).toEqual(before);

    await run('setConsortiumStakes', { consortiumId: consortium.id, stakes: [{ organizationId: orgId(fits[0].id), stake: 0.75 }] });
    const confirmed = await run('confirmConsortium', { consortiumId: consortium.id });
    expect(confirmed.userErrors).toEqual([]);
    expect(confirmed.consortium.status).toBe('CONFIRMED');
  });

  it("keep the large enterprises within the project's maxLargeStake; the error carries both numbers", async () => {
    const project = await openProject({ maxLargeStake: 0.3 });
    // The large enterprise fills the 3-share slot: it holds 0.75.
    const consortium = await handMade(project, [2, 1], [2, 1]);
    expect(consortium.members.map((m: any) => m.stake)).toEqual([0.75, 0.25]);
    const version = await inviteAndAccept(consortium, [2, 1]);
    const before = await snapshot(api.dataSource);
    const refused = await run('confirmConsortium', { consortiumId: consortium.id, version });
    expect(refused.userErrors).toEqual([expect.objectContaining({ code: 'LARGE_STAKE_EXCEEDED', largeStake: 0.75, maxLargeStake: 0.3 })]);
    expect(await snapshot(api.dataSource)).toEqual(before);

    await run('setConsortiumStakes', {
      consortiumId: consortium.id,
      stakes: [
        { organizationId: orgId(fits[2].id), stake: 0.3 },
        { organizationId: orgId(fits[1].id), stake: 0.7 },
      ],
    });
    expect((await run('confirmConsortium', { consortiumId: consortium.id })).userErrors).toEqual([]);
  });
});

describe('hand-made consortia are checked', () => {
  it('refuse a member in a slot it does not fit (NO_FIT), writing nothing', async () => {
    const project = await openProject();
    const before = await snapshot(api.dataSource);
    const payload = await run('createConsortium', {
      projectId: project.id,
      name: 'Unfit',
      members: [
        { organizationId: orgId(fits[0].id), role: 'LEAD' },
        { organizationId: orgId(unfit), role: 'OPERATOR' },
      ],
      assignments: [
        { slotId: project.slots[0].id, organizationId: orgId(fits[0].id) },
        { slotId: project.slots[1].id, organizationId: orgId(unfit) },
      ],
    });
    expect(payload.userErrors).toEqual([expect.objectContaining({ code: 'NO_FIT', field: ['input', 'assignments', '1'] })]);
    // The water specialist in the mobility slot does not fit either.
    const swapped = await run('createConsortium', {
      projectId: project.id,
      name: 'Swapped',
      members: [
        { organizationId: orgId(fits[0].id), role: 'LEAD' },
        { organizationId: orgId(fits[1].id), role: 'OPERATOR' },
      ],
      assignments: [{ slotId: project.slots[0].id, organizationId: orgId(fits[1].id) }],
    });
    expect(swapped.userErrors).toEqual([expect.objectContaining({ code: 'NO_FIT', field: ['input', 'assignments', '0'] })]);
    expect(await snapshot(api.dataSource)).toEqual(before);
  });

  it('allowUnfit needs a reason, and the unfit assignment and the reason are audited', async () => {
    const project = await openProject();
    const input = {
      projectId: project.id,
      name: 'Unfit on purpose',
      members: [{ organizationId: orgId(unfit), role: 'OPERATOR' }],
      assignments: [{ slotId: project.slots[1].id, organizationId: orgId(unfit) }],
      allowUnfit: true,
    };
    const before = await snapshot(api.dataSource);
    const noReason = await run('createConsortium', input);
    expect(noReason.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'reason'] })]);
    expect(await snapshot(api.dataSource)).toEqual(before);

    const allowed = await run('createConsortium', { ...input, reason: 'their new water unit, not yet in the profile' });
    expect(allowed.userErrors).toEqual([]);
    const [created] = await auditOf(allowed.consortium.id);
    expect(created.details).toMatchObject({
      unfit: [{ slotId: idOf(project.slots[1].id), organizationId: unfit }],
      unfitReason: 'their new water unit, not yet in the profile',
    });
  });
});

describe('an award closes the rest', () => {
  it("dissolves the project's other consortia, expires their unanswered invitations, and a second confirm is a CONFLICT", async () => {
    const project = await openProject();
    const winner = await handMade(project, [0, 1], [0, 1]);
    const inviting = await handMade(project, [0, 1], [0, 1]);
    const draft = await handMade(project, [0, 1], [0, 1]);
    await ok(api, 'inviteToConsortium', { consortiumId: inviting.id }, planner);
    await ok(api, 'answerConsortiumInvitation', { consortiumId: inviting.id, answer: 'ACCEPTED' }, fits[0].viewer);
    await inviteAndAccept(winner, [0, 1]);

    expect((await run('confirmConsortium', { consortiumId: winner.id })).userErrors).toEqual([]);
    const rows = await q('SELECT id, status, dissolved_at FROM consortium WHERE id = ANY($1) ORDER BY id', [[inviting, draft].map((c) => idOf(c.id))]);
    expect(rows.map((r: any) => r.status)).toEqual(['DISSOLVED', 'DISSOLVED']);
    expect(rows.every((r: any) => r.dissolved_at !== null)).toBe(true);
    const members = await q('SELECT organization_id, invitation_status FROM consortium_member WHERE consortium_id = $1 ORDER BY id', [idOf(inviting.id)]);
    expect(members.map((m: any) => m.invitation_status)).toEqual(['ACCEPTED', 'EXPIRED']);
    const dissolved = (await auditOf(inviting.id)).at(-1);
    expect(dissolved).toMatchObject({
      action: 'consortium.dissolved',
      details: { reason: 'another consortium of the project was confirmed', confirmedConsortiumId: idOf(winner.id), expiredInvitations: [fits[1].id] },
    });

    const before = await snapshot(api.dataSource);
    for (const c of [winner, inviting]) {
      const again = await run('confirmConsortium', { consortiumId: c.id });
      expect(again.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining('already has a confirmed consortium') })]);
    }
    expect(await snapshot(api.dataSource)).toEqual(before);
  });
});
