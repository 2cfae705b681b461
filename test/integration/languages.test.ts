// Issue 14, item 8: errors in Korean and English, first those of the matching features, then one
// of each other feature (accounts, teams, invitations, partnerships, projects, profiles). Mutations
// speak the request's language (Accept-Language: ko → Korean, anything else → English, as before);
// the matching queries speak their `lang` argument. Organisations are named by name and slots by
// role and domain, never by row id; numbers stay in fields.
import type { Viewer } from '../../src/modules/accounts/tokens';
import { toGlobalId } from '../../src/graphql/global-id';
import { OrganizationKind } from '../../src/modules/organizations/organization.enums';
import { AccountRole, createTestAccount, TeamRole, TEST_PASSWORD } from '../support/accounts';
import { createTestApi, type TestApi } from '../support/api';
import { createTestOrganization, removeTestOrganizations } from '../support/organizations';
import { ok, orgId, projectInput, useTestCity } from '../support/workflows';

let api: TestApi;
let planner: Viewer;
let dropTestCity: () => Promise<void>;
/** Fits the mobility slot; fits the water slot; a large enterprise fitting both; one with no capability. */
let hanbit: { id: number; viewer: Viewer };
let mulsaem: { id: number; viewer: Viewer };
let daehan: { id: number; viewer: Viewer };
let binson: number;
/** Domain names, as the messages give them. */
let mobility: { en: string; ko: string };
let water: { en: string; ko: string };

const KO = 'ko-KR,ko;q=0.9,en;q=0.8';
const SLOTS = [
  { role: 'LEAD', domain: 'mobility', technologies: ['ai'], minLevel: 2, weight: 3, budgetShare: 3 },
  { role: 'OPERATOR', domain: 'water', technologies: [], minLevel: 1, weight: 2, budgetShare: 1 },
];
const q = (sql: string, params: unknown[] = []) => api.dataSource.query(sql, params);

async function organization(nameEn: string, nameKo: string, capabilities: [string, string[]][], kind: OrganizationKind = OrganizationKind.SME) {
  const o = await createTestOrganization(api.dataSource);
  await q('UPDATE organization SET name_en = $2, name_ko = $3, kind = $4 WHERE id = $1', [o.id, nameEn, nameKo, kind]);
  for (const [domain, technologies] of capabilities) {
    const [{ id }] = await q('INSERT INTO capability (organization_id, domain_id, level) SELECT $1, id, 3 FROM domain WHERE slug = $2 RETURNING id', [
      o.id,
      domain,
    ]);
    await q('INSERT INTO capability_technology (capability_id, technology_id) SELECT $1, id FROM technology WHERE slug = ANY($2)', [id, technologies]);
  }
  return { id: o.id, viewer: await createTestAccount(api.dataSource, AccountRole.MEMBER, o.id) };
}

beforeAll(async () => {
  api = await createTestApi();
  dropTestCity = await useTestCity(api.dataSource);
  planner = await createTestAccount(api.dataSource, AccountRole.PLANNER);
  hanbit = await organization('Hanbit Mobility', '한빛모빌리티', [['mobility', ['ai']]]);
  mulsaem = await organization('Mulsaem Water', '물샘', [['water', []]]);
  daehan = await organization(
    'Daehan Electronics',
    '대한전자',
    [
      ['mobility', ['ai']],
      ['water', []],
    ],
    OrganizationKind.LARGE_ENTERPRISE,
  );
  binson = (await organization('Binson Lab', '빈손랩', [])).id;
  // Seen by signed-in members, so hanbit's owner may block it.
  await q(`UPDATE organization SET visibility = 'MEMBERS' WHERE id = $1`, [binson]);
  const domain = async (slug: string) => {
    const [row] = await q('SELECT name_en, name_ko FROM domain WHERE slug = $1', [slug]);
    return { en: row.name_en, ko: row.name_ko };
  };
  mobility = await domain('mobility');
  water = await domain('water');
});
afterAll(async () => {
  await dropTestCity();
  await removeTestOrganizations(api.dataSource);
  await api.close();
});

