// What a signed-in account's home page asks: the consortium invitations to its organisation (those
// awaiting an answer first), its consortia, and how many partnership requests await its answer.
import type { Viewer } from '../../src/modules/accounts/tokens';
import { ProfileVisibility } from '../../src/modules/organizations/organization.enums';
import { AccountRole, createTestAccount } from '../support/accounts';
import { createTestApi, type TestApi } from '../support/api';
import { createTestOrganization, removeTestOrganizations } from '../support/organizations';
import { ok, orgId, projectInput, useTestCity } from '../support/workflows';

let api: TestApi;
let dropTestCity: () => Promise<void>;
let planner: Viewer;
let otherPlanner: Viewer;
let admin: Viewer;
let loner: Viewer;
/** Our organisation (A), two partners (B, C) and one more (D), each with an owner account. */
const org: Record<'a' | 'b' | 'c' | 'd', number> = { a: 0, b: 0, c: 0, d: 0 };
const owner: Record<'a' | 'b' | 'c' | 'd', Viewer> = {} as never;
/** Consortia, named for what happens to them below. */
const c: Record<'draft' | 'accepted' | 'pendingOld' | 'pendingNew' | 'dissolved', string> = {} as never;

const SLOTS = [
  { role: 'LEAD', domain: 'mobility', technologies: [], minLevel: 1, weight: 3 },
  { role: 'SOLUTION_PROVIDER', domain: 'water', technologies: [], minLevel: 1, weight: 1 },
];

/** A consortium of A and B on an OPEN project of its own, composed by the planner. */
async function consortium(name: string): Promise<{ id: string; version: number }> {
  const { project } = await ok(api, 'createProject', projectInput(SLOTS), planner);
  await ok(api, 'openProject', { projectId: project.id }, planner);
  const { consortium } = await ok(
    api,
    'createConsortium',
    {
      projectId: project.id,
      name,
      members: [
        { organizationId: orgId(org.a), role: 'LEAD' },
        { organizationId: orgId(org.b), role: 'SOLUTION_PROVIDER' },
      ],
      assignments: [
        { slotId: project.slots[0].id, organizationId: orgId(org.a) },
        { slotId: project.slots[1].id, organizationId: orgId(org.b) },
      ],
      // Seeded organisations picked by position, not by fit.
      allowUnfit: true,
      reason: 'a test team',
    },
    planner,
  );
  return consortium;
}

async function invited(name: string): Promise<string> {
  const made = await consortium(name);
  await ok(api, 'inviteToConsortium', { consortiumId: made.id }, planner);
  return made.id;
}

beforeAll(async () => {
  api = await createTestApi();
  dropTestCity = await useTestCity(api.dataSource);
  planner = await createTestAccount(api.dataSource, AccountRole.PLANNER);
  otherPlanner = await createTestAccount(api.dataSource, AccountRole.PLANNER);
  admin = await createTestAccount(api.dataSource, AccountRole.ADMIN);
  loner = await createTestAccount(api.dataSource, AccountRole.MEMBER);
  for (const key of ['a', 'b', 'c', 'd'] as const) {
    org[key] = (await createTestOrganization(api.dataSource, { visibility: ProfileVisibility.PUBLIC, nameEn: `Home ${key}` })).id;
    owner[key] = await createTestAccount(api.dataSource, AccountRole.MEMBER, org[key]);
  }
  // In this order, so the invitations go out oldest to newest: accepted, pendingOld, pendingNew, dissolved.
  c.draft = (await consortium('Draft team')).id;
  c.accepted = await invited('Accepted team');
  await ok(api, 'answerConsortiumInvitation', { consortiumId: c.accepted, answer: 'ACCEPTED' }, owner.a);
  c.pendingOld = await invited('Older pending team');
  c.pendingNew = await invited('Newer pending team');
  c.dissolved = await invited('Dissolved team');
  await ok(api, 'dissolveConsortium', { consortiumId: c.dissolved, reason: 'Project re-scoped.' }, planner);
});
afterAll(async () => {
  await dropTestCity();
  await removeTestOrganizations(api.dataSource);
  await api.close();
});

