// Unanswered partnership requests and consortium invitations expire (issue 15), by a clock the test
// moves: reads treat them as expired before any sweep; the sweeper writes each down once, with its
// event, however many sweepers run. Rows are dated 13 days back and the clock moved 2 days on, so
// sweepers of other test files (on the real clock) never touch them, and this file's never touch theirs.
import { AccountRole, createTestAccount } from '../support/accounts';
import { createTestApi, type TestApi } from '../support/api';
import { TestClock } from '../support/clock';
import { startTestApp } from '../support/http-app';
import { approvedOrganizations, deleteRequestsOf, ok, orgId, projectInput, userError, useTestCity } from '../support/workflows';
import type { Viewer } from '../../src/modules/accounts/tokens';
import { ExpiryPolicy } from '../../src/modules/events/expiry';
import { ExpirySweeper } from '../../src/modules/events/expiry-sweeper';
import { MAX_PENDING_OUTGOING } from '../../src/modules/partnerships/partnership.service';

let api: TestApi;
const clock = new TestClock();
let orgs: number[];
let planner: Viewer;
const members = new Map<number, Viewer>();
let dropTestCity: () => Promise<void>;

beforeAll(async () => {
  api = await createTestApi({ clock });
  dropTestCity = await useTestCity(api.dataSource);
  // This file's own slice of seeded members (other files take other offsets).
  orgs = await approvedOrganizations(api.dataSource, 25, 115);
  await deleteRequestsOf(api.dataSource, orgs);
  planner = await createTestAccount(api.dataSource, AccountRole.PLANNER);
  for (const id of orgs) members.set(id, await createTestAccount(api.dataSource, AccountRole.MEMBER, id));
});
afterAll(async () => {
  await deleteRequestsOf(api.dataSource, orgs);
  await dropTestCity();
  await api.close();
});
beforeEach(() => clock.reset());

const member = (id: number) => members.get(id)!;
const dbId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
const sweeper = (batchSize?: number) => new ExpirySweeper(api.dataSource, new ExpiryPolicy(clock), undefined, batchSize);

async function send(from: number, to: number) {
  return (await ok(api, 'sendPartnershipRequest', { toOrganizationId: orgId(to), message: 'Shall we?' }, member(from))).request as { id: string };
}

/** Dates requests `days` back, as if sent then. */
async function age(requestIds: number[], days: number): Promise<void> {
  await api.dataSource.query(`UPDATE partnership_request SET created_at = now() - make_interval(days => $2) WHERE id = ANY($1)`, [requestIds, days]);
}

async function expiryEvents(subjectType: string, subjectIds: number[]) {
  return api.dataSource.query(
    `SELECT subject_id, actor_account_id, audience_organization_ids, audience_account_ids, summary_ko, summary_en
       FROM event WHERE type LIKE '%EXPIRED' AND subject_type = $1 AND subject_id = ANY($2) ORDER BY id`,
    [subjectType, subjectIds],
  );
}

const MINE = `query($status: PartnershipRequestStatus) { myPartnershipRequests(first: 100, direction: OUTGOING, status: $status) {
  totalCount edges { node { id status expiresAt } } } }`;