const ERRORS = 'userErrors { field message code }';
const DOCS: Record<string, string> = {
  createConsortium: `mutation($input: CreateConsortiumInput!) { createConsortium(input: $input) { consortium { id version } ${ERRORS} } }`,
  setConsortiumStakes: `mutation($input: SetConsortiumStakesInput!) { setConsortiumStakes(input: $input) { consortium { id } ${ERRORS} } }`,
  confirmConsortium: `mutation($input: ConsortiumTransitionInput!) { confirmConsortium(input: $input) { consortium { id } ${ERRORS} } }`,
  blockPartner: `mutation($input: PartnerBlockInput!) { blockPartner(input: $input) { organization { id } ${ERRORS} } }`,
  unblockPartner: `mutation($input: PartnerBlockInput!) { unblockPartner(input: $input) { organization { id } ${ERRORS} } }`,
  expressInterest: `mutation($input: ExpressInterestInput!) { expressInterest(input: $input) { project { id } ${ERRORS} } }`,
  withdrawInterest: `mutation($input: WithdrawInterestInput!) { withdrawInterest(input: $input) { project { id } ${ERRORS} } }`,
  updateMatchmakingSettings: `mutation($input: UpdateMatchmakingSettingsInput!) { updateMatchmakingSettings(input: $input) { organization { id } ${ERRORS} } }`,
  signIn: `mutation($input: SignInInput!) { signIn(input: $input) { token ${ERRORS} } }`,
  signUp: `mutation($input: SignUpInput!) { signUp(input: $input) { token ${ERRORS} } }`,
  leaveOrganization: `mutation($input: LeaveOrganizationInput!) { leaveOrganization(input: $input) { account { id } ${ERRORS} } }`,
  updateTeamMember: `mutation($input: UpdateTeamMemberInput!) { updateTeamMember(input: $input) { account { id } ${ERRORS} } }`,
  acceptInvitation: `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token ${ERRORS} } }`,
  sendPartnershipRequest: `mutation($input: SendPartnershipRequestInput!) { sendPartnershipRequest(input: $input) { request { id } ${ERRORS} } }`,
  createProject: `mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id } ${ERRORS} } }`,
  updateOrganization: `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id } ${ERRORS} } }`,
  requestPasswordReset: `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { message ${ERRORS} } }`,
};

/**
 * Runs a mutation twice, without Accept-Language and with `ko`, and answers the one userError of
 * each: same code and field, the message in each language. Neither run writes (the tests check
 * failures only, and a failed mutation writes nothing).
 */
async function refused(op: string, input: Record<string, unknown>, viewer: Viewer | null = planner) {
  const [en, ko] = await Promise.all([api.query(DOCS[op], { input }, viewer), api.query(DOCS[op], { input }, viewer, { acceptLanguage: KO })]);
  expect(en.errors).toBeUndefined();
  expect(ko.errors).toBeUndefined();
  const [one, other] = [en.data![op].userErrors, ko.data![op].userErrors];
  expect(one).toHaveLength(1);
  expect(other.map((e: any) => [e.code, e.field])).toEqual(one.map((e: any) => [e.code, e.field]));
  return { code: one[0].code as string, en: one[0].message as string, ko: other[0].message as string };
}

/** A GraphQL error of an operation, without and with Accept-Language: ko. */
async function failed(document: string, variables: Record<string, unknown>, viewer: Viewer | null = planner) {
  const [en, ko] = await Promise.all([api.query(document, variables, viewer), api.query(document, variables, viewer, { acceptLanguage: KO })]);
  expect(ko.errors?.[0].extensions?.code).toBe(en.errors?.[0].extensions?.code);
  return { code: en.errors![0].extensions!.code, en: en.errors![0].message, ko: ko.errors![0].message };
}

async function openProject(extra: Record<string, unknown> = {}) {
  const { project } = await ok(api, 'createProject', projectInput(SLOTS, extra), planner);
  await ok(api, 'openProject', { projectId: project.id }, planner);
  return project as { id: string; slots: { id: string }[] };
}

function members(...ids: number[]) {
  return ids.map((id) => ({ organizationId: orgId(id), role: 'SOLUTION_PROVIDER' }));
}

async function handMade(project: { id: string; slots: { id: string }[] }, filledBy: number[]) {
  const created = await api.query(
    DOCS.createConsortium,
    {
      input: {
        projectId: project.id,
        name: 'Team',
        members: members(...new Set(filledBy)),
        assignments: filledBy.map((id, i) => ({ slotId: project.slots[i].id, organizationId: orgId(id) })),
      },
    },
    planner,
  );
  expect(created.errors).toBeUndefined();
  expect(created.data!.createConsortium.userErrors).toEqual([]);
  return created.data!.createConsortium.consortium as { id: string; version: number };
}

async function inviteAndAccept(consortiumId: string, accepting: { viewer: Viewer }[]) {
  await ok(api, 'inviteToConsortium', { consortiumId }, planner);
  for (const m of accepting) await ok(api, 'answerConsortiumInvitation', { consortiumId, answer: 'ACCEPTED' }, m.viewer);
}

const hangul = /[가-힣]/;

