// Every change someone else should hear of writes its event in the change's transaction (issue 15):
// consortium invitations and their answers, confirmations and dissolutions, membership decisions
// and new expressions of interest, each with its audience and both summaries; a refused change writes none.
import { AccountRole, createTestAccount } from '../support/accounts';
import { createTestApi, type TestApi } from '../support/api';
import { createTestOrganization, removeTestOrganizations } from '../support/organizations';
import { approvedOrganizations, mutate, ok, orgId, projectInput, userError, useTestCity } from '../support/workflows';
import type { Viewer } from '../../src/modules/accounts/tokens';
import { mayReceive } from '../../src/modules/events/event.access';
import { MembershipStatus } from '../../src/modules/organizations/organization.enums';

let api: TestApi;
let owner: Viewer;
let admin: Viewer;
let orgs: number[];
const members = new Map<number, Viewer>();
const names = new Map<number, { ko: string; en: string }>();
let dropTestCity: () => Promise<void>;

const SLOTS = [
  { role: 'LEAD', domain: 'mobility', technologies: ['ai'], minLevel: 2, weight: 3 },
  { role: 'OPERATOR', domain: 'water', technologies: [], minLevel: 1, weight: 2 },
  { role: 'SOLUTION_PROVIDER', domain: 'energy-environment', technologies: [], minLevel: 1, weight: 1 },
];
const TITLE = { ko: '시험 과제', en: 'Test project' };

beforeAll(async () => {
  api = await createTestApi();
  dropTestCity = await useTestCity(api.dataSource);
  owner = await createTestAccount(api.dataSource, AccountRole.PLANNER);
  admin = await createTestAccount(api.dataSource, AccountRole.ADMIN);
  // This file's own slice of seeded members (other files take other offsets).
  orgs = await approvedOrganizations(api.dataSource, 4, 110);
  for (const id of orgs) members.set(id, await createTestAccount(api.dataSource, AccountRole.MEMBER, id));
  const rows: { id: number; name_ko: string; name_en: string }[] = await api.dataSource.query(
    'SELECT id, name_ko, name_en FROM organization WHERE id = ANY($1)',
    [orgs],
  );
  for (const r of rows) names.set(r.id, { ko: r.name_ko, en: r.name_en });
});
afterAll(async () => {
  await dropTestCity();
  await removeTestOrganizations(api.dataSource);
  await api.close();
});

const member = (id: number) => members.get(id)!;
const dbId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

interface StoredEvent {
  id: number;
  type: string;
  actorAccountId: number | null;
  audienceOrganizationIds: number[];
  audienceAccountIds: number[];
  summaryKo: string;
  summaryEn: string;
  data: Record<string, unknown>;
}

/** The events about one object, oldest first. */
async function eventsAbout(subjectType: string, subjectId: number): Promise<StoredEvent[]> {
  const rows = await api.dataSource.query(
    `SELECT id::int, type, actor_account_id, audience_organization_ids, audience_account_ids, summary_ko, summary_en, data
       FROM event WHERE subject_type = $1 AND subject_id = $2 ORDER BY id`,
    [subjectType, subjectId],
  );
  return rows.map((r: Record<string, any>) => ({
    id: r.id,
    type: r.type,
    actorAccountId: r.actor_account_id,
    audienceOrganizationIds: r.audience_organization_ids,
    audienceAccountIds: r.audience_account_ids,
    summaryKo: r.summary_ko,
    summaryEn: r.summary_en,
    data: r.data,
  }));
}

async function openProject() {
  const { project } = await ok(api, 'createProject', projectInput(SLOTS), owner);
  await ok(api, 'openProject', { projectId: project.id }, owner);
  return project as { id: string; slots: { id: string }[] };
}

