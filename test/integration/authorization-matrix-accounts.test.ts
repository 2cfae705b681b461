// Every mutation of accounts, membership, profiles and the taxonomy, run as each kind of caller:
// the allowed ones succeed, the others are refused with UNAUTHENTICATED or FORBIDDEN (or, where
// the caller may act but the state forbids it, CONFLICT) and nothing is written.
// (Projects, partnership requests and consortia have their own matrix: authorization-matrix.test.ts.)
import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../../src/graphql/global-id';
import type { Viewer } from '../../src/modules/accounts/tokens';
import { MembershipStatus } from '../../src/modules/organizations/organization.enums';
import { AccountRole, createTestAccount, TEST_PASSWORD } from '../support/accounts';
import { createTestApi, type TestApi } from '../support/api';
import { createTestOrganization, newOrganizationInput, removeTestOrganizations } from '../support/organizations';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await removeTestOrganizations(api.dataSource);
  await api.dataSource.query("DELETE FROM domain WHERE slug LIKE 'test-matrix-%'");
  await api.dataSource.query("DELETE FROM technology WHERE slug LIKE 'test-matrix-%'");
  await api.close();
});

const ROLES = ['anonymous', 'ownMember', 'otherMember', 'planner', 'admin'] as const;
type Role = (typeof ROLES)[number];
/** ALREADY_IN_ORGANIZATION, CONFLICT and NOT_FOUND are userErrors; the others top-level errors. */
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'CONFLICT' | 'NOT_FOUND' | 'ALREADY_IN_ORGANIZATION';

interface Prepared {
  document: string;
  variables: Record<string, unknown>;
  /** What the mutation would change, read straight from the database. */
  state: () => Promise<unknown>;
}

interface World {
  viewers: Record<Role, Viewer | null>;
  own: { id: number; globalId: string };
}

/** A fresh world per case: the organisation, a member of it, a member of another one, a planner, an admin. */
async function world(status: MembershipStatus, ownMemberHasOrganization = true): Promise<World> {
  const own = await createTestOrganization(api.dataSource, { status });
  const other = await createTestOrganization(api.dataSource, { status: MembershipStatus.APPLIED });
  return {
    own,
    viewers: {
      anonymous: null,
      ownMember: await createTestAccount(api.dataSource, AccountRole.MEMBER, ownMemberHasOrganization ? own.id : null),
      otherMember: await createTestAccount(api.dataSource, AccountRole.MEMBER, other.id),
      planner: await createTestAccount(api.dataSource, AccountRole.PLANNER),
      admin: await createTestAccount(api.dataSource, AccountRole.ADMIN),
    },
  };
}

const q = (sql: string, params: unknown[]) => api.dataSource.query(sql, params);

/** An organisation's row, capabilities (with their links), audit entries and members. */
const organizationState = (id: number) => async () => ({
  row: await q('SELECT membership_status, version, updated_at, name_en, membership_decided_at FROM organization WHERE id = $1', [id]),
  capabilities: await q(
    `SELECT c.id, c.level, c.version, array(SELECT technology_id FROM capability_technology WHERE capability_id = c.id ORDER BY 1) AS technologies
       FROM capability c WHERE organization_id = $1 ORDER BY id`,
    [id],
  ),
  audit: await q("SELECT count(*)::int AS n FROM audit_entry WHERE subject_type = 'Organization' AND subject_id = $1", [id]),
  members: await q('SELECT count(*)::int AS n FROM account WHERE organization_id = $1', [id]),
});

async function addCapabilityRow(organizationId: number): Promise<number> {
  const [{ id }] = await q("INSERT INTO capability (organization_id, domain_id, level) SELECT $1, id, 2 FROM domain WHERE slug = 'mobility' RETURNING id", [
    organizationId,
  ]);
  await q("INSERT INTO capability_technology (capability_id, technology_id) SELECT $1, id FROM technology WHERE slug = 'iot'", [id]);
  return id;
}

const ALL_OK: Record<Role, Outcome> = { anonymous: 'ok', ownMember: 'ok', otherMember: 'ok', planner: 'ok', admin: 'ok' };
const ADMIN_ONLY: Record<Role, Outcome> = { anonymous: 'UNAUTHENTICATED', ownMember: 'FORBIDDEN', otherMember: 'FORBIDDEN', planner: 'FORBIDDEN', admin: 'ok' };
const OWNER_OR_ADMIN: Record<Role, Outcome> = { anonymous: 'UNAUTHENTICATED', ownMember: 'ok', otherMember: 'FORBIDDEN', planner: 'FORBIDDEN', admin: 'ok' };
/**
 * A capability of an organisation the caller may not see (here an APPLIED one) is answered as an
 * unknown capability, NOT_FOUND: FORBIDDEN would tell that it exists (issue 11, finding 7).
 */
