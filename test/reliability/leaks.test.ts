// Issue 11, finding 7: an organisation the caller may not see (a PRIVATE profile, or any membership
// state but APPROVED) must look exactly like an id that does not exist, on every path that reaches
// one: the same answer byte for byte where an id is named, null where a field would show it.
// Driven over HTTP against the real app in-process, with accounts signed in through signIn.
import { toGlobalId } from '../../src/graphql/global-id';
import { MembershipStatus, ProfileVisibility } from '../../src/modules/organizations/organization.enums';
import { AccountRole, createTestAccount, TEST_PASSWORD } from '../support/accounts';
import { startTestApp, type RunningApp } from '../support/http-app';
import { createTestOrganization, removeTestOrganizations } from '../support/organizations';
import { approvedOrganizations, deleteRequestsOf, OPS, projectInput, snapshot, useTestCity } from '../support/workflows';

jest.setTimeout(60_000);

type Org = Awaited<ReturnType<typeof createTestOrganization>>;

/** The hidden kinds of organisation, as a MEMBER of an APPROVED organisation meets them. */
const HIDDEN_FOR_MEMBERS = ['PRIVATE', 'APPLIED', 'SUSPENDED', 'REJECTED', 'WITHDRAWN'] as const;
/** A planner sees every APPROVED organisation, PRIVATE ones included; these it does not. */
const HIDDEN_FOR_PLANNERS = ['APPLIED', 'SUSPENDED', 'REJECTED', 'WITHDRAWN'] as const;
type HiddenKind = (typeof HIDDEN_FOR_MEMBERS)[number];

/** Well-formed ids that name nothing. */
const UNKNOWN_ORGANIZATION = toGlobalId('Organization', 2_000_000_000);
const UNKNOWN_CAPABILITY = toGlobalId('Capability', 2_000_000_000);

let app: RunningApp;
let dropTestCity: () => Promise<void>;
/** The sender's organisation: APPROVED, PRIVATE (so no other test file's anonymous or member reads see it). */
let own: Org;
/** One organisation per hidden kind, each with a contact and a capability. */
const hidden = new Map<HiddenKind, Org>();
const capabilityOf = new Map<HiddenKind, string>();
/** A seeded APPROVED, PUBLIC organisation the sender may see, and that organisation's member. */
let visibleId: number;
let tokens: { member: string; suspendedMember: string; visibleMember: string; planner: string; admin: string };
let plannerAccountId: number;

async function signIn(email: string): Promise<string> {
  const response = await graphql('mutation($input: SignInInput!) { signIn(input: $input) { token userErrors { code } } }', {
    input: { email, password: TEST_PASSWORD },
  });
  const token = JSON.parse(response.text).data.signIn.token;
  if (typeof token !== 'string') throw new Error(`sign-in failed: ${response.text}`);
  return token;
}

/** One GraphQL request over HTTP; the body as sent on the wire, so answers can be compared byte for byte. */
async function graphql(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<{ status: number; text: string; body: any }> {
  const response = await fetch(app.graphql, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) };
}

beforeAll(async () => {
  app = await startTestApp();
  const dataSource = app.dataSource;
  dropTestCity = await useTestCity(dataSource);
  own = await createTestOrganization(dataSource, { status: MembershipStatus.APPROVED, visibility: ProfileVisibility.PRIVATE });
  for (const kind of HIDDEN_FOR_MEMBERS) {
    const organization =
      kind === 'PRIVATE'
        ? await createTestOrganization(dataSource, { status: MembershipStatus.APPROVED, visibility: ProfileVisibility.PRIVATE })
        : await createTestOrganization(dataSource, { status: MembershipStatus[kind], visibility: ProfileVisibility.PUBLIC });
    await dataSource.query(`UPDATE organization SET contact_email = $2 WHERE id = $1`, [organization.id, `secret-${kind.toLowerCase()}@hidden.example`]);
    hidden.set(kind, organization);
    // Not for the APPROVED one: a capability would put it among the candidates other test files match against.
    if (kind !== 'PRIVATE') {
      const [{ id }] = await dataSource.query(
        `INSERT INTO capability (organization_id, domain_id, level) SELECT $1, id, 3 FROM domain WHERE slug = 'mobility' RETURNING id`,
        [organization.id],
      );
      capabilityOf.set(kind, toGlobalId('Capability', id));
    }
  }
  [visibleId] = await approvedOrganizations(dataSource, 1, 95);
  await deleteRequestsOf(dataSource, [own.id, visibleId]);
  const accounts = {
    member: await createTestAccount(dataSource, AccountRole.MEMBER, own.id),
    suspendedMember: await createTestAccount(dataSource, AccountRole.MEMBER, hidden.get('SUSPENDED')!.id),
    visibleMember: await createTestAccount(dataSource, AccountRole.MEMBER, visibleId),
    planner: await createTestAccount(dataSource, AccountRole.PLANNER),
    admin: await createTestAccount(dataSource, AccountRole.ADMIN),
  };
  plannerAccountId = accounts.planner.accountId;
  tokens = {
    member: await signIn(accounts.member.email),
    suspendedMember: await signIn(accounts.suspendedMember.email),
    visibleMember: await signIn(accounts.visibleMember.email),
    planner: await signIn(accounts.planner.email),
    admin: await signIn(accounts.admin.email),
  };
});