/** A consortium of `team` (up to three of orgs), each filling the slot of its position. */
async function consortiumOf(project: { id: string; slots: { id: string }[] }, team: number[], name: string) {
  const roles = ['LEAD', 'OPERATOR', 'SOLUTION_PROVIDER'];
  const { consortium } = await ok(
    api,
    'createConsortium',
    {
      projectId: project.id,
      name,
      members: team.map((o, i) => ({ organizationId: orgId(o), role: roles[i] })),
      assignments: team.map((o, i) => ({ slotId: project.slots[i].id, organizationId: orgId(o) })),
      allowUnfit: true,
      reason: 'a test team',
    },
    owner,
  );
  return consortium as { id: string };
}

const answer = (consortiumId: string, organization: number, verdict: 'ACCEPTED' | 'DECLINED') =>
  mutate(api, 'answerConsortiumInvitation', { consortiumId, answer: verdict }, member(organization));

describe('consortium events', () => {
  it('invitations sent, accepted and declined: the invited organisation hears, the planner hears the answers', async () => {
    const [x, y, z, outsider] = orgs;
    const project = await openProject();
    const consortium = await consortiumOf(project, [x, y, z], 'Sejong Mobility Team');
    const id = dbId(consortium.id);
    expect(await eventsAbout('Consortium', id)).toEqual([]); // a draft tells nobody

    await ok(api, 'inviteToConsortium', { consortiumId: consortium.id }, owner);
    const sent = await eventsAbout('Consortium', id);
    expect(sent.map((e) => [e.type, e.audienceOrganizationIds, e.audienceAccountIds, e.actorAccountId])).toEqual([
      ['CONSORTIUM_INVITATION_SENT', [x], [], owner.accountId],
      ['CONSORTIUM_INVITATION_SENT', [y], [], owner.accountId],
      ['CONSORTIUM_INVITATION_SENT', [z], [], owner.accountId],
    ]);
    expect(sent[0].summaryKo).toBe(`${TITLE.ko}의 'Sejong Mobility Team' 컨소시엄에서 ${names.get(x)!.ko}에 참여를 요청했습니다.`);
    expect(sent[0].summaryEn).toBe(`${names.get(x)!.en} was invited to join the consortium 'Sejong Mobility Team' for ${TITLE.en}.`);

    expect((await answer(consortium.id, x, 'ACCEPTED')).data!.answerConsortiumInvitation.userErrors).toEqual([]);
    expect((await answer(consortium.id, y, 'DECLINED')).data!.answerConsortiumInvitation.userErrors).toEqual([]);
    const answers = (await eventsAbout('Consortium', id)).slice(3);
    expect(answers.map((e) => [e.type, e.audienceOrganizationIds, e.audienceAccountIds, e.actorAccountId])).toEqual([
      ['CONSORTIUM_INVITATION_ACCEPTED', [x], [owner.accountId], member(x).accountId],
      ['CONSORTIUM_INVITATION_DECLINED', [y], [owner.accountId], member(y).accountId],
    ]);
    expect(answers[0].summaryKo).toBe(`${names.get(x)!.ko}에서 ${TITLE.ko}의 'Sejong Mobility Team' 컨소시엄 참여 요청을 수락했습니다.`);
    expect(answers[1].summaryEn).toBe(`${names.get(y)!.en} declined the invitation to the consortium 'Sejong Mobility Team' for ${TITLE.en}.`);
    expect(answers[0].data).toEqual({ consortiumId: id, projectId: dbId(project.id), organizationId: x });

    // Who receives them, by the one rule: the organisation's members and the planner, nobody else.
    const outsiderRecipient = { accountId: member(outsider).accountId, organizationId: outsider, disabled: false };
    const planner = { accountId: owner.accountId, organizationId: null, disabled: false };
    expect(answers.every((e) => mayReceive(planner, e) && !mayReceive(outsiderRecipient, e))).toBe(true);
    expect(mayReceive({ accountId: member(y).accountId, organizationId: y, disabled: false }, answers[0])).toBe(false);
  });

  it('a refused change writes no event: answering twice, confirming too early, inviting twice', async () => {
    const [x, y] = orgs;
    const project = await openProject();
    const consortium = await consortiumOf(project, [x, y], 'Early Team');
    await ok(api, 'inviteToConsortium', { consortiumId: consortium.id }, owner);
    await answer(consortium.id, x, 'ACCEPTED');
    const before = await eventsAbout('Consortium', dbId(consortium.id));
    expect(before).toHaveLength(3);

    await userError(api, 'answerConsortiumInvitation', { consortiumId: consortium.id, answer: 'DECLINED' }, member(x), 'INVITATION_NOT_PENDING');
    await userError(api, 'confirmConsortium', { consortiumId: consortium.id }, owner, 'MEMBERS_NOT_ACCEPTED');
    await userError(api, 'inviteToConsortium', { consortiumId: consortium.id }, owner, 'CONSORTIUM_STATUS_FORBIDS');
    expect(await eventsAbout('Consortium', dbId(consortium.id))).toEqual(before);
  });

  it('confirmed: every member and the planner hear; the consortia the award dissolves tell their invited members why', async () => {
    const [x, y, z, w] = orgs;
    const project = await openProject();
    const winner = await consortiumOf(project, [x, y, z], 'Winners');
    const loser = await consortiumOf(project, [w, x], 'Runners-up');
    const draft = await consortiumOf(project, [y], 'Never invited');
    await ok(api, 'inviteToConsortium', { consortiumId: winner.id }, owner);
    await ok(api, 'inviteToConsortium', { consortiumId: loser.id }, owner);
    for (const o of [x, y, z]) await answer(winner.id, o, 'ACCEPTED');
    await ok(api, 'confirmConsortium', { consortiumId: winner.id }, owner);

    const confirmed = (await eventsAbout('Consortium', dbId(winner.id))).at(-1)!;
    expect(confirmed).toMatchObject({
      type: 'CONSORTIUM_CONFIRMED',
      audienceOrganizationIds: [x, y, z].sort((a, b) => a - b),
      audienceAccountIds: [owner.accountId],
      actorAccountId: owner.accountId,
      summaryKo: `${TITLE.ko}의 'Winners' 컨소시엄이 확정되었습니다.`,
      summaryEn: `The consortium 'Winners' for ${TITLE.en} was confirmed.`,
    });

    const dissolved = (await eventsAbout('Consortium', dbId(loser.id))).at(-1)!;
    expect(dissolved).toMatchObject({
      type: 'CONSORTIUM_DISSOLVED',
      audienceOrganizationIds: [w, x].sort((a, b) => a - b),
      audienceAccountIds: [owner.accountId],
      summaryKo: `같은 사업에 다른 컨소시엄이 확정되어 ${TITLE.ko}의 'Runners-up' 컨소시엄이 해산되었습니다.`,
      summaryEn: `The consortium 'Runners-up' for ${TITLE.en} was dissolved: another consortium was confirmed for the project.`,
      data: { consortiumId: dbId(loser.id), projectId: dbId(project.id), cause: 'award' },
    });
    // The draft was dissolved too, but its member was never invited: only the planner hears.
    const draftEnd = await eventsAbout('Consortium', dbId(draft.id));
    expect(draftEnd.map((e) => [e.type, e.audienceOrganizationIds, e.audienceAccountIds])).toEqual([['CONSORTIUM_DISSOLVED', [], [owner.accountId]]]);
    // One transaction: the confirmation and the dissolutions it caused have neighbouring ids.
    expect(draftEnd[0].id - confirmed.id).toBeLessThanOrEqual(2);
  });

  it('dissolved by its planner: invited members hear it, with the planner as actor', async () => {
    const [x, y] = orgs;
    const project = await openProject();
    const consortium = await consortiumOf(project, [x, y], 'Short-lived');
    await ok(api, 'inviteToConsortium', { consortiumId: consortium.id }, owner);
    await ok(api, 'dissolveConsortium', { consortiumId: consortium.id, reason: 'budget cut' }, owner);
    const [last] = (await eventsAbout('Consortium', dbId(consortium.id))).slice(-1);
    expect(last).toMatchObject({
      type: 'CONSORTIUM_DISSOLVED',
      audienceOrganizationIds: [x, y].sort((a, b) => a - b),
      audienceAccountIds: [owner.accountId],
      actorAccountId: owner.accountId,
      summaryKo: `${TITLE.ko}의 'Short-lived' 컨소시엄이 해산되었습니다.`,
      summaryEn: `The consortium 'Short-lived' for ${TITLE.en} was dissolved.`,
      data: { cause: 'planner' },
    });
  });

  it('closing the project dissolves its consortia still forming, and their invited members hear why', async () => {
    const [x, y] = orgs;
    const project = await openProject();
    const consortium = await consortiumOf(project, [x, y], 'Closed Down');
    await ok(api, 'inviteToConsortium', { consortiumId: consortium.id }, owner);
    await ok(api, 'closeProject', { projectId: project.id }, owner);
    const [last] = (await eventsAbout('Consortium', dbId(consortium.id))).slice(-1);
    expect(last).toMatchObject({
      type: 'CONSORTIUM_DISSOLVED',
      audienceOrganizationIds: [x, y].sort((a, b) => a - b),
      audienceAccountIds: [owner.accountId],
      summaryKo: `사업이 종료되어 ${TITLE.ko}의 'Closed Down' 컨소시엄이 해산되었습니다.`,
      summaryEn: `The consortium 'Closed Down' for ${TITLE.en} was dissolved: the project was closed.`,
      data: { cause: 'project_closed' },
    });
  });
});