describe('createConsortium and its assignments', () => {
  it('NO_FIT names the member and the slot by role and domain', async () => {
    const project = await openProject();
    const error = await refused('createConsortium', {
      projectId: project.id,
      name: 'Team',
      members: members(binson, mulsaem.id),
      assignments: [
        { slotId: project.slots[0].id, organizationId: orgId(binson) },
        { slotId: project.slots[1].id, organizationId: orgId(mulsaem.id) },
      ],
    });
    expect(error).toEqual({
      code: 'NO_FIT',
      en:
        `Binson Lab does not fit the lead role in ${mobility.en}: it has no capability in the slot's domain at the level, technologies or kind asked. ` +
        'Pass allowUnfit with a reason to keep it.',
      ko: `빈손랩은 ${mobility.ko} 주관 역할에 맞는 역량이 없습니다. 그래도 맡기려면 allowUnfit과 이유(reason)를 주십시오.`,
    });
  });

  it('refuses malformed compositions in both languages', async () => {
    const project = await openProject();
    const base = { projectId: project.id, name: 'Team' };
    const slot = (i: number, id: number) => ({ slotId: project.slots[i].id, organizationId: orgId(id) });
    expect(await refused('createConsortium', { ...base, members: members(hanbit.id), assignments: [slot(0, hanbit.id), slot(0, hanbit.id)] })).toEqual({
      code: 'SLOT_ASSIGNED_TWICE',
      en: `The lead role in ${mobility.en} is assigned twice; a slot is filled by one member.`,
      ko: `${mobility.ko} 주관 역할이 두 번 배정되었습니다. 한 역할은 한 구성원만 맡습니다.`,
    });
    expect(await refused('createConsortium', { ...base, members: members(hanbit.id, hanbit.id) })).toEqual({
      code: 'MEMBER_LISTED_TWICE',
      en: 'This organisation is listed twice.',
      ko: '이 기관이 두 번 들어 있습니다.',
    });
    expect(await refused('createConsortium', { ...base, members: [] })).toEqual({
      code: 'NO_MEMBERS',
      en: 'A consortium needs at least one member.',
      ko: '컨소시엄에는 구성원이 한 곳 이상 있어야 합니다.',
    });
    expect(await refused('createConsortium', { ...base, members: members(hanbit.id), assignments: [slot(0, mulsaem.id)] })).toEqual({
      code: 'ASSIGNEE_NOT_MEMBER',
      en: 'The organisation filling a slot must be one of the members.',
      ko: '역할을 맡는 기관은 구성원 가운데 하나여야 합니다.',
    });
    expect(await refused('createConsortium', { ...base, members: [{ organizationId: 'nope', role: 'LEAD' }] })).toEqual({
      code: 'BAD_USER_INPUT',
      en: "organizationId is not a valid Organization id: 'nope'.",
      ko: "organizationId 값이 올바른 Organization id가 아닙니다: 'nope'.",
    });
    expect(await refused('createConsortium', { ...base, name: '', members: members(hanbit.id) })).toEqual({
      code: 'BAD_USER_INPUT',
      en: 'name should not be empty',
      ko: 'name 값을 비워 둘 수 없습니다.',
    });
    expect(await refused('createConsortium', { ...base, members: members(binson), allowUnfit: true })).toEqual({
      code: 'BAD_USER_INPUT',
      en: 'Say why (reason) when you allow members in slots they do not fit.',
      ko: '맞지 않는 역할에 구성원을 두려면 이유(reason)를 적으십시오.',
    });
    expect(await refused('createConsortium', { ...base, members: members(hanbit.id), fromAlternative: { rank: 1 } })).toEqual({
      code: 'BAD_USER_INPUT',
      en: 'Give either members (with assignments) or fromAlternative.',
      ko: 'members(배정 포함)와 fromAlternative 가운데 하나만 주십시오.',
    });
  });

  it('PROJECT_STATUS_FORBIDS says the status in words', async () => {
    const { project } = await ok(api, 'createProject', projectInput(SLOTS), planner);
    const error = await refused('createConsortium', { projectId: project.id, name: 'Team', members: members(hanbit.id) });
    expect(error).toEqual({
      code: 'PROJECT_STATUS_FORBIDS',
      en: 'Consortia are composed for OPEN or FORMING projects; this one is DRAFT.',
      ko: '컨소시엄은 공고 중이거나 컨소시엄 구성 중인 사업에만 꾸릴 수 있습니다. 이 사업은 초안 상태입니다.',
    });
  });

  it("NO_SUCH_ALTERNATIVE: the count in alternativeCount, assembleConsortium's reason in the request's language", async () => {
    const project = await openProject();
    const few = await refused('createConsortium', { projectId: project.id, name: 'x', fromAlternative: { options: { k: 1, minIndustries: 1 }, rank: 2 } });
    expect(few).toEqual({
      code: 'NO_SUCH_ALTERNATIVE',
      en: 'assembleConsortium found fewer alternatives than this rank under these options (alternativeCount says how many).',
      ko: '이 조건으로 찾은 대안이 이 순위까지 없습니다(찾은 수는 alternativeCount).',
    });
    // No consortium at all: the sentence goes on with why, as infeasibleReason says it in that language.
    const none = await refused('createConsortium', {
      projectId: project.id,
      name: 'x',
      fromAlternative: { options: { requiredKinds: ['UNIVERSITY', 'RESEARCH_INSTITUTE', 'PUBLIC_AGENCY'], maxMembers: 2 }, rank: 1 },
    });
    expect(none.en).toMatch(/^assembleConsortium found fewer alternatives than this rank under these options \(alternativeCount says how many\)\. \S/);
    expect(none.ko).toMatch(/^이 조건으로 찾은 대안이 이 순위까지 없습니다\(찾은 수는 alternativeCount\)\. \S/);
    expect(none.en).not.toMatch(hangul);
    expect(none.ko.slice(none.ko.indexOf(').') + 2)).toMatch(hangul);
  });
});