afterAll(async () => {
  if (!app) return;
  await deleteRequestsOf(app.dataSource, [own.id, visibleId, ...[...hidden.values()].map((o) => o.id)]);
  await dropTestCity(); // its projects, with their consortia
  await removeTestOrganizations(app.dataSource); // their capabilities go with them
  await app.close();
});

const SEND = `mutation($input: SendPartnershipRequestInput!) { sendPartnershipRequest(input: $input) {
  request { id status from { id nameEn } to { id nameEn contact { email } capabilities { id level } } }
  userErrors { field message code } } }`;

describe('sendPartnershipRequest', () => {
  it('answers a hidden organisation exactly as an unknown id: same code, same message, payload null, nothing written', async () => {
    const send = (to: string) => graphql(SEND, { input: { toOrganizationId: to, message: 'Shall we team up?' } }, tokens.member);
    const before = await snapshot(app.dataSource);
    const unknown = await send(UNKNOWN_ORGANIZATION);
    expect(unknown.status).toBe(200);
    expect(unknown.body.errors).toBeUndefined();
    expect(unknown.body.data).toEqual({
      sendPartnershipRequest: {
        request: null,
        userErrors: [{ field: ['input', 'toOrganizationId'], message: 'No organisation has this id.', code: 'NOT_FOUND' }],
      },
    });
    for (const kind of HIDDEN_FOR_MEMBERS) {
      const answer = await send(hidden.get(kind)!.globalId);
      expect({ kind, status: answer.status, text: answer.text }).toEqual({ kind, status: unknown.status, text: unknown.text });
    }
    expect(await snapshot(app.dataSource)).toEqual(before);

    // The same member still reaches an organisation it may see.
    const sent = await send(toGlobalId('Organization', visibleId));
    expect(sent.body.data.sendPartnershipRequest).toMatchObject({
      request: { status: 'PENDING', to: { id: toGlobalId('Organization', visibleId) } },
      userErrors: [],
    });
    await deleteRequestsOf(app.dataSource, [own.id]);
  });
});