const DECIDE = `mutation($input: DecideMembershipInput!) { decideMembership(input: $input) { organization { membershipStatus } userErrors { code } } }`;
const SUSPEND = `mutation($input: SuspendMembershipInput!) { suspendMembership(input: $input) { organization { membershipStatus } userErrors { code } } }`;
const WITHDRAW = `mutation($input: WithdrawMembershipInput!) { withdrawMembership(input: $input) { organization { membershipStatus } userErrors { code } } }`;

describe('membership decisions', () => {
  it("the steering committee's decisions reach the organisation; a refused one and the organisation's own withdrawal write none", async () => {
    const applicant = await createTestOrganization(api.dataSource, { status: MembershipStatus.APPLIED, nameEn: 'Haneul Robotics' });
    const own = await createTestAccount(api.dataSource, AccountRole.MEMBER, applicant.id);
    const decide = async (document: string, input: Record<string, unknown>, viewer: Viewer) => {
      const result = await api.query(document, { input: { organizationId: applicant.globalId, ...input } }, viewer);
      expect(result.errors).toBeUndefined();
      return Object.values(result.data!)[0] as { userErrors: { code: string }[] };
    };
    expect((await decide(DECIDE, { decision: 'APPROVED', reason: 'meets the criteria' }, admin)).userErrors).toEqual([]);
    expect((await decide(SUSPEND, { reason: 'dues unpaid' }, admin)).userErrors).toEqual([]);
    expect((await decide(DECIDE, { decision: 'APPROVED', reason: 'dues paid' }, admin)).userErrors).toEqual([]);
    expect((await decide(DECIDE, { decision: 'REJECTED', reason: 'too late' }, admin)).userErrors.map((e) => e.code)).toEqual(['MEMBERSHIP_STATUS_FORBIDS']);
    expect((await decide(WITHDRAW, { reason: 'leaving' }, own)).userErrors).toEqual([]);

    const events = await eventsAbout('Organization', applicant.id);
    expect(events.map((e) => [e.type, e.audienceOrganizationIds, e.audienceAccountIds, e.actorAccountId, e.data.to])).toEqual([
      ['MEMBERSHIP_DECIDED', [applicant.id], [], admin.accountId, 'APPROVED'],
      ['MEMBERSHIP_DECIDED', [applicant.id], [], admin.accountId, 'SUSPENDED'],
      ['MEMBERSHIP_DECIDED', [applicant.id], [], admin.accountId, 'APPROVED'],
    ]);
    expect(events.map((e) => e.summaryEn)).toEqual([
      "Haneul Robotics's application to join the alliance was approved.",
      "Haneul Robotics's membership was suspended.",
      "Haneul Robotics's membership was reinstated.",
    ]);
    expect(events.map((e) => e.summaryKo)).toEqual([
      `${applicant.nameKo}의 얼라이언스 가입 신청이 승인되었습니다.`,
      `${applicant.nameKo}의 회원 자격이 정지되었습니다.`,
      `${applicant.nameKo}의 회원 자격이 회복되었습니다.`,
    ]);
    expect(events[1].data).toMatchObject({ from: 'APPROVED', to: 'SUSPENDED', reason: 'dues unpaid' });
    expect(mayReceive({ accountId: own.accountId, organizationId: applicant.id, disabled: false }, events[0])).toBe(true);
  });

  it('a rejected application is news to the applicant too', async () => {
    const applicant = await createTestOrganization(api.dataSource, { status: MembershipStatus.APPLIED, nameEn: 'Gaon Water' });
    const result = await api.query(DECIDE, { input: { organizationId: applicant.globalId, decision: 'REJECTED', reason: 'out of scope' } }, admin);
    expect(result.data!.decideMembership.userErrors).toEqual([]);
    const [event] = await eventsAbout('Organization', applicant.id);
    expect(event).toMatchObject({
      type: 'MEMBERSHIP_DECIDED',
      audienceOrganizationIds: [applicant.id],
      summaryKo: `${applicant.nameKo}의 얼라이언스 가입 신청이 거절되었습니다.`,
      summaryEn: "Gaon Water's application to join the alliance was rejected.",
    });
  });
});