const CAPABILITY_OWNER_OR_ADMIN: Record<Role, Outcome> = { ...OWNER_OR_ADMIN, otherMember: 'NOT_FOUND' };

const CASES: { mutation: string; outcomes: Record<Role, Outcome>; prepare: (w: World) => Promise<Prepared> }[] = [
  {
    mutation: 'signUp',
    outcomes: ALL_OK,
    prepare: async () => {
      const email = `matrix-${randomUUID()}@example.org`;
      return {
        document: 'mutation($input: SignUpInput!) { signUp(input: $input) { token userErrors { code } } }',
        variables: { input: { email, password: 'matrix passphrase' } },
        state: () => q('SELECT count(*)::int AS n FROM account WHERE email = $1', [email]),
      };
    },
  },
  {
    mutation: 'signIn',
    outcomes: ALL_OK,
    prepare: async (w) => {
      const account = w.viewers.ownMember as Viewer & { email: string };
      return {
        document: 'mutation($input: SignInInput!) { signIn(input: $input) { token userErrors { code } } }',
        variables: { input: { email: account.email, password: TEST_PASSWORD } },
        // Signing in writes nothing.
        state: () => q('SELECT updated_at, version FROM account WHERE id = $1', [account.accountId]),
      };
    },
  },
  {
    // "ownMember" here is a member account without an organisation yet: the applicant.
    mutation: 'applyForMembership',
    outcomes: { anonymous: 'UNAUTHENTICATED', ownMember: 'ok', otherMember: 'ALREADY_IN_ORGANIZATION', planner: 'FORBIDDEN', admin: 'FORBIDDEN' },
    prepare: async () => {
      const organization = newOrganizationInput();
      return {
        document: 'mutation($input: ApplyForMembershipInput!) { applyForMembership(input: $input) { organization { slug } token userErrors { code } } }',
        variables: { input: { organization } },
        state: () => q('SELECT count(*)::int AS n FROM organization WHERE slug = $1', [organization.slug]),
      };
    },
  },
  {
    mutation: 'decideMembership',
    outcomes: ADMIN_ONLY,
    prepare: async (w) => ({
      document: 'mutation($input: DecideMembershipInput!) { decideMembership(input: $input) { organization { membershipStatus } userErrors { code } } }',
      variables: { input: { organizationId: w.own.globalId, decision: 'REJECTED', reason: 'Not a fit for the alliance.' } },
      state: organizationState(w.own.id),
    }),
  },
  {
    mutation: 'suspendMembership',
    outcomes: ADMIN_ONLY,
    prepare: async (w) => ({
      document: 'mutation($input: SuspendMembershipInput!) { suspendMembership(input: $input) { organization { membershipStatus } userErrors { code } } }',
      variables: { input: { organizationId: w.own.globalId, reason: 'Dues unpaid.' } },
      state: organizationState(w.own.id),
    }),
  },
  {
    mutation: 'withdrawMembership',
    outcomes: { anonymous: 'UNAUTHENTICATED', ownMember: 'ok', otherMember: 'FORBIDDEN', planner: 'FORBIDDEN', admin: 'FORBIDDEN' },
    prepare: async (w) => ({
      document: 'mutation($input: WithdrawMembershipInput!) { withdrawMembership(input: $input) { organization { membershipStatus } userErrors { code } } }',
      variables: { input: { organizationId: w.own.globalId } },
      state: organizationState(w.own.id),
    }),
  },
  {
    mutation: 'updateOrganization',
    outcomes: OWNER_OR_ADMIN,
    prepare: async (w) => ({
      document: 'mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { nameEn version } userErrors { code } } }',
      variables: { input: { organizationId: w.own.globalId, version: 1, nameEn: 'Renamed Ltd.' } },
      state: organizationState(w.own.id),
    }),
  },
  {
    mutation: 'addCapability',
    outcomes: OWNER_OR_ADMIN,
    prepare: async (w) => ({
      document: 'mutation($input: AddCapabilityInput!) { addCapability(input: $input) { capability { level } userErrors { code } } }',
      variables: { input: { organizationId: w.own.globalId, domain: 'water', technologies: ['sensors'], level: 3 } },
      state: organizationState(w.own.id),
    }),
  },
  {
    mutation: 'updateCapability',
    outcomes: CAPABILITY_OWNER_OR_ADMIN,
    prepare: async (w) => {
      const capabilityId = await addCapabilityRow(w.own.id);
      return {
        document: 'mutation($input: UpdateCapabilityInput!) { updateCapability(input: $input) { capability { level } userErrors { code } } }',
        variables: { input: { capabilityId: toGlobalId('Capability', capabilityId), version: 1, level: 4, technologies: ['ai', 'iot'] } },
        state: organizationState(w.own.id),
      };
    },
  },
  {
    mutation: 'removeCapability',
    outcomes: CAPABILITY_OWNER_OR_ADMIN,
    prepare: async (w) => {
      const capabilityId = await addCapabilityRow(w.own.id);
      return {
        document: 'mutation($input: RemoveCapabilityInput!) { removeCapability(input: $input) { removedCapabilityId userErrors { code } } }',
        variables: { input: { capabilityId: toGlobalId('Capability', capabilityId) } },
        state: organizationState(w.own.id),
      };
    },
  },
  ...(['Domain', 'Technology'] as const).flatMap((type) => {
    const table = type.toLowerCase();
    return [
      {
        mutation: `create${type}`,
        outcomes: ADMIN_ONLY,
        prepare: async () => {
          const slug = `test-matrix-${randomUUID().slice(0, 8)}`;
          return {
            document: `mutation($input: Create${type}Input!) { create${type}(input: $input) { ${table} { slug } userErrors { code } } }`,
            variables: { input: { slug, nameKo: '시험', nameEn: 'Test' } },
            state: async () => ({
              rows: await q(`SELECT count(*)::int AS n FROM ${table} WHERE slug = $1`, [slug]),
              audit: await q("SELECT count(*)::int AS n FROM audit_entry WHERE subject_type = $1 AND details->>'slug' = $2", [type, slug]),
            }),
          };
        },
      },
      {
        mutation: `update${type}`,
        outcomes: ADMIN_ONLY,
        prepare: async () => {
          const [{ id }] = await q(`INSERT INTO ${table} (slug, name_ko, name_en) VALUES ($1, '시험', 'Test') RETURNING id`, [
            `test-matrix-${randomUUID().slice(0, 8)}`,
          ]);
          return {
            document: `mutation($input: Update${type}Input!) { update${type}(input: $input) { ${table} { nameEn } userErrors { code } } }`,
            variables: { input: { [`${table}Id`]: toGlobalId(type, id), version: 1, nameEn: 'Renamed' } },
            state: async () => ({
              rows: await q(`SELECT name_ko, name_en FROM ${table} WHERE id = $1`, [id]),
              audit: await q('SELECT count(*)::int AS n FROM audit_entry WHERE subject_type = $1 AND subject_id = $2', [type, id]),
            }),
          };
        },
      },
    ];
  }),
];