describe('stakes and confirmation', () => {
  it('setConsortiumStakes: validation and NOT_A_MEMBER', async () => {
    const project = await openProject();
    const consortium = await handMade(project, [hanbit.id, mulsaem.id]);
    expect(await refused('setConsortiumStakes', { consortiumId: consortium.id, stakes: [{ organizationId: orgId(hanbit.id), stake: 1.5 }] })).toEqual({
      code: 'BAD_USER_INPUT',
      en: 'stake must not be greater than 1',
      ko: 'stake 값은 1 이하여야 합니다.',
    });
    expect(await refused('setConsortiumStakes', { consortiumId: consortium.id, stakes: [{ organizationId: orgId(binson), stake: 0.5 }] })).toEqual({
      code: 'NOT_A_MEMBER',
      en: 'This organisation is not a member of the consortium.',
      ko: '이 기관은 이 컨소시엄의 구성원이 아닙니다.',
    });
    // A member account is no planner: a GraphQL error, in the request's language too.
    const document = `mutation($input: SetConsortiumStakesInput!) { setConsortiumStakes(input: $input) { ${ERRORS} } }`;
    const input = { consortiumId: consortium.id, stakes: [{ organizationId: orgId(hanbit.id), stake: 0.5 }] };
    expect(await failed(document, { input }, hanbit.viewer)).toEqual({
      code: 'FORBIDDEN',
      en: 'Only PLANNER or ADMIN accounts may do this.',
      ko: 'PLANNER 또는 ADMIN 계정만 할 수 있는 일입니다.',
    });
  });

  it('confirmConsortium names who has not accepted, says the states in words and keeps the sums in fields', async () => {
    const project = await openProject();
    const consortium = await handMade(project, [hanbit.id, mulsaem.id]);
    expect(await refused('confirmConsortium', { consortiumId: consortium.id })).toEqual({
      code: 'CONSORTIUM_STATUS_FORBIDS',
      en: 'A DRAFT consortium cannot be confirmed (only INVITING).',
      ko: '초안 상태의 컨소시엄은 확정할 수 없습니다. 초대 중 상태에서만 됩니다.',
    });
    await inviteAndAccept(consortium.id, [hanbit]);
    expect(await refused('confirmConsortium', { consortiumId: consortium.id })).toEqual({
      code: 'MEMBERS_NOT_ACCEPTED',
      en: 'The consortium cannot be confirmed yet: members that have not accepted: Mulsaem Water (INVITED).',
      ko: '아직 컨소시엄을 확정할 수 없습니다. 수락하지 않은 구성원: 물샘(답변 대기).',
    });
    await ok(api, 'answerConsortiumInvitation', { consortiumId: consortium.id, answer: 'ACCEPTED' }, mulsaem.viewer);
    await api.query(DOCS.setConsortiumStakes, { input: { consortiumId: consortium.id, stakes: [{ organizationId: orgId(hanbit.id), stake: 0.5 }] } }, planner);
    const sum = await refused('confirmConsortium', { consortiumId: consortium.id });
    expect(sum).toEqual({
      code: 'STAKES_DO_NOT_SUM_TO_ONE',
      en: "The members' stakes do not add up to 1 (stakeSum says what they add up to); set them with setConsortiumStakes.",
      ko: '구성원 지분을 모두 더해도 1이 되지 않습니다(합계는 stakeSum). setConsortiumStakes로 지분을 정하십시오.',
    });
  });

  it('names the slots left unfilled by role and domain', async () => {
    const project = await openProject();
    const created = await api.query(
      DOCS.createConsortium,
      {
        input: {
          projectId: project.id,
          name: 'Half',
          members: members(hanbit.id),
          assignments: [{ slotId: project.slots[0].id, organizationId: orgId(hanbit.id) }],
        },
      },
      planner,
    );
    const consortium = created.data!.createConsortium.consortium;
    await inviteAndAccept(consortium.id, [hanbit]);
    expect(await refused('confirmConsortium', { consortiumId: consortium.id })).toEqual({
      code: 'SLOTS_UNFILLED',
      en: `The consortium cannot be confirmed yet: unfilled slots: the operator role in ${water.en}.`,
      ko: `아직 컨소시엄을 확정할 수 없습니다. 비어 있는 역할: ${water.ko} 운영 역할.`,
    });
  });

  it("LARGE_STAKE_EXCEEDED names the large enterprises; the award's CONFLICT is said in both languages", async () => {
    const project = await openProject({ maxLargeStake: 0.3 });
    const large = await handMade(project, [daehan.id, daehan.id]);
    await inviteAndAccept(large.id, [daehan]);
    expect(await refused('confirmConsortium', { consortiumId: large.id })).toEqual({
      code: 'LARGE_STAKE_EXCEEDED',
      en: 'The large enterprises (Daehan Electronics) together hold more of the consortium than the project allows (largeStake against maxLargeStake).',
      ko: '대기업(대한전자)의 지분 합계가 사업의 상한을 넘습니다(largeStake, maxLargeStake).',
    });
    const small = await handMade(project, [hanbit.id, mulsaem.id]);
    await inviteAndAccept(small.id, [hanbit, mulsaem]);
    await ok(api, 'confirmConsortium', { consortiumId: small.id }, planner);
    expect(await refused('confirmConsortium', { consortiumId: large.id })).toEqual({
      code: 'CONFLICT',
      en: 'The project already has a confirmed consortium; a project is awarded once.',
      ko: '이 사업에는 이미 확정된 컨소시엄이 있습니다. 사업은 한 번만 선정됩니다.',
    });
  });
});