const EXPRESS = `mutation($input: ExpressInterestInput!) { expressInterest(input: $input) { interest { message } userErrors { code } } }`;

describe('expressions of interest', () => {
  it("a new interest reaches the project's planner and the organisation; restating it, or a refused one, writes none", async () => {
    const [x, , , outsider] = orgs;
    const project = await openProject();
    const express = (o: number, projectId: string, message: string) =>
      api.query(EXPRESS, { input: { projectId, slotIds: [project.slots[0].id].filter(() => projectId === project.id), message } }, member(o));

    expect((await express(x, project.id, 'We run autonomous shuttles.')).data!.expressInterest.userErrors).toEqual([]);
    expect((await express(x, project.id, 'And water sensors.')).data!.expressInterest.userErrors).toEqual([]);
    const draft = (await ok(api, 'createProject', projectInput(SLOTS), owner)).project;
    expect((await express(outsider, draft.id, 'hello')).data!.expressInterest.userErrors.map((e: { code: string }) => e.code)).toEqual(['NOT_FOUND']);

    // (Opening the project told the organisations it matches: PROJECT_MATCHED, tested with the notification settings.)
    const events = (await eventsAbout('Project', dbId(project.id))).filter((e) => e.type !== 'PROJECT_MATCHED');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'PROJECT_INTEREST_EXPRESSED',
      actorAccountId: member(x).accountId,
      audienceOrganizationIds: [x],
      audienceAccountIds: [owner.accountId],
      summaryKo: `${names.get(x)!.ko}에서 ${TITLE.ko}에 참여 의사를 밝혔습니다.`,
      summaryEn: `${names.get(x)!.en} expressed interest in ${TITLE.en}.`,
      data: { projectId: dbId(project.id), organizationId: x, slotIds: [dbId(project.slots[0].id)] },
    });
    expect(await eventsAbout('Project', dbId(draft.id))).toEqual([]);
  });
});