/** Where each case starts: a state in which the allowed callers may act. */
const START: Record<string, MembershipStatus> = {
  decideMembership: MembershipStatus.APPLIED,
  suspendMembership: MembershipStatus.APPROVED,
  withdrawMembership: MembershipStatus.APPLIED,
};

const MUTATIONS = [
  'signUp',
  'signIn',
  'applyForMembership',
  'decideMembership',
  'suspendMembership',
  'withdrawMembership',
  'updateOrganization',
  'addCapability',
  'updateCapability',
  'removeCapability',
  'createDomain',
  'updateDomain',
  'createTechnology',
  'updateTechnology',
];

it('covers every mutation of this part of the schema', async () => {
  const result = await api.query('{ __schema { mutationType { fields { name } } } }');
  const names = result.data!.__schema.mutationType.fields.map((f: any) => f.name);
  for (const name of MUTATIONS) expect(names).toContain(name);
  expect(CASES.map((c) => c.mutation).sort()).toEqual([...MUTATIONS].sort());
});

describe.each(CASES.map((c) => [c.mutation, c] as const))('%s', (_name, testCase) => {
  it.each(ROLES.map((role) => [role, testCase.outcomes[role]] as const))('as %s: %s', async (role, outcome) => {
    const w = await world(START[testCase.mutation] ?? MembershipStatus.APPLIED, !(testCase.mutation === 'applyForMembership' && role === 'ownMember'));
    const prepared = await testCase.prepare(w);
    const before = await prepared.state();
    const result = await api.query(prepared.document, prepared.variables, w.viewers[role]);
    const payload = result.data?.[testCase.mutation] ?? null;
    if (outcome === 'ok') {
      expect(result.errors).toBeUndefined();
      expect(payload.userErrors).toEqual([]);
      if (testCase.mutation !== 'signIn') expect(await prepared.state()).not.toEqual(before);
      return;
    }
    if (outcome === 'CONFLICT' || outcome === 'NOT_FOUND' || outcome === 'ALREADY_IN_ORGANIZATION') {
      expect(result.errors).toBeUndefined();
      expect(payload.userErrors.map((e: any) => e.code)).toEqual([outcome]);
    } else {
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual([outcome]);
      expect(payload).toBeNull();
    }
    expect(await prepared.state()).toEqual(before);
  });
});