describe('partnership requests', () => {
  it('a request 15 days old is EXPIRED for reads, answers and the cap before any sweep', async () => {
    const [sender, ...targets] = orgs.slice(0, MAX_PENDING_OUTGOING + 2);
    const sent = [];
    for (const to of targets.slice(0, MAX_PENDING_OUTGOING)) sent.push(await send(sender, to));
    const spare = targets[MAX_PENDING_OUTGOING];
    await userError(api, 'sendPartnershipRequest', { toOrganizationId: orgId(spare) }, member(sender), 'PENDING_LIMIT_REACHED');

    await age(
      sent.map((r) => dbId(r.id)),
      13,
    );
    const pending = (await api.query(MINE, { status: 'PENDING' }, member(sender))).data!.myPartnershipRequests;
    expect(pending.totalCount).toBe(MAX_PENDING_OUTGOING);
    // 13 days old: one more day to go.
    const expiresAt = new Date(pending.edges[0].node.expiresAt).getTime();
    expect(Math.abs(expiresAt - (Date.now() + 24 * 3600 * 1000))).toBeLessThan(60_000);
    await userError(api, 'sendPartnershipRequest', { toOrganizationId: orgId(spare) }, member(sender), 'PENDING_LIMIT_REACHED');

    clock.advanceDays(2);
    expect((await api.query(MINE, { status: 'PENDING' }, member(sender))).data!.myPartnershipRequests.totalCount).toBe(0);
    const expired = (await api.query(MINE, { status: 'EXPIRED' }, member(sender))).data!.myPartnershipRequests;
    expect(expired.totalCount).toBe(MAX_PENDING_OUTGOING);
    expect(expired.edges.every((e: { node: { status: string; expiresAt: string | null } }) => e.node.status === 'EXPIRED' && e.node.expiresAt === null)).toBe(
      true,
    );
    const received = await api.query('{ myPendingPartnershipRequestCount }', {}, member(targets[0]));
    expect(received.data!.myPendingPartnershipRequestCount).toBe(0);
    // Nothing was swept: the rows still say PENDING and no event was written.
    const [{ stored }] = await api.dataSource.query(`SELECT count(*)::int AS stored FROM partnership_request WHERE id = ANY($1) AND status = 'PENDING'`, [
      sent.map((r) => dbId(r.id)),
    ]);
    expect(stored).toBe(MAX_PENDING_OUTGOING);
    expect(
      await expiryEvents(
        'PartnershipRequest',
        sent.map((r) => dbId(r.id)),
      ),
    ).toEqual([]);

    const [answered] = await userError(
      api,
      'answerPartnershipRequest',
      { requestId: sent[0].id, answer: 'ACCEPTED' },
      member(targets[0]),
      'REQUEST_NOT_PENDING',
    );
    expect(answered.message).toMatch(/EXPIRED/);
    await userError(api, 'withdrawPartnershipRequest', { requestId: sent[1].id }, member(sender), 'REQUEST_NOT_PENDING');

    // The cap counts only requests in time: the 21st goes out.
    await send(sender, spare);
    // A new request to an organisation whose old one ran out writes the old one down first, with its event.
    const again = await send(sender, targets[0]);
    expect(dbId(again.id)).not.toBe(dbId(sent[0].id));
    const [{ status }] = await api.dataSource.query('SELECT status FROM partnership_request WHERE id = $1', [dbId(sent[0].id)]);
    expect(status).toBe('EXPIRED');
    const [event] = await expiryEvents('PartnershipRequest', [dbId(sent[0].id)]);
    expect(event).toMatchObject({
      actor_account_id: null,
      audience_organization_ids: [sender, targets[0]].sort((a, b) => a - b),
      audience_account_ids: [],
    });
    expect(event.summary_en).toMatch(/'s partnership request to .+ expired unanswered\.$/);
    expect(event.summary_ko).toMatch(/에 보낸 협력 요청이 답을 받지 못해 만료되었습니다\.$/);

    await deleteRequestsOf(api.dataSource, [sender]);
  });

  it('the sweep writes one event per request; two sweepers at once expire each request exactly once', async () => {
    const [sender, ...targets] = orgs.slice(0, 12);
    const sent: number[] = [];
    for (const to of targets) sent.push(dbId((await send(sender, to)).id));
    await age(sent, 13);
    // Another transaction holds one request (an answer under way): sweepers skip it rather than wait.
    const held = sent[0];
    const runner = api.dataSource.createQueryRunner();
    await runner.startTransaction();
    await runner.query('SELECT id FROM partnership_request WHERE id = $1 FOR UPDATE', [held]);

    clock.advanceDays(2);
    const [first, second] = await Promise.all([sweeper(2).sweep(), sweeper(2).sweep()]);
    const mine = (ids: number[]) => ids.filter((id) => sent.includes(id));
    const swept = [...mine(first.requestIds), ...mine(second.requestIds)];
    expect(new Set(swept).size).toBe(swept.length); // no request twice
    expect(swept.sort((a, b) => a - b)).toEqual(sent.filter((id) => id !== held).sort((a, b) => a - b));
    await runner.rollbackTransaction();
    await runner.release();

    const later = await sweeper().sweep();
    expect(mine(later.requestIds)).toEqual([held]);
    expect(mine((await sweeper().sweep()).requestIds)).toEqual([]);

    const events = await expiryEvents('PartnershipRequest', sent);
    expect(events.map((e: { subject_id: number }) => e.subject_id).sort((a: number, b: number) => a - b)).toEqual([...sent].sort((a, b) => a - b));
    const rows = await api.dataSource.query('SELECT status, version FROM partnership_request WHERE id = ANY($1)', [sent]);
    expect(rows.every((r: { status: string; version: number }) => r.status === 'EXPIRED' && r.version === 2)).toBe(true);
    await deleteRequestsOf(api.dataSource, [sender]);
  });

  it('requests still in time are left alone', async () => {
    const [sender, to] = orgs.slice(20, 22);
    const request = dbId((await send(sender, to)).id);
    await age([request], 12);
    clock.advanceDays(1);
    expect((await sweeper().sweep()).requestIds).not.toContain(request);
    const [{ status }] = await api.dataSource.query('SELECT status FROM partnership_request WHERE id = $1', [request]);
    expect(status).toBe('PENDING');
    await deleteRequestsOf(api.dataSource, [sender]);
  });
});

describe('the server', () => {
  it('runs the sweeper every EXPIRY_SWEEP_SECONDS on the real clock', async () => {
    const [sender, to] = orgs.slice(12, 14);
    const request = dbId((await send(sender, to)).id);
    await age([request], 15);
    const server = await startTestApp({ EXPIRY_SWEEP_SECONDS: '1' });
    try {
      const deadline = Date.now() + 10_000;
      let status = 'PENDING';
      while (status === 'PENDING' && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        [{ status }] = await api.dataSource.query('SELECT status FROM partnership_request WHERE id = $1', [request]);
      }
      expect(status).toBe('EXPIRED');
      expect(await expiryEvents('PartnershipRequest', [request])).toHaveLength(1);
    } finally {
      await server.close();
    }
    await deleteRequestsOf(api.dataSource, [sender]);
  });
});

const MEMBERS = `query($id: ID!) { node(id: $id) { ... on Consortium { version members { organization { id } invitationStatus } } } }`;

describe('consortium invitations', () => {
  it('an invitation past its time reads EXPIRED and cannot be answered; the sweep writes it down once with its event', async () => {
    const [x, y, z] = orgs.slice(22, 25);
    const slots = ['mobility', 'water', 'energy-environment'].map((domain) => ({
      role: 'SOLUTION_PROVIDER',
      domain,
      technologies: [],
      minLevel: 1,
      weight: 1,
    }));
    const { project } = await ok(api, 'createProject', projectInput(slots), planner);
    await ok(api, 'openProject', { projectId: project.id }, planner);
    const { consortium } = await ok(
      api,
      'createConsortium',
      {
        projectId: project.id,
        name: 'Slow Team',
        members: [x, y, z].map((o) => ({ organizationId: orgId(o), role: 'SOLUTION_PROVIDER' })),
        assignments: [x, y, z].map((o, i) => ({ slotId: project.slots[i].id, organizationId: orgId(o) })),
        allowUnfit: true,
        reason: 'a test team',
      },
      planner,
    );
    await ok(api, 'inviteToConsortium', { consortiumId: consortium.id }, planner);
    await ok(api, 'answerConsortiumInvitation', { consortiumId: consortium.id, answer: 'ACCEPTED' }, member(x));
    const id = dbId(consortium.id);
    await api.dataSource.query(`UPDATE consortium_member SET invited_at = now() - interval '13 days' WHERE consortium_id = $1`, [id]);

    const statuses = async () =>
      Object.fromEntries(
        ((await api.query(MEMBERS, { id: consortium.id }, planner)).data!.node.members as { organization: { id: string }; invitationStatus: string }[]).map(
          (m) => [dbId(m.organization.id), m.invitationStatus],
        ),
      );
    expect(await statuses()).toEqual({ [x]: 'ACCEPTED', [y]: 'INVITED', [z]: 'INVITED' });
    clock.advanceDays(2);
    expect(await statuses()).toEqual({ [x]: 'ACCEPTED', [y]: 'EXPIRED', [z]: 'EXPIRED' });
    const [refused] = await userError(
      api,
      'answerConsortiumInvitation',
      { consortiumId: consortium.id, answer: 'ACCEPTED' },
      member(y),
      'INVITATION_NOT_PENDING',
    );
    expect(refused.message).toMatch(/EXPIRED/);
    expect(await expiryEvents('Consortium', [id])).toEqual([]);
    const { version } = (await api.query(MEMBERS, { id: consortium.id }, planner)).data!.node;

    const [first, second] = await Promise.all([sweeper(1).sweep(), sweeper(1).sweep()]);
    const memberships: { id: number; organization_id: number }[] = await api.dataSource.query(
      `SELECT id, organization_id FROM consortium_member WHERE consortium_id = $1 AND organization_id = ANY($2) ORDER BY id`,
      [id, [y, z]],
    );
    const swept = [...first.invitationIds, ...second.invitationIds].filter((m) => memberships.some((row) => row.id === m));
    expect(swept.sort((a, b) => a - b)).toEqual(memberships.map((m) => m.id));
    expect(mine((await sweeper().sweep()).invitationIds, memberships)).toEqual([]);

    const stored = await api.dataSource.query(
      'SELECT organization_id, invitation_status FROM consortium_member WHERE consortium_id = $1 ORDER BY organization_id',
      [id],
    );
    expect(Object.fromEntries(stored.map((r: { organization_id: number; invitation_status: string }) => [r.organization_id, r.invitation_status]))).toEqual({
      [x]: 'ACCEPTED',
      [y]: 'EXPIRED',
      [z]: 'EXPIRED',
    });
    expect((await api.query(MEMBERS, { id: consortium.id }, planner)).data!.node.version).toBe(version + 1);
    const events = await expiryEvents('Consortium', [id]);
    expect(
      events.map((e: { audience_organization_ids: number[]; audience_account_ids: number[]; actor_account_id: number | null }) => [
        e.audience_organization_ids,
        e.audience_account_ids,
        e.actor_account_id,
      ]),
    ).toEqual([
      [[y], [planner.accountId], null],
      [[z], [planner.accountId], null],
    ]);
    expect(events[0].summary_ko).toBe(`${await nameKo(y)}에 보낸 시험 과제의 'Slow Team' 컨소시엄 참여 요청이 답을 받지 못해 만료되었습니다.`);
    expect(events[0].summary_en).toBe(`The invitation of ${await nameEn(y)} to the consortium 'Slow Team' for Test project expired unanswered.`);
    const audit = await api.dataSource.query(
      `SELECT actor_id, details FROM audit_entry WHERE subject_type = 'Consortium' AND subject_id = $1 AND action = 'consortium.invitation_expired'`,
      [id],
    );
    expect(audit).toEqual([{ actor_id: null, details: { organizationIds: [y, z], from: 'INVITED', to: 'EXPIRED' } }]);
    // The consortium cannot be confirmed now; the planner says what is missing.
    const [unconfirmed] = await userError(api, 'confirmConsortium', { consortiumId: consortium.id }, planner, 'MEMBERS_NOT_ACCEPTED');
    expect(unconfirmed.message).toContain(`${await nameEn(y)} (EXPIRED)`);
  });
});

function mine(ids: number[], rows: { id: number }[]): number[] {
  return ids.filter((id) => rows.some((r) => r.id === id));
}

async function nameKo(id: number): Promise<string> {
  return (await api.dataSource.query('SELECT name_ko FROM organization WHERE id = $1', [id]))[0].name_ko;
}

async function nameEn(id: number): Promise<string> {
  return (await api.dataSource.query('SELECT name_en FROM organization WHERE id = $1', [id]))[0].name_en;
}
