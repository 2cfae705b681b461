// The console's member screens as a member company meets them: the built server, a real browser,
// the seeded data and the demo accounts. The flow from a project that matches the member to a
// partnership request sent to a partner that complements it; the requests answered, the
// invitations, the notifications arriving live, the profile and capabilities edited (with a
// CONFLICT). Each screen is checked with axe-core at 1280×800 and 390 px and saved as a picture
// under test/artifacts/console/.
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { horizontalOverflow, launchBrowser, openContext, screenshot, seriousAxeViolations, temporaryDir, VIEWPORTS } from '../support/console-browser';
import { assertBuilt, startServer, stopServer, userEnv, type ServerProcess } from '../support/server-process';

const MEMBER = { email: 'member@hanbit-telecom.example', password: 'demo-member-password' };

let dataDir: string;
let server: ServerProcess;
let origin: string;
let browser: Browser;
let memberToken: string;
let memberOrgId: string;

async function api(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<any> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function signInToken(email: string, password: string): Promise<string> {
  const data = await api('mutation($input: SignInInput!) { signIn(input: $input) { token userErrors { code } } }', { input: { email, password } });
  expect(data.signIn.userErrors).toEqual([]);
  return data.signIn.token;
}

/** Accessible and no wider than the viewport, at both sizes; a picture of each. */
async function checkScreen(page: Page, name: string): Promise<void> {
  for (const [size, viewport] of [
    ['', VIEWPORTS.desktop],
    ['-390', VIEWPORTS.phone],
  ] as const) {
    await page.setViewportSize(viewport);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, `${name}${size}`);
  }
  await page.setViewportSize(VIEWPORTS.desktop);
}

/** A fresh tab signed in as the demo member through the sign-in screen, landing on `next`. */
async function signedInMember(next: string) {
  const opened = await openContext(browser, origin, VIEWPORTS.desktop);
  await opened.page.goto(`${origin}/console/sign-in?next=${encodeURIComponent(next)}`);
  await opened.page.getByLabel('이메일').fill(MEMBER.email);
  await opened.page.getByLabel('비밀번호').fill(MEMBER.password);
  await opened.page.keyboard.press('Enter');
  await opened.page.locator('.account', { hasText: MEMBER.email }).waitFor();
  return opened;
}