describe('PartnershipRequest.from and .to', () => {
  const REQUEST = `query($id: ID!) { node(id: $id) { ... on PartnershipRequest { id status
    from { id nameEn contact { email } } to { id nameEn contact { email } } } } }`;
  const MINE = `{ myPartnershipRequests(first: 10) { edges { node { id from { id nameEn contact { email } } to { id nameEn contact { email } } } } } }`;
  let accepted: string;
  let incoming: string;

  beforeAll(async () => {
    const suspended = hidden.get('SUSPENDED')!;
    const [{ id: acceptedId }] = await app.dataSource.query(
      `INSERT INTO partnership_request (from_organization_id, to_organization_id, message, status, answered_at) VALUES ($1, $2, 'x', 'ACCEPTED', now()) RETURNING id`,
      [own.id, suspended.id],
    );
    const [{ id: incomingId }] = await app.dataSource.query(
      `INSERT INTO partnership_request (from_organization_id, to_organization_id, message) VALUES ($1, $2, 'x') RETURNING id`,
      [hidden.get('PRIVATE')!.id, own.id],
    );
    accepted = toGlobalId('PartnershipRequest', acceptedId);
    incoming = toGlobalId('PartnershipRequest', incomingId);
  });

  it('read null, with no contact, for a party the viewer may not see, as node(id) does; the viewer still sees its own request', async () => {
    const ownSide = { id: own.globalId, nameEn: own.nameEn, contact: { email: null } };
    const viaNode = await graphql(REQUEST, { id: accepted }, tokens.member);
    // An ACCEPTED partner, since SUSPENDED: its profile and contact are gone with it.
    expect(viaNode.body.errors).toBeUndefined();
    expect(viaNode.body.data).toEqual({ node: { id: accepted, status: 'ACCEPTED', from: ownSide, to: null } });
    expect(viaNode.text).not.toContain('secret-');
    // A request from a PRIVATE organisation: the receiver sees that it was asked, not by whom.
    const fromPrivate = await graphql(REQUEST, { id: incoming }, tokens.member);
    expect(fromPrivate.body.data.node).toMatchObject({ id: incoming, from: null, to: ownSide });

    const listed = await graphql(MINE, {}, tokens.member);
    const nodes = listed.body.data.myPartnershipRequests.edges.map((e: any) => e.node);
    expect(nodes).toEqual(
      expect.arrayContaining([
        { id: accepted, from: ownSide, to: null },
        { id: incoming, from: null, to: ownSide },
      ]),
    );
    expect(listed.text).not.toContain('secret-');

    // Nor does any other read: node(id) and organization(id) of each hidden kind answer as an unknown id does.
    const read = (id: string) =>
      graphql('query($id: ID!) { node(id: $id) { id } organization(id: $id) { id nameEn contact { email } } }', { id }, tokens.member);
    const unknown = await read(UNKNOWN_ORGANIZATION);
    expect(unknown.body.errors).toBeUndefined();
    expect(unknown.body.data).toEqual({ node: null, organization: null });
    for (const kind of HIDDEN_FOR_MEMBERS) expect({ kind, text: (await read(hidden.get(kind)!.globalId)).text }).toEqual({ kind, text: unknown.text });
  });

  it('shows a suspended organisation its own side, an admin both, and nobody else the request', async () => {
    const suspended = hidden.get('SUSPENDED')!;
    // The suspended organisation's member sees itself (own organisation), but not a PRIVATE sender.
    const mine = await graphql(REQUEST, { id: accepted }, tokens.suspendedMember);
    expect(mine.body.data.node).toMatchObject({ from: null, to: { id: suspended.globalId, contact: { email: 'secret-suspended@hidden.example' } } });
    const asAdmin = await graphql(REQUEST, { id: accepted }, tokens.admin);
    expect(asAdmin.body.data.node).toMatchObject({
      from: { id: own.globalId },
      to: { id: suspended.globalId, contact: { email: 'secret-suspended@hidden.example' } },
    });
    const thirdParty = await graphql(REQUEST, { id: accepted }, tokens.visibleMember);
    expect(thirdParty.body.errors).toBeUndefined();
    expect(thirdParty.body.data).toEqual({ node: null });
  });
});

