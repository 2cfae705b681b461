// Every mutation of issue 14's matching rules, run as each kind of caller: the allowed ones succeed,
// the others are refused with UNAUTHENTICATED or FORBIDDEN, and on every refusal the affected rows
// (organisations' settings, blocks, interests, stakes, audit entries) read back unchanged.
import { toGlobalId } from '../../src/graphql/global-id';
import type { Viewer } from '../../src/modules/accounts/tokens';
import { MembershipStatus, ProfileVisibility } from '../../src/modules/organizations/organization.enums';
import { AccountRole, createTestAccount, TeamRole } from '../support/accounts';
import { createTestApi, type TestApi } from '../support/api';
import { createTestOrganization, removeTestOrganizations } from '../support/organizations';
import { ok, projectInput, useTestCity } from '../support/workflows';

let api: TestApi;
let dropTestCity: () => Promise<void>;
beforeAll(async () => {
  api = await createTestApi();
  dropTestCity = await useTestCity(api.dataSource);
});
afterAll(async () => {
  await dropTestCity();
  await removeTestOrganizations(api.dataSource);
  await api.close();
});

const ROLES = ['anonymous', 'member', 'owner', 'otherOwner', 'planner', 'admin'] as const;
type Role = (typeof ROLES)[number];
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN';

interface World {
  viewers: Record<Role, Viewer | null>;
  planner: Viewer;
  organization: { id: number; globalId: string };
  other: { id: number; globalId: string };
  /** A PUBLIC organisation, for blocks. */
  third: { id: number; globalId: string };
  /** An OPEN project of `planner`, and a DRAFT consortium of `organization` and `other` for it. */
  project: { id: number; globalId: string; slotIds: string[] };
  consortium: { id: number; globalId: string };
}

const q = (sql: string, params: unknown[]) => api.dataSource.query(sql, params);
const numericId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

/** A fresh world per case: two APPROVED organisations (one with an owner and a team member, one with an owner), a third, a planner's project and consortium. */
async function world(): Promise<World> {
  const organization = await createTestOrganization(api.dataSource, { status: MembershipStatus.APPROVED });
  const other = await createTestOrganization(api.dataSource, { status: MembershipStatus.APPROVED });
  const third = await createTestOrganization(api.dataSource, { visibility: ProfileVisibility.PUBLIC });
  const planner = await createTestAccount(api.dataSource, AccountRole.PLANNER);
  const viewers = {
    anonymous: null,
    member: await createTestAccount(api.dataSource, AccountRole.MEMBER, organization.id, TeamRole.MEMBER),
    owner: await createTestAccount(api.dataSource, AccountRole.MEMBER, organization.id, TeamRole.OWNER),
    otherOwner: await createTestAccount(api.dataSource, AccountRole.MEMBER, other.id, TeamRole.OWNER),
    planner,
    admin: await createTestAccount(api.dataSource, AccountRole.ADMIN),
  };
  const { project } = await ok(api, 'createProject', projectInput(), planner);
  await ok(api, 'openProject', { projectId: project.id }, planner);
  const { consortium } = await ok(
    api,
    'createConsortium',
    {
      projectId: project.id,
      name: 'Team',
      members: [
        { organizationId: organization.globalId, role: 'LEAD' },
        { organizationId: other.globalId, role: 'OPERATOR' },
      ],
    },
    planner,
  );
  return {
    viewers,
    planner,
    organization,
    other,
    third,
    project: { id: numericId(project.id), globalId: project.id, slotIds: project.slots.map((s: { id: string }) => s.id) },
    consortium: { id: numericId(consortium.id), globalId: consortium.id },
  };
}

/** Everything these mutations write, for the world's rows. */
const worldState = (w: World) => async () => {
  const organizations = [w.organization.id, w.other.id];
  return {
    organizations: await q('SELECT id, matchmaking, max_concurrent_consortia, version FROM organization WHERE id = ANY($1) ORDER BY id', [organizations]),
    blocks: await q('SELECT organization_id, blocked_organization_id FROM partner_block WHERE organization_id = ANY($1) ORDER BY 1, 2', [organizations]),
    interests: await q('SELECT organization_id, slot_ids, message FROM project_interest WHERE project_id = $1 ORDER BY 1', [w.project.id]),
    consortium: await q(
      'SELECT c.version, m.organization_id, m.stake FROM consortium c JOIN consortium_member m ON m.consortium_id = c.id WHERE c.id = $1 ORDER BY m.id',
      [w.consortium.id],
    ),
    audit: await q(
      `SELECT count(*)::int AS n FROM audit_entry WHERE (subject_type = 'Organization' AND subject_id = ANY($1))
          OR (subject_type = 'Project' AND subject_id = $2) OR (subject_type = 'Consortium' AND subject_id = $3)`,
      [organizations, w.project.id, w.consortium.id],
    ),
  };
};