describe('partner blocks, interests and matchmaking settings', () => {
  it('blockPartner and unblockPartner', async () => {
    const input = { organizationId: orgId(hanbit.id), blockedOrganizationId: orgId(binson) };
    expect(await refused('unblockPartner', input, hanbit.viewer)).toEqual({
      code: 'NOT_BLOCKED',
      en: 'Your organisation has not blocked this one.',
      ko: '귀 기관은 이 기관을 차단하지 않았습니다.',
    });
    expect(await refused('blockPartner', { ...input, blockedOrganizationId: orgId(hanbit.id) }, hanbit.viewer)).toEqual({
      code: 'BLOCKING_ITSELF',
      en: 'An organisation cannot block itself.',
      ko: '자기 기관은 차단할 수 없습니다.',
    });
    expect(await refused('blockPartner', { ...input, blockedOrganizationId: toGlobalId('Organization', 99_999_999) }, hanbit.viewer)).toEqual({
      code: 'NOT_FOUND',
      en: 'No organisation has this id.',
      ko: '이 id의 기관이 없습니다.',
    });
    await api.query(DOCS.blockPartner, { input }, hanbit.viewer);
    expect(await refused('blockPartner', input, hanbit.viewer)).toEqual({
      code: 'ALREADY_BLOCKED',
      en: 'Your organisation has already blocked this one.',
      ko: '귀 기관은 이 기관을 이미 차단했습니다.',
    });
    await api.query(DOCS.unblockPartner, { input }, hanbit.viewer);
    const notOwner = await createTestAccount(api.dataSource, AccountRole.MEMBER, hanbit.id, TeamRole.MEMBER);
    expect(await failed(DOCS.blockPartner, { input }, notOwner)).toEqual({
      code: 'FORBIDDEN',
      en: 'Only an owner of the organisation (or an admin) may change this.',
      ko: '기관의 소유자나 관리자만 바꿀 수 있습니다.',
    });
  });

  it('expressInterest and withdrawInterest', async () => {
    const project = await openProject();
    const other = await openProject();
    expect(await refused('withdrawInterest', { projectId: project.id }, hanbit.viewer)).toEqual({
      code: 'NOT_INTERESTED',
      en: 'Your organisation has expressed no interest in this project.',
      ko: '귀 기관은 이 사업에 관심을 표명한 적이 없습니다.',
    });
    expect(await refused('expressInterest', { projectId: project.id, slotIds: [other.slots[0].id] }, hanbit.viewer)).toEqual({
      code: 'SLOT_NOT_IN_PROJECT',
      en: "This slot is not one of the project's requirement slots.",
      ko: '이 역할은 이 사업의 요구 역할이 아닙니다.',
    });
    expect(await refused('expressInterest', { projectId: project.id, message: 'x'.repeat(2001) }, hanbit.viewer)).toEqual({
      code: 'BAD_USER_INPUT',
      en: 'message must be shorter than or equal to 2000 characters',
      ko: 'message 값은 2000자 이하여야 합니다.',
    });
    await ok(api, 'closeProject', { projectId: other.id }, planner);
    expect(await refused('expressInterest', { projectId: other.id }, hanbit.viewer)).toEqual({
      code: 'PROJECT_NOT_OPEN',
      en: 'Interest is expressed in OPEN projects; this one is CLOSED.',
      ko: '관심 표명은 공고 중인 사업에만 할 수 있습니다. 이 사업은 종료 상태입니다.',
    });
    const applicant = await createTestOrganization(api.dataSource, { status: 'APPLIED' as never });
    const applicantMember = await createTestAccount(api.dataSource, AccountRole.MEMBER, applicant.id);
    expect(await refused('expressInterest', { projectId: project.id }, applicantMember)).toEqual({
      code: 'ORGANIZATION_NOT_APPROVED',
      en: 'Only an APPROVED member organisation can put itself forward.',
      ko: '승인된 회원사만 사업에 관심을 표명할 수 있습니다.',
    });
    expect(await failed(DOCS.expressInterest, { input: { projectId: project.id } }, planner)).toEqual({
      code: 'FORBIDDEN',
      en: 'Only MEMBER accounts may do this.',
      ko: 'MEMBER 계정만 할 수 있는 일입니다.',
    });
    const teamless = await createTestAccount(api.dataSource, AccountRole.MEMBER);
    expect(await failed(DOCS.expressInterest, { input: { projectId: project.id } }, teamless)).toEqual({
      code: 'FORBIDDEN',
      en: "Only a member of an organisation's team can put it forward for a project.",
      ko: '기관의 팀 구성원만 그 기관의 이름으로 사업에 관심을 표명할 수 있습니다.',
    });
  });

  it('updateMatchmakingSettings', async () => {
    expect(await refused('updateMatchmakingSettings', { organizationId: orgId(mulsaem.id), maxConcurrentConsortia: 0 }, mulsaem.viewer)).toEqual({
      code: 'BAD_USER_INPUT',
      en: 'maxConcurrentConsortia must not be less than 1',
      ko: 'maxConcurrentConsortia 값은 1 이상이어야 합니다.',
    });
    const [{ version }] = await q('SELECT version FROM organization WHERE id = $1', [mulsaem.id]);
    expect(await refused('updateMatchmakingSettings', { organizationId: orgId(mulsaem.id), version: version + 5, matchmaking: false }, mulsaem.viewer)).toEqual(
      {
        code: 'CONFLICT',
        en: `The organisation changed since you read it (version ${version + 5}, now ${version}); read it again and retry.`,
        ko: `기관은 읽은 뒤에 바뀌었습니다(읽은 버전 ${version + 5}, 지금 ${version}). 다시 읽고 시도하십시오.`,
      },
    );
    expect(await failed(DOCS.updateMatchmakingSettings, { input: { organizationId: orgId(mulsaem.id), matchmaking: false } }, hanbit.viewer)).toEqual({
      code: 'FORBIDDEN',
      en: 'Only an owner of the organisation (or an admin) may change this.',
      ko: '기관의 소유자나 관리자만 바꿀 수 있습니다.',
    });
  });
});