const MY_INVITATIONS = `query($first: Int, $after: String) {
  myInvitations(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { invitationStatus invitedAt role organization { id } consortium { id name status } } }
  }
}`;

const MY_CONSORTIA = `query($status: ConsortiumStatus, $first: Int, $after: String) {
  myConsortia(status: $status, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name status } }
  }
}`;

const PENDING_COUNT = '{ myPendingPartnershipRequestCount }';

async function data(document: string, variables: Record<string, unknown>, viewer: Viewer | null) {
  const result = await api.query(document, variables, viewer);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

async function errorCode(document: string, viewer: Viewer | null): Promise<string | undefined> {
  const result = await api.query(document, {}, viewer);
  return result.errors?.[0].extensions?.code as string | undefined;
}

describe('myInvitations', () => {
  it('lists the invitations to my organisation: awaiting an answer first (newest first), then the rest newest first; drafts are not invitations', async () => {
    const { myInvitations } = await data(MY_INVITATIONS, { first: 10 }, owner.a);
    expect(myInvitations.totalCount).toBe(4);
    expect(myInvitations.pageInfo.hasNextPage).toBe(false);
    expect(myInvitations.edges.map((e: any) => e.node.consortium.id)).toEqual([c.pendingNew, c.pendingOld, c.dissolved, c.accepted]);
    expect(myInvitations.edges.map((e: any) => [e.node.invitationStatus, e.node.consortium.status])).toEqual([
      ['INVITED', 'INVITING'],
      ['INVITED', 'INVITING'],
      ['INVITED', 'DISSOLVED'],
      ['ACCEPTED', 'INVITING'],
    ]);
    for (const edge of myInvitations.edges) {
      expect(edge.node).toMatchObject({ role: 'LEAD', organization: { id: orgId(org.a) }, invitedAt: expect.any(String) });
    }
  });

  it('pages with first/after through the same order, one at a time', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const { myInvitations } = await data(MY_INVITATIONS, { first: 1, after }, owner.a);
      seen.push(...myInvitations.edges.map((e: any) => e.node.consortium.id));
      expect(myInvitations.totalCount).toBe(4);
      if (!myInvitations.pageInfo.hasNextPage) break;
      after = myInvitations.pageInfo.endCursor;
    }
    expect(seen).toEqual([c.pendingNew, c.pendingOld, c.dissolved, c.accepted]);
  });

  it('moves an answered invitation out of the pending group', async () => {
    await ok(api, 'answerConsortiumInvitation', { consortiumId: c.pendingOld, answer: 'DECLINED' }, owner.b);
    // B never answered the team A accepted, so that one still awaits B; the one B declined does not.
    const forB = await data(MY_INVITATIONS, { first: 10 }, owner.b);
    expect(forB.myInvitations.edges.map((e: any) => [e.node.consortium.id, e.node.invitationStatus])).toEqual([
      [c.pendingNew, 'INVITED'],
      [c.accepted, 'INVITED'],
      [c.dissolved, 'INVITED'],
      [c.pendingOld, 'DECLINED'],
    ]);
  });

  it('costs the same number of SQL statements for a page of 1 and of 4', async () => {
    const count = async (first: number) => {
      api.counter.statements = [];
      await data(MY_INVITATIONS, { first }, owner.a);
      return api.counter.statements.length;
    };
    expect(await count(4)).toBe(await count(1));
  });

  it('is empty for a member without an organisation; refused to planners and admins, and without a token', async () => {
    expect((await data(MY_INVITATIONS, {}, loner)).myInvitations).toMatchObject({ totalCount: 0, edges: [] });
    expect(await errorCode(MY_INVITATIONS, planner)).toBe('FORBIDDEN');
    expect(await errorCode(MY_INVITATIONS, admin)).toBe('FORBIDDEN');
    expect(await errorCode(MY_INVITATIONS, null)).toBe('UNAUTHENTICATED');
  });
});

