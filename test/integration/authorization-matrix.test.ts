// Every project, partnership and consortium mutation × every kind of caller: the allowed ones
// succeed; the others answer UNAUTHENTICATED or FORBIDDEN and write nothing (row counts and versions checked).
import { AccountRole, createTestAccount } from '../support/accounts';
import { createTestApi, type TestApi } from '../support/api';
import { approvedOrganizations, deleteRequestsOf, mutate, ok, orgId, type OpName, projectInput, SLOT, snapshot, useTestCity } from '../support/workflows';
import type { Viewer } from '../../src/modules/accounts/tokens';
import { toGlobalId } from '../../src/graphql/global-id';

type Role = 'anonymous' | 'member of the organisation' | 'member of another organisation' | 'planner who owns it' | 'another planner' | 'admin';
const ROLES: Role[] = ['anonymous', 'member of the organisation', 'member of another organisation', 'planner who owns it', 'another planner', 'admin'];

let api: TestApi;
let viewers: Record<Role, Viewer | null>;
let memberOfC: Viewer;
let a: number;
let b: number;
let c: number;
let dropTestCity: () => Promise<void>;

beforeAll(async () => {
  api = await createTestApi();
  dropTestCity = await useTestCity(api.dataSource);
  [a, b, c] = await approvedOrganizations(api.dataSource, 3, 60);
  await deleteRequestsOf(api.dataSource, [a, b, c]);
  viewers = {
    anonymous: null,
    'member of the organisation': await createTestAccount(api.dataSource, AccountRole.MEMBER, a),
    'member of another organisation': await createTestAccount(api.dataSource, AccountRole.MEMBER, b),
    'planner who owns it': await createTestAccount(api.dataSource, AccountRole.PLANNER),
    'another planner': await createTestAccount(api.dataSource, AccountRole.PLANNER),
    admin: await createTestAccount(api.dataSource, AccountRole.ADMIN),
  };
  memberOfC = await createTestAccount(api.dataSource, AccountRole.MEMBER, c);
});
afterAll(async () => {
  await deleteRequestsOf(api.dataSource, [a, b, c]);
  await dropTestCity();
  await api.close();
});

const owner = () => viewers['planner who owns it']!;

async function draftProject(slots = [SLOT]) {
  const { project } = await ok(api, 'createProject', projectInput(slots), owner());
  return project;
}

async function openProject() {
  const project = await draftProject();
  await ok(api, 'openProject', { projectId: project.id }, owner());
  return project;
}

/** A consortium of organisation A alone, filling the project's one slot. */
async function consortium(status: 'DRAFT' | 'INVITING' | 'ACCEPTED') {
  const project = await openProject();
  const { consortium } = await ok(
    api,
    'createConsortium',
    {
      projectId: project.id,
      name: 'Matrix',
      members: [{ organizationId: orgId(a), role: 'LEAD' }],
      assignments: [{ slotId: project.slots[0].id, organizationId: orgId(a) }],
      // Seeded organisations picked by position, not by fit.
      allowUnfit: true,
      reason: 'a test team',
    },
    owner(),
  );
  if (status !== 'DRAFT') await ok(api, 'inviteToConsortium', { consortiumId: consortium.id }, owner());
  if (status === 'ACCEPTED')
    await ok(api, 'answerConsortiumInvitation', { consortiumId: consortium.id, answer: 'ACCEPTED' }, viewers['member of the organisation']);
  return consortium.id as string;
}

/** An approved organisation that fits SLOT (mobility, ai, level 2) and can join another consortium (createConsortiaFromPortfolio checks both). */
async function fitsSlot(): Promise<number> {
  const [row] = await api.dataSource.query(
    `SELECT o.id FROM organization o
      WHERE o.membership_status = 'APPROVED'
        AND EXISTS (SELECT 1 FROM capability c JOIN domain d ON d.id = c.domain_id JOIN capability_technology ct ON ct.capability_id = c.id
                     JOIN technology t ON t.id = ct.technology_id WHERE c.organization_id = o.id AND d.slug = 'mobility' AND t.slug = 'ai' AND c.level >= 2)
        AND o.max_concurrent_consortia > (SELECT count(DISTINCT cm.consortium_id) FROM consortium_member cm JOIN consortium k ON k.id = cm.consortium_id
                                           WHERE cm.organization_id = o.id AND k.status <> 'DISSOLVED')
      ORDER BY o.id LIMIT 1`,
  );
  return row.id;
}