describe('the other features speak the request language too', () => {
  it('accounts: a wrong password, a taken email, and the answer to a reset request', async () => {
    const account = await createTestAccount(api.dataSource, AccountRole.PLANNER);
    expect(await refused('signIn', { email: account.email, password: `${TEST_PASSWORD}!` }, null)).toEqual({
      code: 'INVALID_CREDENTIALS',
      en: 'Email or password is wrong.',
      ko: '이메일 또는 비밀번호가 틀렸습니다.',
    });
    expect(await refused('signUp', { email: account.email, password: TEST_PASSWORD }, null)).toEqual({
      code: 'EMAIL_TAKEN',
      en: 'An account with this email already exists; sign in instead.',
      ko: '이 이메일로 가입한 계정이 이미 있습니다. 로그인하십시오.',
    });
    // Not an error, but said for people all the same: the one answer to every reset request.
    const asked = await Promise.all(
      [undefined, KO].map((acceptLanguage) => api.query(DOCS.requestPasswordReset, { input: { email: account.email } }, null, { acceptLanguage })),
    );
    expect(asked.map((r) => r.data!.requestPasswordReset.message)).toEqual([
      'If an account has this address, a link to reset its password is on its way to it. The link works once, for 30 minutes.',
      '이 주소의 계정이 있으면 비밀번호 재설정 링크를 그 주소로 보냈습니다. 링크는 30분 동안 한 번만 사용할 수 있습니다.',
    ]);
  });

  it('teams: the last owner cannot leave; a colleague who is no owner may not change the team (FORBIDDEN)', async () => {
    expect(await refused('leaveOrganization', { organizationId: orgId(mulsaem.id) }, mulsaem.viewer)).toEqual({
      code: 'LAST_OWNER',
      en: 'This is the last owner of the organisation: promote a colleague (or transfer ownership) first, so the team keeps an owner.',
      ko: '기관의 마지막 소유자입니다. 팀에 소유자가 남도록 먼저 동료를 소유자로 지정하거나 소유권을 넘기십시오.',
    });
    const colleague = await createTestAccount(api.dataSource, AccountRole.MEMBER, mulsaem.id, TeamRole.MEMBER);
    const input = { accountId: toGlobalId('Account', mulsaem.viewer.accountId), teamRole: 'MEMBER' };
    expect(await failed(DOCS.updateTeamMember, { input }, colleague)).toEqual({
      code: 'FORBIDDEN',
      en: 'Only an owner of the organisation (or an admin) may change its team.',
      ko: '기관의 소유자나 관리자만 팀을 바꿀 수 있습니다.',
    });
  });

  it('invitations: a link that was never sent', async () => {
    expect(await refused('acceptInvitation', { token: 'not-a-token-we-ever-sent', password: TEST_PASSWORD }, null)).toEqual({
      code: 'INVALID_INVITATION',
      en: 'This invitation link is not valid; ask for a new invitation.',
      ko: '이 초대 링크는 올바르지 않습니다. 새 초대를 요청하십시오.',
    });
  });

  it('partnerships: a request to oneself; signed out, UNAUTHENTICATED', async () => {
    const input = { toOrganizationId: orgId(hanbit.id), message: 'Shall we team up?' };
    expect(await refused('sendPartnershipRequest', input, hanbit.viewer)).toEqual({
      code: 'SELF_REQUEST',
      en: 'An organisation cannot ask itself to partner.',
      ko: '자기 기관에는 파트너십을 요청할 수 없습니다.',
    });
    expect(await failed(DOCS.sendPartnershipRequest, { input }, null)).toEqual({
      code: 'UNAUTHENTICATED',
      en: 'Sign in first: this needs an access token (Authorization: Bearer …).',
      ko: '먼저 로그인하십시오. 액세스 토큰(Authorization: Bearer …)이 필요합니다.',
    });
  });

  it('projects: a taken slug', async () => {
    const { project } = await ok(api, 'createProject', projectInput(SLOTS), planner);
    expect(await refused('createProject', projectInput(SLOTS, { slug: project.slug }))).toEqual({
      code: 'SLUG_TAKEN',
      en: `A project with the slug '${project.slug}' already exists; choose another.`,
      ko: `slug가 '${project.slug}'인 사업이 이미 있습니다. 다른 slug를 정하십시오.`,
    });
  });

  it('profiles: a stale version answers CONFLICT with both versions', async () => {
    const [{ version }] = await q('SELECT version FROM organization WHERE id = $1', [mulsaem.id]);
    expect(await refused('updateOrganization', { organizationId: orgId(mulsaem.id), version: version + 5, employees: 20 }, mulsaem.viewer)).toEqual({
      code: 'CONFLICT',
      en: `The organisation changed since you read it (version ${version + 5}, now ${version}); read it again and retry.`,
      ko: `기관은 읽은 뒤에 바뀌었습니다(읽은 버전 ${version + 5}, 지금 ${version}). 다시 읽고 시도하십시오.`,
    });
  });
});