describe('consortia', () => {
  const CONSORTIUM = `query($id: ID!) { consortium(id: $id) { id members { role organization { id contact { email } } } assignments { organization { id } } } }`;
  let projectId: string;
  let consortiumId: string;

  beforeAll(async () => {
    const created = await graphql(OPS.createProject, { input: projectInput() }, tokens.planner);
    projectId = created.body.data.createProject.project.id;
    const slotId = Number(Buffer.from(created.body.data.createProject.project.slots[0].id, 'base64url').toString().split(':')[1]);
    const opened = await graphql(OPS.openProject, { input: { projectId } }, tokens.planner);
    expect(opened.body.data.openProject.userErrors).toEqual([]);
    const local = Number(Buffer.from(projectId, 'base64url').toString().split(':')[1]);
    // Composed while every member was APPROVED; one has been suspended since (written directly, as the state it leaves).
    const [{ id }] = await app.dataSource.query(`INSERT INTO consortium (project_id, name, owner_id) VALUES ($1, 'Team', $2) RETURNING id`, [
      local,
      plannerAccountId,
    ]);
    await app.dataSource.query(
      `INSERT INTO consortium_member (consortium_id, organization_id, role) VALUES ($1, $2, 'LEAD'), ($1, $3, 'OPERATOR'), ($1, $4, 'SOLUTION_PROVIDER')`,
      [id, own.id, hidden.get('PRIVATE')!.id, hidden.get('SUSPENDED')!.id],
    );
    await app.dataSource.query(`INSERT INTO consortium_assignment (consortium_id, requirement_slot_id, organization_id) VALUES ($1, $2, $3)`, [
      id,
      slotId,
      hidden.get('SUSPENDED')!.id,
    ]);
    consortiumId = toGlobalId('Consortium', id);
  });

  it('show each member only to whom may see it: a co-member, the owning planner and an admin', async () => {
    const privateId = hidden.get('PRIVATE')!.globalId;
    const suspendedId = hidden.get('SUSPENDED')!.globalId;
    const member = await graphql(CONSORTIUM, { id: consortiumId }, tokens.member);
    expect(member.body.data.consortium.members.map((m: any) => m.organization?.id ?? null)).toEqual([own.globalId, null, null]);
    expect(member.body.data.consortium.assignments).toEqual([{ organization: null }]);
    expect(member.text).not.toContain('secret-');
    const planner = await graphql(CONSORTIUM, { id: consortiumId }, tokens.planner);
    expect(planner.body.data.consortium.members.map((m: any) => m.organization?.id ?? null)).toEqual([own.globalId, privateId, null]);
    expect(planner.text).not.toContain('secret-suspended');
    const admin = await graphql(CONSORTIUM, { id: consortiumId }, tokens.admin);
    expect(admin.body.data.consortium.members.map((m: any) => m.organization.id)).toEqual([own.globalId, privateId, suspendedId]);
  });

  it('createConsortium answers a member the planner may not see exactly as an unknown id, writing nothing', async () => {
    const create = (organizationId: string) =>
      graphql(OPS.createConsortium, { input: { projectId, name: 'Team', members: [{ organizationId, role: 'LEAD' }] } }, tokens.planner);
    const before = await snapshot(app.dataSource);
    const unknown = await create(UNKNOWN_ORGANIZATION);
    expect(unknown.body.data.createConsortium).toEqual({
      consortium: null,
      userErrors: [{ field: ['input', 'members', '0', 'organizationId'], message: 'No organisation has this id.', code: 'NOT_FOUND' }],
    });
    for (const kind of HIDDEN_FOR_PLANNERS) expect({ kind, text: (await create(hidden.get(kind)!.globalId)).text }).toEqual({ kind, text: unknown.text });
    expect(await snapshot(app.dataSource)).toEqual(before);
  });
});

describe('capabilities of a hidden organisation', () => {
  const UPDATE = `mutation($input: UpdateCapabilityInput!) { updateCapability(input: $input) { capability { id level organization { id } } userErrors { field message code } } }`;
  const REMOVE = `mutation($input: RemoveCapabilityInput!) { removeCapability(input: $input) { removedCapabilityId organization { id } userErrors { field message code } } }`;

  it('updateCapability and removeCapability answer exactly as for an unknown capability, writing nothing', async () => {
    const update = (capabilityId: string) => graphql(UPDATE, { input: { capabilityId, version: 1, level: 5 } }, tokens.member);
    const remove = (capabilityId: string) => graphql(REMOVE, { input: { capabilityId } }, tokens.member);
    const unknownUpdate = await update(UNKNOWN_CAPABILITY);
    const unknownRemove = await remove(UNKNOWN_CAPABILITY);
    expect(unknownUpdate.body.data.updateCapability.userErrors).toEqual([
      { field: ['input', 'capabilityId'], message: 'There is no such capability.', code: 'NOT_FOUND' },
    ]);
    expect(unknownRemove.body.data.removeCapability.userErrors).toEqual([
      { field: ['input', 'capabilityId'], message: 'There is no such capability.', code: 'NOT_FOUND' },
    ]);
    for (const [kind, capabilityId] of capabilityOf) {
      expect({ kind, text: (await update(capabilityId)).text }).toEqual({ kind, text: unknownUpdate.text });
      expect({ kind, text: (await remove(capabilityId)).text }).toEqual({ kind, text: unknownRemove.text });
    }
    const [{ count, levels }] = await app.dataSource.query(
      `SELECT count(*)::int AS count, array_agg(DISTINCT level) AS levels FROM capability WHERE organization_id = ANY($1)`,
      [[...hidden.values()].map((o) => o.id)],
    );
    expect({ count, levels }).toEqual({ count: capabilityOf.size, levels: [3] });
  });
});
