import { AccountRole, createTestAccount } from '../support/accounts';
import { createTestApi, type TestApi } from '../support/api';
import { approvedOrganizations, mutate, ok, orgId, projectInput, snapshot, userError, useTestCity } from '../support/workflows';
import type { Viewer } from '../../src/modules/accounts/tokens';

let api: TestApi;
let owner: Viewer;
let otherPlanner: Viewer;
let admin: Viewer;
let outsider: Viewer;
let orgs: number[];
const members = new Map<number, Viewer>();
let dropTestCity: () => Promise<void>;

const SLOTS = [
  { role: 'LEAD', domain: 'mobility', technologies: ['ai'], minLevel: 2, weight: 3 },
  { role: 'OPERATOR', domain: 'water', technologies: [], minLevel: 1, weight: 2 },
  { role: 'SOLUTION_PROVIDER', domain: 'energy-environment', technologies: [], minLevel: 1, weight: 1 },
];

beforeAll(async () => {
  api = await createTestApi();
  dropTestCity = await useTestCity(api.dataSource);
  owner = await createTestAccount(api.dataSource, AccountRole.PLANNER);
  otherPlanner = await createTestAccount(api.dataSource, AccountRole.PLANNER);
  admin = await createTestAccount(api.dataSource, AccountRole.ADMIN);
  orgs = await approvedOrganizations(api.dataSource, 4, 50);
  for (const id of orgs) members.set(id, await createTestAccount(api.dataSource, AccountRole.MEMBER, id));
  outsider = members.get(orgs[3])!;
});
afterAll(async () => {
  await dropTestCity();
  await api.close();
});

const member = (id: number) => members.get(id)!;

/** An OPEN project with the three slots, owned by `owner`. */
async function openProject() {
  const { project } = await ok(api, 'createProject', projectInput(SLOTS), owner);
  await ok(api, 'openProject', { projectId: project.id }, owner);
  return project as { id: string; slots: { id: string; position: number }[] };
}

/** A consortium of orgs[0..2] by hand; `fill` slots are assigned in order. */
async function handMade(project: { id: string; slots: { id: string }[] }, fill = 3) {
  const [x, y, z] = orgs;
  const { consortium } = await ok(
    api,
    'createConsortium',
    {
      projectId: project.id,
      name: 'Team',
      members: [
        { organizationId: orgId(x), role: 'LEAD' },
        { organizationId: orgId(y), role: 'OPERATOR' },
        { organizationId: orgId(z), role: 'SOLUTION_PROVIDER' },
      ],
      assignments: [x, y, z].slice(0, fill).map((o, i) => ({ slotId: project.slots[i].id, organizationId: orgId(o) })),
      // Seeded organisations picked by position, not by fit (hand-made-consortia.test.ts checks NO_FIT).
      allowUnfit: true,
      reason: 'a test team',
    },
    owner,
  );
  return consortium;
}

async function auditActions(consortiumId: string): Promise<string[]> {
  const id = Number(Buffer.from(consortiumId, 'base64url').toString().split(':')[1]);
  const rows = await api.dataSource.query(`SELECT action FROM audit_entry WHERE subject_type = 'Consortium' AND subject_id = $1 ORDER BY id`, [id]);
  return rows.map((r: { action: string }) => r.action);
}