describe('the matching queries speak their lang argument', () => {
  /** The error of a matching query asked in each language (with Accept-Language: ko both times: `lang` decides). */
  async function inLang(document: string, variables: Record<string, unknown>, viewer: Viewer | null = planner) {
    const [en, ko] = await Promise.all(
      ['EN', 'KO'].map((lang) => api.query(document, { ...variables, lang }, viewer, { acceptLanguage: KO }).then((r) => r.errors![0])),
    );
    expect(ko.extensions?.code).toBe(en.extensions?.code);
    expect(ko.extensions?.argument).toBe(en.extensions?.argument);
    return { code: en.extensions!.code, argument: en.extensions!.argument, en: en.message, ko: ko.message };
  }
  const ASSEMBLE = `query($projectId: ID!, $options: ConsortiumOptionsInput, $lang: Language) {
    assembleConsortium(projectId: $projectId, options: $options, lang: $lang) { infeasibleReason } }`;

  it('assembleConsortium: malformed ids and out-of-range options', async () => {
    const project = await openProject();
    expect(await inLang(ASSEMBLE, { projectId: 'nope' })).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'projectId',
      en: "projectId is not a valid Project id: 'nope'.",
      ko: "projectId 값이 올바른 Project id가 아닙니다: 'nope'.",
    });
    expect(await inLang(ASSEMBLE, { projectId: project.id, options: { k: 11 } })).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'options.k',
      en: 'options.k must not be greater than 10',
      ko: 'options.k 값은 10 이하여야 합니다.',
    });
    expect(await inLang(ASSEMBLE, { projectId: project.id, options: { includeOrganizations: ['bad'] } })).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'options.includeOrganizations',
      en: "options.includeOrganizations is not a valid Organization id: 'bad'.",
      ko: "options.includeOrganizations 값이 올바른 Organization id가 아닙니다: 'bad'.",
    });
    expect(await inLang(ASSEMBLE, { projectId: toGlobalId('Project', 99_999_999) })).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'projectId',
      en: 'projectId names no project.',
      ko: 'projectId에 해당하는 사업이 없습니다.',
    });
  });

  it('partnerMatches, projectMatches and explainExclusion', async () => {
    const partner = `query($id: ID!, $target: PartnerTarget!, $first: Int, $lang: Language) {
      partnerMatches(organizationId: $id, target: $target, first: $first, lang: $lang) { matches { rank } } }`;
    expect(await inLang(partner, { id: orgId(hanbit.id), target: { domains: ['mobility'] }, first: 101 })).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'first',
      en: 'first must not be greater than 100',
      ko: 'first 값은 100 이하여야 합니다.',
    });
    const unknown = await inLang(partner, { id: orgId(hanbit.id), target: { domains: ['nowhere'] } });
    expect(unknown.en).toMatch(/^Unknown domain 'nowhere' in target\.domains\. Known: /);
    expect(unknown.ko).toMatch(/^target\.domains의 'nowhere': 없는 분야입니다\. 있는 분야: /);
    const projects = `query($id: ID!, $lang: Language) { projectMatches(organizationId: $id, lang: $lang) { matches { rank } } }`;
    expect(await inLang(projects, { id: 'bad' })).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'organizationId',
      en: "organizationId is not a valid Organization id: 'bad'.",
      ko: "organizationId 값이 올바른 Organization id가 아닙니다: 'bad'.",
    });
    const project = await openProject();
    const explain = `query($projectId: ID!, $id: ID!, $lang: Language) { explainExclusion(projectId: $projectId, organizationId: $id, lang: $lang) { cause } }`;
    expect(await inLang(explain, { projectId: project.id, id: toGlobalId('Project', 1) })).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'organizationId',
      en: `organizationId is not a valid Organization id: '${toGlobalId('Project', 1)}'.`,
      ko: `organizationId 값이 올바른 Organization id가 아닙니다: '${toGlobalId('Project', 1)}'.`,
    });
  });

  it('the abuse limits speak the header too: an operation too deep', async () => {
    const deep =
      '{ organizations(first: 1) { edges { node { capabilities { organization { capabilities { organization { capabilities { organization { capabilities { level } } } } } } } } } } }';
    expect(await failed(deep, {}, null)).toEqual({
      code: 'QUERY_TOO_DEEP',
      en: 'The operation is 11 fields deep; the limit is 10.',
      ko: '요청이 필드 11단계 깊이입니다. 한도는 10단계입니다.',
    });
  });

  it('without lang, a matching query speaks English whatever the header (lang defaults to EN); other queries follow the header', async () => {
    const project = await openProject();
    const defaulted = await api.query(
      `query($p: ID!) { assembleConsortium(projectId: $p, options: { k: 11 }) { infeasibleReason } }`,
      { p: project.id },
      planner,
      {
        acceptLanguage: KO,
      },
    );
    expect(defaulted.errors![0].message).toBe('options.k must not be greater than 10');
    expect(await failed(`query { consortium(id: "nope") { id } }`, {})).toEqual({
      code: 'BAD_USER_INPUT',
      en: "id is not a valid Consortium id: 'nope'.",
      ko: "id 값이 올바른 Consortium id가 아닙니다: 'nope'.",
    });
  });
});