const OWNER_OR_ADMIN: Record<Role, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  member: 'FORBIDDEN',
  owner: 'ok',
  otherOwner: 'FORBIDDEN',
  planner: 'FORBIDDEN',
  admin: 'ok',
};
const TEAM_MEMBERS: Record<Role, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  member: 'ok',
  owner: 'ok',
  // For its own organisation: any approved organisation's team may put it forward.
  otherOwner: 'ok',
  planner: 'FORBIDDEN',
  admin: 'FORBIDDEN',
};
const PROJECT_OWNER_OR_ADMIN: Record<Role, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  member: 'FORBIDDEN',
  owner: 'FORBIDDEN',
  otherOwner: 'FORBIDDEN',
  planner: 'ok',
  admin: 'ok',
};

interface Case {
  mutation: string;
  outcomes: Record<Role, Outcome>;
  prepare: (w: World) => Promise<{ document: string; variables: Record<string, unknown> }>;
}

const CASES: Case[] = [
  {
    mutation: 'updateMatchmakingSettings',
    outcomes: OWNER_OR_ADMIN,
    prepare: async (w) => ({
      document:
        'mutation($input: UpdateMatchmakingSettingsInput!) { updateMatchmakingSettings(input: $input) { organization { matchmaking } userErrors { code } } }',
      variables: { input: { organizationId: w.organization.globalId, matchmaking: false, maxConcurrentConsortia: 7 } },
    }),
  },
  {
    mutation: 'blockPartner',
    outcomes: OWNER_OR_ADMIN,
    prepare: async (w) => ({
      document: 'mutation($input: PartnerBlockInput!) { blockPartner(input: $input) { organization { id } userErrors { code } } }',
      variables: { input: { organizationId: w.organization.globalId, blockedOrganizationId: w.third.globalId } },
    }),
  },
  {
    mutation: 'unblockPartner',
    outcomes: OWNER_OR_ADMIN,
    prepare: async (w) => {
      await q('INSERT INTO partner_block (organization_id, blocked_organization_id) VALUES ($1, $2)', [w.organization.id, w.third.id]);
      return {
        document: 'mutation($input: PartnerBlockInput!) { unblockPartner(input: $input) { organization { id } userErrors { code } } }',
        variables: { input: { organizationId: w.organization.globalId, blockedOrganizationId: w.third.globalId } },
      };
    },
  },
  {
    mutation: 'expressInterest',
    outcomes: TEAM_MEMBERS,
    prepare: async (w) => ({
      document: 'mutation($input: ExpressInterestInput!) { expressInterest(input: $input) { interest { message } userErrors { code } } }',
      variables: { input: { projectId: w.project.globalId, slotIds: w.project.slotIds, message: 'We can lead.' } },
    }),
  },
  {
    mutation: 'withdrawInterest',
    outcomes: TEAM_MEMBERS,
    prepare: async (w) => {
      await q('INSERT INTO project_interest (project_id, organization_id) VALUES ($1, $2), ($1, $3)', [w.project.id, w.organization.id, w.other.id]);
      return {
        document: 'mutation($input: WithdrawInterestInput!) { withdrawInterest(input: $input) { project { id } userErrors { code } } }',
        variables: { input: { projectId: w.project.globalId } },
      };
    },
  },
  {
    mutation: 'setConsortiumStakes',
    outcomes: PROJECT_OWNER_OR_ADMIN,
    prepare: async (w) => ({
      document: 'mutation($input: SetConsortiumStakesInput!) { setConsortiumStakes(input: $input) { consortium { id } userErrors { code } } }',
      variables: {
        input: {
          consortiumId: w.consortium.globalId,
          stakes: [
            { organizationId: w.organization.globalId, stake: 0.6 },
            { organizationId: toGlobalId('Organization', w.other.id), stake: 0.4 },
          ],
        },
      },
    }),
  },
];

const MUTATIONS = ['updateMatchmakingSettings', 'blockPartner', 'unblockPartner', 'expressInterest', 'withdrawInterest', 'setConsortiumStakes'];

it('covers every mutation of the matching rules', async () => {
  const result = await api.query('{ __schema { mutationType { fields { name } } } }');
  const names = result.data!.__schema.mutationType.fields.map((f: { name: string }) => f.name);
  for (const name of MUTATIONS) expect(names).toContain(name);
  expect(CASES.map((c) => c.mutation).sort()).toEqual([...MUTATIONS].sort());
});

describe.each(CASES.map((c) => [c.mutation, c] as const))('%s', (_name, testCase) => {
  it.each(ROLES.map((role) => [role, testCase.outcomes[role]] as const))('as %s: %s', async (role, outcome) => {
    const w = await world();
    const prepared = await testCase.prepare(w);
    const state = worldState(w);
    const before = await state();
    const result = await api.query(prepared.document, prepared.variables, w.viewers[role]);
    const payload = result.data?.[testCase.mutation] ?? null;
    if (outcome === 'ok') {
      expect(result.errors).toBeUndefined();
      expect(payload.userErrors).toEqual([]);
      const after = await state();
      expect({ ...after, audit: null }).not.toEqual({ ...before, audit: null });
      expect(after.audit[0].n).toBeGreaterThan(before.audit[0].n);
      return;
    }
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual([outcome]);
    expect(payload).toBeNull();
    expect(await state()).toEqual(before);
  });
});
