import { toGlobalId } from '../../src/graphql/global-id';
import type { Viewer } from '../../src/modules/accounts/tokens';
import { Organization } from '../../src/modules/organizations/organization.entity';
import { AccountRole, createTestAccount } from '../support/accounts';
import { createTestApi, type TestApi } from '../support/api';
import { newOrganizationInput, removeTestOrganizations } from '../support/organizations';

let api: TestApi;
let admin: Viewer & { email: string };
let planner: Viewer;
beforeAll(async () => {
  api = await createTestApi();
  admin = await createTestAccount(api.dataSource, AccountRole.ADMIN);
  planner = await createTestAccount(api.dataSource, AccountRole.PLANNER);
});
afterAll(async () => {
  await removeTestOrganizations(api.dataSource);
  await api.close();
});

const FIELDS = 'organization { id membershipStatus membershipDecidedAt membershipDecisionReason version } userErrors { field message code }';
const APPLY = `mutation($input: ApplyForMembershipInput!) { applyForMembership(input: $input) { token organization { id slug membershipStatus } userErrors { field message code } } }`;
const DECIDE = `mutation($input: DecideMembershipInput!) { decideMembership(input: $input) { ${FIELDS} } }`;
const SUSPEND = `mutation($input: SuspendMembershipInput!) { suspendMembership(input: $input) { ${FIELDS} } }`;
const WITHDRAW = `mutation($input: WithdrawMembershipInput!) { withdrawMembership(input: $input) { ${FIELDS} } }`;
const AUDIT = `query($first: Int, $after: String, $subjectType: String) {
  auditLog(first: $first, after: $after, subjectType: $subjectType) {
    totalCount
    edges { cursor node { occurredAt action subjectType subjectId details actor { email role } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function run(document: string, input: Record<string, unknown>, viewer: Viewer | null) {
  const result = await api.query(document, { input }, viewer);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0] as any;
}

/** A member account that applies through the API; returns its fresh viewer and the organisation. */
async function applicant() {
  const member = await createTestAccount(api.dataSource, AccountRole.MEMBER, null);
  const payload = await run(APPLY, { organization: newOrganizationInput() }, member);
  expect(payload.userErrors).toEqual([]);
  const viewer = await api.viewerFor(payload.token);
  return { viewer, organizationId: payload.organization.id as string, slug: payload.organization.slug as string };
}

const row = (slug: string) => api.dataSource.getRepository(Organization).findOneByOrFail({ slug });

describe('the membership life cycle through the API', () => {
  it('applies, is approved, suspended, reinstated and withdraws, recording who, when and why', async () => {
    const { viewer, organizationId, slug } = await applicant();
    expect(viewer.organizationId).toBe((await row(slug)).id);
    expect((await row(slug)).membershipStatus).toBe('APPLIED');

    const approved = await run(DECIDE, { organizationId, decision: 'APPROVED', reason: 'Strong mobility record.' }, admin);
    expect(approved.userErrors).toEqual([]);
    expect(approved.organization).toMatchObject({ membershipStatus: 'APPROVED', membershipDecisionReason: 'Strong mobility record.' });
    expect(Date.now() - new Date(approved.organization.membershipDecidedAt).getTime()).toBeLessThan(60_000);
    expect((await row(slug)).membershipDecidedBy).toBe(admin.email);

    expect((await run(SUSPEND, { organizationId, reason: 'Dues unpaid.' }, admin)).organization.membershipStatus).toBe('SUSPENDED');
    const reinstated = await run(DECIDE, { organizationId, decision: 'APPROVED', reason: 'Dues paid.' }, admin);
    expect(reinstated.organization.membershipStatus).toBe('APPROVED');
    const withdrawn = await run(WITHDRAW, { organizationId, reason: 'Merged into a partner.' }, viewer);
    expect(withdrawn.organization).toMatchObject({ membershipStatus: 'WITHDRAWN', membershipDecisionReason: 'Merged into a partner.' });

    // The audit log has one entry per change, newest first, with the actor.
    const log = await api.query(AUDIT, { first: 100, subjectType: 'Organization' }, admin);
    expect(log.errors).toBeUndefined();
    const mine = log.data!.auditLog.edges.map((e: any) => e.node).filter((n: any) => n.subjectId === organizationId);
    expect(mine.map((n: any) => [n.action, n.actor.role, n.details.reason ?? null])).toEqual([
      ['membership.withdrawn', 'MEMBER', 'Merged into a partner.'],
      ['membership.approved', 'ADMIN', 'Dues paid.'],
      ['membership.suspended', 'ADMIN', 'Dues unpaid.'],
      ['membership.approved', 'ADMIN', 'Strong mobility record.'],
      ['membership.applied', 'MEMBER', null],
    ]);
    expect(mine[1]).toMatchObject({ subjectType: 'Organization', actor: { email: admin.email }, details: { from: 'SUSPENDED', to: 'APPROVED' } });
  });

  it('rejects an application, and a rejection is final', async () => {
    const { organizationId, slug } = await applicant();
    const rejected = await run(DECIDE, { organizationId, decision: 'REJECTED', reason: 'Outside the alliance scope.' }, admin);
    expect(rejected.organization.membershipStatus).toBe('REJECTED');
    const before = await row(slug);
    const again = await run(DECIDE, { organizationId, decision: 'APPROVED', reason: 'Changed our minds.' }, admin);
    expect(again.organization).toBeNull();
    expect(again.userErrors).toEqual([{ field: null, code: 'MEMBERSHIP_STATUS_FORBIDS', message: expect.stringContaining('REJECTED cannot become APPROVED') }]);
    expect(await row(slug)).toEqual(before);
  });
});

describe('illegal transitions answer MEMBERSHIP_STATUS_FORBIDS and write nothing', () => {
  const cases: [string, string[], (id: string) => [string, Record<string, unknown>, 'admin' | 'member']][] = [
    ['suspending an application', [], (id) => [SUSPEND, { organizationId: id, reason: 'x' }, 'admin']],
    ['approving an approved member', ['APPROVED'], (id) => [DECIDE, { organizationId: id, decision: 'APPROVED', reason: 'x' }, 'admin']],
    ['rejecting an approved member', ['APPROVED'], (id) => [DECIDE, { organizationId: id, decision: 'REJECTED', reason: 'x' }, 'admin']],
    ['suspending a suspended member', ['APPROVED', 'SUSPENDED'], (id) => [SUSPEND, { organizationId: id, reason: 'x' }, 'admin']],
    ['rejecting a suspended member', ['APPROVED', 'SUSPENDED'], (id) => [DECIDE, { organizationId: id, decision: 'REJECTED', reason: 'x' }, 'admin']],
    ['withdrawing twice', ['WITHDRAWN'], (id) => [WITHDRAW, { organizationId: id }, 'member']],
    ['approving a withdrawn organisation', ['WITHDRAWN'], (id) => [DECIDE, { organizationId: id, decision: 'APPROVED', reason: 'x' }, 'admin']],
  ];

  it.each(cases)('%s', async (_name, path, attempt) => {
    const { viewer, organizationId, slug } = await applicant();
    for (const step of path) {
      const [document, input] =
        step === 'APPROVED'
          ? [DECIDE, { organizationId, decision: 'APPROVED', reason: 'ok' }]
          : step === 'SUSPENDED'
            ? [SUSPEND, { organizationId, reason: 'ok' }]
            : [WITHDRAW, { organizationId }];
      expect((await run(document, input, step === 'WITHDRAWN' ? viewer : admin)).userErrors).toEqual([]);
    }
    const before = await row(slug);
    const auditBefore = await api.dataSource.query('SELECT count(*)::int AS n FROM audit_entry WHERE subject_id = $1', [before.id]);
    const [document, input, who] = attempt(organizationId);
    const payload = await run(document, input, who === 'admin' ? admin : viewer);
    expect(payload.organization).toBeNull();
    expect(payload.userErrors.map((e: any) => e.code)).toEqual(['MEMBERSHIP_STATUS_FORBIDS']);
    expect(await row(slug)).toEqual(before);
    expect(await api.dataSource.query('SELECT count(*)::int AS n FROM audit_entry WHERE subject_id = $1', [before.id])).toEqual(auditBefore);
  });

  it('applying a second time (the account already has an organisation) is ALREADY_IN_ORGANIZATION', async () => {
    const { viewer } = await applicant();
    const payload = await run(APPLY, { organization: newOrganizationInput() }, viewer);
    expect(payload.userErrors).toEqual([{ field: null, code: 'ALREADY_IN_ORGANIZATION', message: expect.stringContaining('already belongs') }]);
  });

  it('even with a stale token that predates the application (the account is read, not the token)', async () => {
    const member = await createTestAccount(api.dataSource, AccountRole.MEMBER, null);
    expect((await run(APPLY, { organization: newOrganizationInput() }, member)).userErrors).toEqual([]);
    const second = await run(APPLY, { organization: newOrganizationInput() }, member);
    expect(second.userErrors.map((e: any) => e.code)).toEqual(['ALREADY_IN_ORGANIZATION']);
  });
});

describe('membership decisions check their input', () => {
  it('a stale version is a CONFLICT on input.version and writes nothing', async () => {
    const { organizationId, slug } = await applicant();
    const before = await row(slug);
    const payload = await run(DECIDE, { organizationId, decision: 'APPROVED', reason: 'ok', version: before.version + 1 }, admin);
    expect(payload.userErrors).toEqual([{ field: ['input', 'version'], code: 'CONFLICT', message: expect.stringMatching(/changed since you read it/) }]);
    expect(await row(slug)).toEqual(before);
    const current = await run(DECIDE, { organizationId, decision: 'APPROVED', reason: 'ok', version: before.version }, admin);
    expect(current.organization).toMatchObject({ membershipStatus: 'APPROVED', version: before.version + 1 });
    await run(SUSPEND, { organizationId, reason: 'tidy up' }, admin);
  });

  it.each([
    [
      'an unknown organisation',
      { organizationId: toGlobalId('Organization', 999_999), decision: 'APPROVED', reason: 'x' },
      ['input', 'organizationId'],
      'NOT_FOUND',
    ],
    ['an id of another type', { organizationId: toGlobalId('Domain', 1), decision: 'APPROVED', reason: 'x' }, ['input', 'organizationId'], 'BAD_USER_INPUT'],
    ['an empty reason', { organizationId: toGlobalId('Organization', 1), decision: 'APPROVED', reason: '' }, ['input', 'reason'], 'BAD_USER_INPUT'],
    [
      'a decision that is not one',
      { organizationId: toGlobalId('Organization', 1), decision: 'SUSPENDED', reason: 'x' },
      ['input', 'decision'],
      'BAD_USER_INPUT',
    ],
  ])('%s answers a userError', async (_name, input, field, code) => {
    const payload = await run(DECIDE, input, admin);
    expect(payload.organization).toBeNull();
    expect(payload.userErrors[0]).toMatchObject({ field, code });
  });
});

describe('the audit log', () => {
  it('is for admins only', async () => {
    const member = await createTestAccount(api.dataSource, AccountRole.MEMBER, null);
    expect((await api.query(AUDIT, { first: 1 })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.query(AUDIT, { first: 1 }, member)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.query(AUDIT, { first: 1 }, planner)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('pages newest first with cursors and filters by subject type', async () => {
    await applicant();
    await applicant();
    const first = (await api.query(AUDIT, { first: 2, subjectType: 'Organization' }, admin)).data!.auditLog;
    expect(first.edges).toHaveLength(2);
    expect(first.totalCount).toBeGreaterThanOrEqual(2);
    expect(first.edges.every((e: any) => e.node.subjectType === 'Organization')).toBe(true);
    const next = (await api.query(AUDIT, { first: 2, after: first.pageInfo.endCursor, subjectType: 'Organization' }, admin)).data!.auditLog;
    const times = [...first.edges, ...next.edges].map((e: any) => e.node.occurredAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(new Set([...first.edges, ...next.edges].map((e: any) => e.cursor)).size).toBe(first.edges.length + next.edges.length);
    const none = (await api.query(AUDIT, { first: 5, subjectType: 'NoSuchType' }, admin)).data!.auditLog;
    expect(none).toMatchObject({ totalCount: 0, edges: [] });
  });
});