describe('composing a consortium', () => {
  it('by hand: a DRAFT with members NOT_SENT and the given assignments, and an audit entry', async () => {
    const project = await openProject();
    const consortium = await handMade(project);
    expect(consortium).toMatchObject({ name: 'Team', status: 'DRAFT', version: 1, project: { id: project.id, status: 'OPEN' } });
    expect(consortium.members).toEqual(
      orgs
        .slice(0, 3)
        .map((o, i) => ({ organization: { id: orgId(o) }, role: SLOTS[i].role, invitationStatus: 'NOT_SENT', slots: [{ id: project.slots[i].id }] })),
    );
    expect(consortium.assignments).toEqual(orgs.slice(0, 3).map((o, i) => ({ slot: { id: project.slots[i].id }, organization: { id: orgId(o) } })));
    expect(await auditActions(consortium.id)).toEqual(['consortium.created']);
  });

  it('from an assembleConsortium alternative: exactly the alternative of that rank', async () => {
    const project = await openProject();
    const options = { k: 2, minIndustries: 2 };
    const { data } = await api.query(
      `query($id: ID!, $options: ConsortiumOptionsInput) { assembleConsortium(projectId: $id, options: $options) {
        alternatives { members { organization { id } roles } assignments { slot { id } organization { id } } } } }`,
      { id: project.id, options },
      owner,
    );
    const second = data!.assembleConsortium.alternatives[1];
    const { consortium } = await ok(api, 'createConsortium', { projectId: project.id, name: 'Second best', fromAlternative: { options, rank: 2 } }, owner);
    expect(consortium.members.map((m: any) => m.organization.id)).toEqual(second.members.map((m: any) => m.organization.id));
    // A member filling several slots takes the most senior of their roles.
    const senior = (roles: string[]) => ['LEAD', 'INTEGRATOR', 'SOLUTION_PROVIDER', 'OPERATOR', 'RESEARCH_PARTNER'].find((r) => roles.includes(r));
    expect(consortium.members.map((m: any) => m.role)).toEqual(second.members.map((m: any) => senior(m.roles)));
    expect([...consortium.assignments].sort((p: any, q: any) => p.slot.id.localeCompare(q.slot.id))).toEqual(
      [...second.assignments].sort((p: any, q: any) => p.slot.id.localeCompare(q.slot.id)),
    );

    const beyond = await userError(
      api,
      'createConsortium',
      { projectId: project.id, name: 'x', fromAlternative: { options, rank: 3 } },
      owner,
      'NO_SUCH_ALTERNATIVE',
    );
    // How many were found is a number, so it is a field (alternativeCount), not part of the sentence.
    expect(beyond[0]).toMatchObject({ field: ['input', 'fromAlternative', 'rank'], message: expect.stringContaining('fewer alternatives than this rank') });
    const counted = await api.query(
      `mutation($input: CreateConsortiumInput!) { createConsortium(input: $input) { userErrors { code ... on ConsortiumError { alternativeCount } } } }`,
      { input: { projectId: project.id, name: 'x', fromAlternative: { options, rank: 3 } } },
      owner,
    );
    expect(counted.data!.createConsortium.userErrors).toEqual([{ code: 'NO_SUCH_ALTERNATIVE', alternativeCount: 2 }]);
  });

  it('refuses bad compositions with userErrors naming the field, writing nothing', async () => {
    const project = await openProject();
    const other = await openProject();
    const [x, y] = orgs;
    const [{ id: applied }] = await api.dataSource.query(`SELECT id FROM organization WHERE membership_status = 'APPLIED' ORDER BY id LIMIT 1`);
    const base = { projectId: project.id, name: 'Bad' };
    const m = (id: number) => ({ organizationId: orgId(id), role: 'LEAD' });
    const cases: [Record<string, unknown>, string, string[]][] = [
      [{ ...base }, 'BAD_USER_INPUT', ['input']],
      [{ ...base, members: [m(x)], fromAlternative: { rank: 1 } }, 'BAD_USER_INPUT', ['input']],
      [{ ...base, members: [] }, 'NO_MEMBERS', ['input', 'members']],
      [{ ...base, members: [m(x), m(x)] }, 'MEMBER_LISTED_TWICE', ['input', 'members', '1', 'organizationId']],
      // An organisation the planner may not see (not APPROVED) is answered as an unknown id (issue 11).
      [{ ...base, members: [m(applied)] }, 'NOT_FOUND', ['input', 'members', '0', 'organizationId']],
      [{ ...base, members: [m(2_000_000_000)] }, 'NOT_FOUND', ['input', 'members', '0', 'organizationId']],
      [
        { ...base, members: [m(x)], assignments: [{ slotId: other.slots[0].id, organizationId: orgId(x) }] },
        'SLOT_NOT_IN_PROJECT',
        ['input', 'assignments', '0', 'slotId'],
      ],
      [
        { ...base, members: [m(x)], assignments: [{ slotId: project.slots[0].id, organizationId: orgId(y) }] },
        'ASSIGNEE_NOT_MEMBER',
        ['input', 'assignments', '0', 'organizationId'],
      ],
      [
        {
          ...base,
          members: [m(x), m(y)],
          assignments: [
            { slotId: project.slots[0].id, organizationId: orgId(x) },
            { slotId: project.slots[0].id, organizationId: orgId(y) },
          ],
        },
        'SLOT_ASSIGNED_TWICE',
        ['input', 'assignments', '1', 'slotId'],
      ],
      [{ ...base, name: '', members: [m(x)] }, 'BAD_USER_INPUT', ['input', 'name']],
    ];
    const before = await snapshot(api.dataSource);
    for (const [input, code, field] of cases) {
      const [error] = await userError(api, 'createConsortium', input, owner, code);
      expect(error.field).toEqual(field);
    }
    expect(await snapshot(api.dataSource)).toEqual(before);
  });

  it('needs an OPEN or FORMING project (PROJECT_STATUS_FORBIDS for DRAFT and CLOSED)', async () => {
    const { project: draft } = await ok(api, 'createProject', projectInput(SLOTS), owner);
    const input = { projectId: draft.id, name: 'Early', members: [{ organizationId: orgId(orgs[0]), role: 'LEAD' }] };
    await userError(api, 'createConsortium', input, owner, 'PROJECT_STATUS_FORBIDS');
    await ok(api, 'closeProject', { projectId: draft.id }, owner);
    await userError(api, 'createConsortium', input, owner, 'PROJECT_STATUS_FORBIDS');
  });
});