async function request(from: Viewer, to: number) {
  await deleteRequestsOf(api.dataSource, [a, b, c]);
  const { request } = await ok(api, 'sendPartnershipRequest', { toOrganizationId: orgId(to) }, from);
  return request.id as string;
}

const PLANNING: Role[] = ['planner who owns it', 'admin'];

/** For each mutation: a fresh target for one attempt, and who may do it. */
const CASES: [OpName, () => Promise<Record<string, unknown>>, Role[]][] = [
  ['createProject', async () => projectInput(), ['planner who owns it', 'another planner', 'admin']],
  ['updateProject', async () => ({ projectId: (await draftProject()).id, version: 1, titleEn: 'Changed' }), PLANNING],
  ['addRequirementSlot', async () => ({ projectId: (await draftProject()).id, slot: SLOT }), PLANNING],
  ['updateRequirementSlot', async () => ({ slotId: (await draftProject()).slots[0].id, version: 1, weight: 5 }), PLANNING],
  ['removeRequirementSlot', async () => ({ slotId: (await draftProject()).slots[0].id, version: 1 }), PLANNING],
  ['openProject', async () => ({ projectId: (await draftProject()).id }), PLANNING],
  ['closeProject', async () => ({ projectId: (await draftProject()).id }), PLANNING],
  // Handing a project over is the secretariat's: not even its owner may give it away.
  ['transferProject', async () => ({ projectId: (await draftProject()).id, ownerId: toGlobalId('Account', viewers['another planner']!.accountId) }), ['admin']],
  [
    'sendPartnershipRequest',
    async () => {
      await deleteRequestsOf(api.dataSource, [a, b, c]);
      return { toOrganizationId: orgId(c) };
    },
    // Any member of an approved organisation may ask another to partner.
    ['member of the organisation', 'member of another organisation'],
  ],
  ['answerPartnershipRequest', async () => ({ requestId: await request(memberOfC, a), answer: 'ACCEPTED' }), ['member of the organisation']],
  ['withdrawPartnershipRequest', async () => ({ requestId: await request(viewers['member of the organisation']!, c) }), ['member of the organisation']],
  ['createConsortium', async () => ({ projectId: (await openProject()).id, name: 'Matrix', members: [{ organizationId: orgId(a), role: 'LEAD' }] }), PLANNING],
  [
    'createConsortiaFromPortfolio',
    async () => {
      const project = await openProject();
      return {
        consortia: [{ projectId: project.id, name: 'Matrix', assignments: [{ slotId: project.slots[0].id, organizationId: orgId(await fitsSlot()) }] }],
      };
    },
    PLANNING,
  ],
  ['inviteToConsortium', async () => ({ consortiumId: await consortium('DRAFT') }), PLANNING],
  ['answerConsortiumInvitation', async () => ({ consortiumId: await consortium('INVITING'), answer: 'ACCEPTED' }), ['member of the organisation']],
  ['confirmConsortium', async () => ({ consortiumId: await consortium('ACCEPTED') }), PLANNING],
  ['dissolveConsortium', async () => ({ consortiumId: await consortium('DRAFT') }), PLANNING],
];

describe.each(CASES)('%s', (op, setup, allowed) => {
  it.each(ROLES)('as %s', async (role) => {
    const input = await setup();
    const before = await snapshot(api.dataSource);
    const result = await mutate(api, op, input, viewers[role]);
    if (allowed.includes(role)) {
      expect(result.errors).toBeUndefined();
      expect(result.data![op].userErrors).toEqual([]);
      expect(await snapshot(api.dataSource)).not.toEqual(before);
    } else {
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual([role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
      expect(result.data).toBeNull();
      expect(await snapshot(api.dataSource)).toEqual(before);
    }
  });
});