describe('the console for a member', () => {
  beforeAll(async () => {
    assertBuilt();
    dataDir = temporaryDir('alliance-match-console-member-');
    server = await startServer(userEnv(dataDir));
    origin = new URL(server.url).origin;
    browser = await launchBrowser();
    memberToken = await signInToken(MEMBER.email, MEMBER.password);
    memberOrgId = (await api('{ me { organization { id } } }', {}, memberToken)).me.organization.id;
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    if (server) expect(await stopServer(server.child)).toBe(0);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('goes from a project that matches us to a partnership request to a partner that complements us', async () => {
    const { projectMatches } = await api(
      'query($id: ID!) { projectMatches(organizationId: $id, first: 20, lang: KO) { matches { score project { id titleKo } } } }',
      { id: memberOrgId },
      memberToken,
    );
    const best = projectMatches.matches[0];
    const { partnerMatches } = await api(
      'query($id: ID!, $project: ID!) { partnerMatches(organizationId: $id, target: { projectId: $project }, first: 10, lang: KO) { matches { organization { id nameKo } } } }',
      { id: memberOrgId, project: best.project.id },
      memberToken,
    );
    const partner = partnerMatches.matches[0].organization;

    // Nothing sent or received yet: the requests screen says so and points at the partners.
    const { context, page, problems } = await signedInMember('/my/requests');
    await page.locator('.state-empty', { hasText: '받은 요청이 없습니다.' }).waitFor();
    await page.locator('.state-empty', { hasText: '보낸 요청이 없습니다.' }).getByRole('link', { name: '파트너 찾기' }).waitFor();
    await checkScreen(page, 'member-partnership-requests-empty');

    await page.getByRole('navigation').getByRole('link', { name: '맞는 사업' }).click();
    await expect(page.locator('h1').innerText()).resolves.toBe('우리 기관에 맞는 사업');
    await page.locator('.match').first().waitFor();
    await page.reload();
    const shown = await page.waitForFunction(
      () => {
        const g = globalThis as unknown as { document: { querySelector(s: string): unknown }; performance: { now(): number } };
        return g.document.querySelector('.match') ? g.performance.now() : false;
      },
      undefined,
      { polling: 'raf', timeout: 30_000 },
    );
    console.log(`console member screen, matching projects shown ${((await shown.jsonValue()) as number).toFixed(0)} ms after navigation start (reload)`);
    const first = page.locator('.match').first();
    await expect(first.locator('h2').innerText()).resolves.toContain(best.project.titleKo);
    await expect(first.locator('.score').innerText()).resolves.toContain(`${Math.round(best.score * 100)}%`);
    expect(await page.locator('.match').count()).toBe(projectMatches.matches.length);
    await checkScreen(page, 'member-project-matches');

    // On to the partners for that project, by keyboard.
    await first.getByRole('link', { name: '이 사업의 파트너 찾기' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('h1').innerText()).resolves.toBe('우리와 보완되는 파트너');
    await expect(page.getByLabel('사업', { exact: true }).inputValue()).resolves.toBe(best.project.id);
    const card = page.locator('.match', { hasText: partner.nameKo }).first();
    await card.locator('.gain-chart .gain-added').first().waitFor();
    expect(await page.locator('.match').first().innerText()).toContain(partner.nameKo);
    await checkScreen(page, 'member-partner-matches');

    await card.getByRole('button', { name: '파트너십 요청 보내기' }).focus();
    await page.keyboard.press('Enter');
    // The message field has the focus once the form opens.
    await page.keyboard.type('세종 셔틀 사업을 함께 준비하고 싶습니다.');
    await checkScreen(page, 'member-partnership-request-form');
    await card.getByRole('button', { name: '요청 보내기' }).click();
    await card
      .getByRole('status')
      .filter({ hasText: `${partner.nameKo}에 파트너십 요청을 보냈습니다.` })
      .waitFor();
    // The form is gone; the keyboard's place is the confirmation.
    await expect(page.evaluate(() => (globalThis as any).document.activeElement?.textContent)).resolves.toContain('파트너십 요청을 보냈습니다.');

    const { myPartnershipRequests } = await api(
      '{ myPartnershipRequests(direction: OUTGOING) { edges { node { status message to { id } project { id } } } } }',
      {},
      memberToken,
    );
    expect(myPartnershipRequests.edges.map((e: any) => e.node)).toEqual([
      { status: 'PENDING', message: '세종 셔틀 사업을 함께 준비하고 싶습니다.', to: { id: partner.id }, project: { id: best.project.id } },
    ]);

    // The same request again is refused, and the console says why beside the form.
    await page.reload();
    const again = page.locator('.match', { hasText: partner.nameKo }).first();
    await again.getByRole('button', { name: '파트너십 요청 보내기' }).click();
    await again.getByRole('button', { name: '요청 보내기' }).click();
    await again.locator('.form-errors[role=alert]', { hasText: '이미 보낸 요청이 있습니다.' }).waitFor();
    await checkScreen(page, 'member-partnership-request-duplicate');

    // The sent request, pending, in the requests screen; then withdrawn.
    await page.getByRole('navigation').getByRole('link', { name: '파트너십 요청' }).click();
    const sent = page.locator('section', { has: page.locator('h2', { hasText: '보낸 요청' }) }).locator('.card', { hasText: partner.nameKo });
    await sent.locator('.status', { hasText: '답변 대기' }).waitFor();
    await checkScreen(page, 'member-partnership-requests');
    await sent.getByRole('button', { name: '철회' }).click();
    await sent.locator('.status', { hasText: '철회됨' }).waitFor();

    expect(problems()).toEqual([]);
    await context.close();
  }, 180_000);

  it('shows notifications live, answers a received request and a consortium invitation', async () => {
    // A planner's consortium invites us (as the seeded admin, who may compose for any project).
    const adminToken = await signInToken('admin@alliance.example', 'demo-admin-password');
    const { projects } = await api('{ projects(first: 1, filter: { statuses: [OPEN] }) { edges { node { id titleKo } } } }');
    const project = projects.edges[0].node;
    const created = await api(
      'mutation($input: CreateConsortiumInput!) { createConsortium(input: $input) { consortium { id } userErrors { code message } } }',
      { input: { projectId: project.id, name: '브라우저 시험 컨소시엄', members: [{ organizationId: memberOrgId, role: 'SOLUTION_PROVIDER' }] } },
      adminToken,
    );
    expect(created.createConsortium.userErrors).toEqual([]);
    const invited = await api(
      'mutation($input: ConsortiumTransitionInput!) { inviteToConsortium(input: $input) { userErrors { code message } } }',
      { input: { consortiumId: created.createConsortium.consortium.id } },
      adminToken,
    );
    expect(invited.inviteToConsortium.userErrors).toEqual([]);

    const { context, page, problems } = await signedInMember('/my/notifications');
    await expect(page.locator('h1').innerText()).resolves.toBe('알림');
    await page.locator('.event', { hasText: '브라우저 시험 컨소시엄' }).waitFor();
    const before = await page.locator('.event').count();

    // Another member asks us to partner while the screen is open: the notification arrives live.
    const { organizations } = await api('{ organizations(first: 5, filter: { kinds: [STARTUP] }) { edges { node { id slug nameKo } } } }', {}, memberToken);
    const sender = organizations.edges.map((e: any) => e.node).find((o: any) => o.id !== memberOrgId);
    const senderToken = await signInToken(`owner@${sender.slug}.example`, 'demo-owner-password');
    const sentToUs = await api(
      'mutation($input: SendPartnershipRequestInput!) { sendPartnershipRequest(input: $input) { userErrors { code message } } }',
      { input: { toOrganizationId: memberOrgId, message: '함께 해요' } },
      senderToken,
    );
    expect(sentToUs.sendPartnershipRequest.userErrors).toEqual([]);
    await page.locator('.event', { hasText: sender.nameKo }).waitFor({ timeout: 20_000 });
    expect(await page.locator('.event').count()).toBe(before + 1);
    await expect(page.locator('.unread-count').innerText()).resolves.toBe(`읽지 않은 알림 ${before + 1}건`);
    await checkScreen(page, 'member-notifications');
    await page.getByRole('button', { name: '모두 읽음으로 표시' }).click();
    await page.locator('.unread-count', { hasText: '읽지 않은 알림 0건' }).waitFor();
    expect((await api('{ myEvents { unreadCount } }', {}, memberToken)).myEvents.unreadCount).toBe(0);

    // The received request, accepted.
    await page.getByRole('navigation').getByRole('link', { name: '파트너십 요청' }).click();
    const received = page.locator('section', { has: page.locator('h2', { hasText: '받은 요청' }) }).locator('.card', { hasText: sender.nameKo });
    await received.getByText('함께 해요').waitFor();
    await received.getByRole('button', { name: '수락' }).click();
    await received.locator('.status', { hasText: '수락됨' }).waitFor();
    await checkScreen(page, 'member-partnership-requests-answered');

    // The consortium invitation, accepted.
    await page.getByRole('navigation').getByRole('link', { name: '컨소시엄 초대' }).click();
    const invitation = page.locator('.card', { hasText: '브라우저 시험 컨소시엄' });
    await invitation.locator('.status', { hasText: '답변 대기' }).waitFor();
    await checkScreen(page, 'member-invitations');
    await invitation.getByRole('button', { name: '참여 수락' }).click();
    await invitation.locator('.status', { hasText: '수락됨' }).waitFor();
    const { myInvitations } = await api('{ myInvitations { edges { node { invitationStatus consortium { name } } } } }', {}, memberToken);
    expect(myInvitations.edges.map((e: any) => e.node)).toContainEqual({ invitationStatus: 'ACCEPTED', consortium: { name: '브라우저 시험 컨소시엄' } });

    expect(problems()).toEqual([]);
    await context.close();
  }, 180_000);

  it('edits the profile and a capability; a change made elsewhere meanwhile is a CONFLICT the user reloads', async () => {
    const { context, page, problems } = await signedInMember('/my/organization');
    await page.locator('h1', { hasText: '한빛텔레콤' }).waitFor();
    // A userError beside its field: the website must be an http(s) address.
    const website = page.getByLabel('웹사이트');
    await website.fill('hanbit-telecom');
    await page.getByRole('button', { name: '저장', exact: true }).click();
    await page.locator('.field-invalid .field-error').waitFor();
    await expect(website.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await page.locator('.field-invalid').count()).toBe(1);
    await expect(page.locator('.field-invalid label').innerText()).resolves.toBe('웹사이트');
    await checkScreen(page, 'member-organization-field-error');
    await website.fill('https://hanbit-telecom.example');
    const description = page.getByLabel('소개(한국어)');
    await description.fill('5G와 사물인터넷으로 도시를 잇는 통신사입니다.');
    await page.getByRole('button', { name: '저장', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '저장했습니다.' }).waitFor();
    await checkScreen(page, 'member-organization');

    // Someone else saves in between: the next save here answers CONFLICT; reloading shows theirs.
    const { organization } = await api('query($id: ID!) { organization(id: $id) { version } }', { id: memberOrgId }, memberToken);
    const elsewhere = await api(
      'mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { userErrors { code } } }',
      { input: { organizationId: memberOrgId, version: organization.version, descriptionKo: '다른 곳에서 고친 소개입니다.' } },
      memberToken,
    );
    expect(elsewhere.updateOrganization.userErrors).toEqual([]);
    await page.getByLabel('임직원 수').fill('1234');
    await page.getByRole('button', { name: '저장', exact: true }).click();
    await page.locator('.form-errors[role=alert]', { hasText: '그 사이에 다른 사람이 바꾸었습니다.' }).waitFor();
    await checkScreen(page, 'member-organization-conflict');
    await page.getByRole('button', { name: '최신 내용 다시 불러오기' }).click();
    await page.locator('textarea', { hasText: '다른 곳에서 고친 소개입니다.' }).waitFor();
    await expect(page.locator('.form-errors').count()).resolves.toBe(0);
    await page.getByLabel('임직원 수').fill('1234');
    await page.getByRole('button', { name: '저장', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '저장했습니다.' }).waitFor();
    const saved = await api('query($id: ID!) { organization(id: $id) { employees descriptionKo } }', { id: memberOrgId }, memberToken);
    expect(saved.organization).toEqual({ employees: 1234, descriptionKo: '다른 곳에서 고친 소개입니다.' });

    // A capability's level, changed in place.
    const firstCapability = page.locator('.capability').first();
    const domainName = await firstCapability.locator('h3').innerText();
    await firstCapability.getByRole('button', { name: `편집: ${domainName}` }).click();
    const editor = page.locator('.capability-form');
    await editor.getByLabel('수준').selectOption('2');
    await editor.getByRole('button', { name: '저장' }).click();
    await page.locator('.capability', { hasText: domainName }).locator('.level', { hasText: '2 — 시제품' }).waitFor();

    // English, everywhere on the screen.
    await page.getByRole('button', { name: /English/ }).click();
    await page.locator('h2', { hasText: 'Profile' }).waitFor();
    await page.locator('h2', { hasText: 'Capabilities' }).waitFor();
    await checkScreen(page, 'member-organization-en');
    // The server's reasons follow the language too.
    await page.getByRole('navigation').getByRole('link', { name: 'Find partners' }).click();
    await expect(page.locator('h1').innerText()).resolves.toBe('Partners that complement us');
    const reason = await page.locator('.match .member-reasons li').first().innerText();
    expect(reason).toMatch(/[A-Za-z]{3}/);
    expect(reason).not.toMatch(/[가-힣]{2}/);
    await checkScreen(page, 'member-partner-matches-en');

    expect(problems()).toEqual([]);
    await context.close();
  }, 180_000);
});