/** An organisation's English name, as messages name it. */
async function nameOf(id: number): Promise<string> {
  return (await api.dataSource.query('SELECT name_en FROM organization WHERE id = $1', [id]))[0].name_en;
}

describe('the consortium and invitation state machines', () => {
  it('DRAFT → INVITING → CONFIRMED once everyone accepted and every slot is filled; the project goes OPEN → FORMING → AWARDED', async () => {
    const project = await openProject();
    const consortium = await handMade(project);
    const [x, y, z] = orgs;

    // Nobody answers a DRAFT's invitation: none was sent.
    await userError(api, 'answerConsortiumInvitation', { consortiumId: consortium.id, answer: 'ACCEPTED' }, member(x), 'CONSORTIUM_STATUS_FORBIDS');
    await userError(api, 'confirmConsortium', { consortiumId: consortium.id }, owner, 'CONSORTIUM_STATUS_FORBIDS');

    const invited = await ok(api, 'inviteToConsortium', { consortiumId: consortium.id, version: 1 }, owner);
    expect(invited.consortium).toMatchObject({ status: 'INVITING', version: 2, project: { status: 'FORMING' } });
    expect(invited.consortium.members.map((m: any) => m.invitationStatus)).toEqual(['INVITED', 'INVITED', 'INVITED']);
    await userError(api, 'inviteToConsortium', { consortiumId: consortium.id }, owner, 'CONSORTIUM_STATUS_FORBIDS');
    // Slots are frozen once invitations are out.
    await userError(api, 'addRequirementSlot', { projectId: project.id, slot: SLOTS[0] }, owner, 'SLOTS_LOCKED');

    await ok(api, 'answerConsortiumInvitation', { consortiumId: consortium.id, answer: 'ACCEPTED' }, member(x));
    await userError(api, 'answerConsortiumInvitation', { consortiumId: consortium.id, answer: 'DECLINED' }, member(x), 'INVITATION_NOT_PENDING');
    const notYet = await userError(api, 'confirmConsortium', { consortiumId: consortium.id }, owner, 'MEMBERS_NOT_ACCEPTED');
    // Members are named by name, never by row id.
    expect(notYet[0].message).toContain(`${await nameOf(y)} (INVITED), ${await nameOf(z)} (INVITED)`);

    await ok(api, 'answerConsortiumInvitation', { consortiumId: consortium.id, answer: 'ACCEPTED' }, member(y));
    const last = await ok(api, 'answerConsortiumInvitation', { consortiumId: consortium.id, answer: 'ACCEPTED' }, member(z));
    expect(last.consortium.members.map((m: any) => m.invitationStatus)).toEqual(['ACCEPTED', 'ACCEPTED', 'ACCEPTED']);
    expect(last.consortium.version).toBe(5);

    const confirmed = await ok(api, 'confirmConsortium', { consortiumId: consortium.id, version: 5 }, owner);
    expect(confirmed.consortium).toMatchObject({ status: 'CONFIRMED', version: 6, project: { status: 'AWARDED' } });

    const before = await snapshot(api.dataSource);
    // A project is awarded once (issue 14): a second confirm is a CONFLICT that says so.
    const again = await userError(api, 'confirmConsortium', { consortiumId: consortium.id }, owner, 'CONFLICT');
    expect(again[0].message).toMatch(/already has a confirmed consortium/);
    const stands = await userError(api, 'dissolveConsortium', { consortiumId: consortium.id }, owner, 'CONSORTIUM_CONFIRMED');
    expect(stands[0].message).toMatch(/CONFIRMED consortium stands/);
    await userError(api, 'inviteToConsortium', { consortiumId: consortium.id }, owner, 'CONSORTIUM_STATUS_FORBIDS');
    await userError(api, 'answerConsortiumInvitation', { consortiumId: consortium.id, answer: 'DECLINED' }, member(x), 'CONSORTIUM_STATUS_FORBIDS');
    expect(await snapshot(api.dataSource)).toEqual(before);

    expect(await auditActions(consortium.id)).toEqual([
      'consortium.created',
      'consortium.invited',
      'consortium.invitation_accepted',
      'consortium.invitation_accepted',
      'consortium.invitation_accepted',
      'consortium.confirmed',
    ]);
    // An AWARDED project can still be closed; a confirmed consortium stays confirmed.
    expect((await ok(api, 'closeProject', { projectId: project.id }, owner)).project.status).toBe('CLOSED');
  });

  it('refuses to confirm while a member declined or a slot is unfilled, naming what is missing', async () => {
    const project = await openProject();
    const consortium = await handMade(project, 2);
    await ok(api, 'inviteToConsortium', { consortiumId: consortium.id }, owner);
    await ok(api, 'answerConsortiumInvitation', { consortiumId: consortium.id, answer: 'ACCEPTED' }, member(orgs[0]));
    await ok(api, 'answerConsortiumInvitation', { consortiumId: consortium.id, answer: 'DECLINED' }, member(orgs[1]));
    await ok(api, 'answerConsortiumInvitation', { consortiumId: consortium.id, answer: 'ACCEPTED' }, member(orgs[2]));
    const before = await snapshot(api.dataSource);
    const [error] = await userError(api, 'confirmConsortium', { consortiumId: consortium.id }, owner, 'MEMBERS_NOT_ACCEPTED');
    expect(error.message).toContain(`${await nameOf(orgs[1])} (DECLINED)`);
    // A slot is named by its role and domain.
    expect(error.message).toContain(
      `unfilled slots: the solution provider role in ${(await api.dataSource.query(`SELECT name_en FROM domain WHERE slug = 'energy-environment'`))[0].name_en}`,
    );
    expect(await snapshot(api.dataSource)).toEqual(before);
    // An outsider's organisation was not invited.
    expect((await mutate(api, 'answerConsortiumInvitation', { consortiumId: consortium.id, answer: 'ACCEPTED' }, outsider)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('DRAFT → DISSOLVED and INVITING → DISSOLVED; DISSOLVED is final', async () => {
    const project = await openProject();
    const draft = await handMade(project);
    const inviting = await handMade(project);
    await ok(api, 'inviteToConsortium', { consortiumId: inviting.id }, owner);
    expect((await ok(api, 'dissolveConsortium', { consortiumId: draft.id, reason: 'changed our minds' }, owner)).consortium.status).toBe('DISSOLVED');
    expect((await ok(api, 'dissolveConsortium', { consortiumId: inviting.id }, admin)).consortium.status).toBe('DISSOLVED');
    for (const op of ['dissolveConsortium', 'inviteToConsortium', 'confirmConsortium'] as const) {
      await userError(api, op, { consortiumId: draft.id }, owner, 'CONSORTIUM_STATUS_FORBIDS');
    }
    await userError(api, 'answerConsortiumInvitation', { consortiumId: inviting.id, answer: 'ACCEPTED' }, member(orgs[0]), 'CONSORTIUM_STATUS_FORBIDS');
    expect(await auditActions(draft.id)).toEqual(['consortium.created', 'consortium.dissolved']);
  });

  it('a stale version answers CONFLICT and writes nothing', async () => {
    const project = await openProject();
    const consortium = await handMade(project);
    const before = await snapshot(api.dataSource);
    const [error] = await userError(api, 'inviteToConsortium', { consortiumId: consortium.id, version: 2 }, owner, 'CONFLICT');
    expect(error.field).toEqual(['input', 'version']);
    await userError(api, 'dissolveConsortium', { consortiumId: consortium.id, version: 0 }, owner, 'CONFLICT');
    expect(await snapshot(api.dataSource)).toEqual(before);
  });

  it('closing the project dissolves its DRAFT and INVITING consortia', async () => {
    const project = await openProject();
    const consortium = await handMade(project);
    await ok(api, 'closeProject', { projectId: project.id }, owner);
    const { data } = await api.query('query($id: ID!) { consortium(id: $id) { status } }', { id: consortium.id }, owner);
    expect(data!.consortium.status).toBe('DISSOLVED');
    expect(await auditActions(consortium.id)).toEqual(['consortium.created', 'consortium.dissolved']);
  });
});

describe('reading consortia', () => {
  it('shows a consortium to its owner, admins and its members only; the audit log to admins', async () => {
    const project = await openProject();
    const consortium = await handMade(project);
    const ONE = 'query($id: ID!) { consortium(id: $id) { id owner { id } } node(id: $id) { id } }';
    const LIST = 'query($projectId: ID!) { consortia(projectId: $projectId) { totalCount edges { node { id } } } }';
    for (const viewer of [owner, admin]) {
      const { data } = await api.query(ONE, { id: consortium.id }, viewer);
      expect(data).toEqual({ consortium: { id: consortium.id, owner: { id: expect.any(String) } }, node: { id: consortium.id } });
    }
    expect((await api.query(ONE, { id: consortium.id }, member(orgs[0]))).data).toEqual({
      consortium: { id: consortium.id, owner: null },
      node: { id: consortium.id },
    });
    for (const viewer of [null, outsider, otherPlanner]) {
      expect((await api.query(ONE, { id: consortium.id }, viewer)).data).toEqual({ consortium: null, node: null });
    }
    for (const [viewer, count] of [
      [owner, 1],
      [admin, 1],
      [member(orgs[1]), 1],
      [outsider, 0],
      [otherPlanner, 0],
      [null, 0],
    ] as const) {
      expect((await api.query(LIST, { projectId: project.id }, viewer)).data!.consortia.totalCount).toBe(count);
    }

    const AUDIT = `query { auditLog(subjectType: "Consortium", first: 100) { edges { node { action subjectId actor { id } } } } }`;
    const log = await api.query(AUDIT, {}, admin);
    expect(log.data!.auditLog.edges.map((e: any) => e.node)).toContainEqual({
      action: 'consortium.created',
      subjectId: consortium.id,
      actor: { id: expect.any(String) },
    });
    expect((await api.query(AUDIT, {}, owner)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