describe('myConsortia', () => {
  const newestFirst = () => [c.dissolved, c.pendingNew, c.pendingOld, c.accepted, c.draft];

  it("lists a member's consortia, newest first, drafts included", async () => {
    const { myConsortia } = await data(MY_CONSORTIA, {}, owner.a);
    expect(myConsortia.totalCount).toBe(5);
    expect(myConsortia.edges.map((e: any) => e.node.id)).toEqual(newestFirst());
  });

  it('filters by status and pages with first/after', async () => {
    const inviting = await data(MY_CONSORTIA, { status: 'INVITING' }, owner.a);
    expect(inviting.myConsortia.edges.map((e: any) => e.node.id)).toEqual([c.pendingNew, c.pendingOld, c.accepted]);
    const first = await data(MY_CONSORTIA, { first: 2 }, owner.a);
    expect(first.myConsortia.pageInfo.hasNextPage).toBe(true);
    const rest = await data(MY_CONSORTIA, { first: 10, after: first.myConsortia.pageInfo.endCursor }, owner.a);
    expect([...first.myConsortia.edges, ...rest.myConsortia.edges].map((e: any) => e.node.id)).toEqual(newestFirst());
  });

  it('lists for a planner the consortia it composed; none for another planner, an admin who composed none, or a member elsewhere', async () => {
    expect((await data(MY_CONSORTIA, {}, planner)).myConsortia.edges.map((e: any) => e.node.id)).toEqual(newestFirst());
    expect((await data(MY_CONSORTIA, {}, otherPlanner)).myConsortia.totalCount).toBe(0);
    expect((await data(MY_CONSORTIA, {}, admin)).myConsortia.totalCount).toBe(0);
    expect((await data(MY_CONSORTIA, {}, owner.d)).myConsortia.totalCount).toBe(0);
    expect((await data(MY_CONSORTIA, {}, loner)).myConsortia.totalCount).toBe(0);
  });

  it('needs a token', async () => {
    expect(await errorCode(MY_CONSORTIA, null)).toBe('UNAUTHENTICATED');
  });
});

describe('myPendingPartnershipRequestCount', () => {
  it('counts the PENDING requests my organisation received, not those it sent or answered', async () => {
    expect(await data(PENDING_COUNT, {}, owner.a)).toEqual({ myPendingPartnershipRequestCount: 0 });
    const fromB = await ok(api, 'sendPartnershipRequest', { toOrganizationId: orgId(org.a), message: 'Partner on water?' }, owner.b);
    await ok(api, 'sendPartnershipRequest', { toOrganizationId: orgId(org.a) }, owner.c);
    await ok(api, 'sendPartnershipRequest', { toOrganizationId: orgId(org.d) }, owner.a);
    expect(await data(PENDING_COUNT, {}, owner.a)).toEqual({ myPendingPartnershipRequestCount: 2 });
    expect(await data(PENDING_COUNT, {}, owner.d)).toEqual({ myPendingPartnershipRequestCount: 1 });
    expect(await data(PENDING_COUNT, {}, owner.b)).toEqual({ myPendingPartnershipRequestCount: 0 });

    await ok(api, 'answerPartnershipRequest', { requestId: fromB.request.id, answer: 'DECLINED' }, owner.a);
    expect(await data(PENDING_COUNT, {}, owner.a)).toEqual({ myPendingPartnershipRequestCount: 1 });
  });

  it('is 0 without an organisation; refused to planners and admins, and without a token', async () => {
    expect(await data(PENDING_COUNT, {}, loner)).toEqual({ myPendingPartnershipRequestCount: 0 });
    expect(await errorCode(PENDING_COUNT, planner)).toBe('FORBIDDEN');
    expect(await errorCode(PENDING_COUNT, admin)).toBe('FORBIDDEN');
    expect(await errorCode(PENDING_COUNT, null)).toBe('UNAUTHENTICATED');
  });
});
