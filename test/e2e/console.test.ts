// The console as its users meet it: the built server, a real browser, the seeded data. Each screen
// is checked with axe-core (no serious or critical violation), at 1280×800 and at 390 px, and
// saved as a picture under test/artifacts/console/. The first screen's render time is printed.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  CONSOLE_ARTIFACTS,
  horizontalOverflow,
  launchBrowser,
  openContext,
  screenshot,
  seriousAxeViolations,
  temporaryDir,
  VIEWPORTS,
} from '../support/console-browser';
import { DEMO_OWNER_PASSWORD } from '../../seeds/demo-accounts';
import { assertBuilt, post, startServer, stopServer, userEnv, type ServerProcess } from '../support/server-process';

let dataDir: string;
let server: ServerProcess;
let origin: string;
let browser: Browser;
let failurePage: Page | undefined;

/** Checks a screen the same way everywhere: accessible, and no wider than the viewport. */
async function checkScreen(page: Page, name: string): Promise<void> {
  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await screenshot(page, name);
}

/** An operation with a bearer token. */
async function as(token: string, query: string): Promise<any> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

/** When, after navigation start, the page's script and its first GraphQL answer arrived (Resource Timing). */
async function arrivals(page: Page): Promise<{ script: number; api: number }> {
  return page.evaluate(() => {
    const entries = (globalThis as any).performance.getEntriesByType('resource') as { name: string; responseEnd: number }[];
    const end = (test: (name: string) => boolean) => entries.find((e) => test(e.name))?.responseEnd ?? Number.NaN;
    return { script: end((name) => name.endsWith('.js')), api: end((name) => name.endsWith('/graphql')) };
  });
}

/** Milliseconds from navigation start until the selector shows, read in the page (requestAnimationFrame polling). */
async function renderedAfter(page: Page, selector: string): Promise<number> {
  const handle = await page.waitForFunction(
    (s) => {
      const g = globalThis as unknown as { document: { querySelector(s: string): unknown }; performance: { now(): number } };
      return g.document.querySelector(s) ? g.performance.now() : false;
    },
    selector,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

describe('the console', () => {
  // Inside a describe: its afterAll runs before server-process's clean-up, which would kill the server first.
  beforeAll(async () => {
    assertBuilt();
    dataDir = temporaryDir('alliance-match-console-');
    server = await startServer(userEnv(dataDir));
    origin = new URL(server.url).origin;
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    if (server) expect(await stopServer(server.child)).toBe(0);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  describe('served', () => {
    it('answers /console and deep links with the page (no-cache), hashed assets for good, unknown assets 404', async () => {
      for (const url of ['/console', '/console/', '/console/projects/some-id']) {
        const response = await fetch(origin + url);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toMatch(/^text\/html/);
        expect(response.headers.get('cache-control')).toBe('no-cache');
        expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      }
      const page = await (await fetch(`${origin}/console/`)).text();
      expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      const script = /<script type="module" crossorigin src="(\/console\/assets\/[^"]+\.js)"/.exec(page)?.[1];
      expect(script).toBeDefined();
      const asset = await fetch(origin + script!, { headers: { 'accept-encoding': 'gzip' } });
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(asset.headers.get('cache-control')).toContain('immutable');
      const missing = await fetch(`${origin}/console/assets/index-missing.js`);
      expect(missing.status).toBe(404);
    });
  });

  describe('in a browser', () => {
    afterEach(async () => {
      // A failure leaves a picture of what the browser showed.
      await failurePage?.screenshot({ path: path.join(CONSOLE_ARTIFACTS, 'failure.png'), fullPage: true }).catch(() => undefined);
      failurePage = undefined;
    });

    it('first screen: open projects by pilot city, anonymous, in Korean, at both sizes; render time printed', async () => {
      const open = await post(server.url, '{ projects(first: 100, filter: { statuses: [OPEN] }) { totalCount edges { node { titleKo city { nameKo } } } } }');
      const first = open.data.projects.edges[0].node;

      const { context, page, problems } = await openContext(browser, origin, VIEWPORTS.desktop);
      await page.goto(`${origin}/console/`);
      const cold = await renderedAfter(page, '.city .card');
      const coldArrivals = await arrivals(page);
      await page.reload();
      const warm = await renderedAfter(page, '.city .card');
      const warmArrivals = await arrivals(page);
      const line = (ms: number, a: { script: number; api: number }) =>
        `${ms.toFixed(0)} ms (script in at ${a.script.toFixed(0)} ms, GraphQL answer at ${a.api.toFixed(0)} ms)`;
      console.log(
        `console first screen, project cards shown after navigation start: first visit ${line(cold, coldArrivals)}; reload ${line(warm, warmArrivals)}`,
      );

      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ko');
      await expect(page.locator('h1').innerText()).resolves.toBe('공모 중인 시범도시 사업');
      const cities = await page.locator('.city h2').allInnerTexts();
      expect(cities.some((c) => c.includes('세종 5-1'))).toBe(true);
      expect(cities.some((c) => c.includes('부산 에코델타시티'))).toBe(true);
      expect(await page.locator('.city .card').count()).toBe(open.data.projects.totalCount);
      await page.locator('.city', { hasText: first.city.nameKo }).locator('.card', { hasText: first.titleKo }).waitFor();
      await checkScreen(page, 'open-projects');

      await page.setViewportSize(VIEWPORTS.phone);
      await checkScreen(page, 'open-projects-390');
      expect(problems()).toEqual([]);
      await context.close();
    }, 90_000);

    it('switches to English everywhere and keeps the choice after a reload', async () => {
      const { context, page, problems } = await openContext(browser, origin, VIEWPORTS.desktop);
      await page.goto(`${origin}/console/`);
      await page.locator('.city .card').first().waitFor();
      await page.getByRole('button', { name: /English/ }).click();
      await expect(page.locator('h1').innerText()).resolves.toBe('Open pilot-city projects');
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
      await page.reload();
      await page.locator('.city .card').first().waitFor();
      await expect(page.locator('h1').innerText()).resolves.toBe('Open pilot-city projects');
      expect(await page.locator('.city h2').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('Busan Eco Delta City')]));
      await checkScreen(page, 'open-projects-en');
      await page.getByRole('button', { name: /한국어/ }).click();
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ko');
      expect(problems()).toEqual([]);
      await context.close();
    }, 60_000);

    it('signs a planner in with the keyboard alone; a wrong password is said beside the form', async () => {
      const { context, page, problems } = await openContext(browser, origin, VIEWPORTS.desktop);
      await page.goto(`${origin}/console/`);
      await page.locator('.city .card').first().waitFor();
      // The first Tab reaches the skip link; then on through the header to the sign-in link.
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => (globalThis as any).document.activeElement?.className)).resolves.toBe('skip-link');
      for (let i = 0; i < 10; i++) {
        await page.keyboard.press('Tab');
        if ((await page.evaluate(() => (globalThis as any).document.activeElement?.textContent)) === '로그인') break;
      }
      await page.keyboard.press('Enter');
      await expect(page.locator('h1').innerText()).resolves.toBe('로그인');
      await checkScreen(page, 'sign-in');

      // Focus is on the main region after the navigation: the next Tab is the email field.
      await page.keyboard.press('Tab');
      await page.keyboard.type('planner@alliance.example');
      await page.keyboard.press('Tab');
      await page.keyboard.type('not-the-password');
      await page.keyboard.press('Enter');
      // The code, in the console's words (the server's message is English-only for this one).
      await page.locator('.form-errors[role=alert]', { hasText: '이메일 또는 비밀번호가 맞지 않습니다.' }).waitFor();
      await checkScreen(page, 'sign-in-error');

      await page.getByLabel('비밀번호').fill('');
      await page.getByLabel('비밀번호').focus();
      await page.keyboard.type('demo-planner-password');
      await page.keyboard.press('Enter');
      await page.locator('.account', { hasText: 'planner@alliance.example' }).waitFor();
      expect(await page.evaluate(() => (globalThis as any).sessionStorage.getItem('console.session'))).toContain('"role":"PLANNER"');

      // Signing out forgets the token and offers sign-in again.
      await page.getByRole('button', { name: '로그아웃' }).click();
      await page.getByRole('link', { name: '로그인' }).waitFor();
      expect(await page.evaluate(() => (globalThis as any).sessionStorage.getItem('console.session'))).toBeNull();
      expect(problems()).toEqual([]);
      await context.close();
    }, 60_000);

    it('planner flow: sign in, create a project and its roles, open it, assemble with options, ask why not, create a consortium from an alternative, see an answer live', async () => {
      const { context, page, problems } = await openContext(browser, origin, VIEWPORTS.desktop);
      failurePage = page;
      await page.goto(`${origin}/console/sign-in`);
      await page.getByLabel('이메일').fill('planner@alliance.example');
      await page.getByLabel('비밀번호').fill('demo-planner-password');
      await page.getByRole('button', { name: '로그인' }).last().click();

      // Projects with their status.
      await page.locator('h1', { hasText: '사업 관리' }).waitFor();
      await page.locator('table.table tbody tr').first().waitFor();
      expect(await page.locator('table.table .badge').allInnerTexts()).toEqual(expect.arrayContaining(['공모 중']));
      await checkScreen(page, 'planner-projects');

      // A new project: a bad identifier is said beside its field; then created as a DRAFT.
      await page.getByRole('link', { name: '새 사업' }).click();
      await page.getByLabel('식별자').fill('Not A Slug');
      await page.getByLabel('제목(한국어)').fill('콘솔 시험 사업: 세종 스마트 주차');
      await page.getByLabel('제목(영어)').fill('Console test: Sejong smart parking');
      await page.getByRole('button', { name: '사업 만들기' }).click();
      await page.locator('.field-invalid .field-error').first().waitFor();
      expect(await page.locator('.field-invalid label').allInnerTexts()).toEqual([expect.stringContaining('식별자')]);
      await checkScreen(page, 'planner-project-new-error');
      await page.getByLabel('식별자').fill('console-test-sejong-parking');
      await page.getByRole('button', { name: '사업 만들기' }).click();
      await page.locator('h1', { hasText: '콘솔 시험 사업' }).waitFor();
      await page.locator('.page-actions .badge', { hasText: '초안' }).waitFor();

      // Its roles, added with the slot form; one edited.
      const roles = [
        { role: 'LEAD', domain: 'mobility' },
        { role: 'SOLUTION_PROVIDER', domain: 'safety' },
        { role: 'SOLUTION_PROVIDER', domain: 'energy-environment' },
      ];
      for (const [index, slot] of roles.entries()) {
        await page.getByRole('button', { name: '역할 추가' }).click();
        await page.getByLabel('역할', { exact: true }).selectOption(slot.role);
        await page.getByLabel('분야', { exact: true }).selectOption(slot.domain);
        await page.getByLabel('최소 역량 수준(1–5)').selectOption('2');
        await page.getByRole('button', { name: '역할 저장' }).click();
        await expect(page.locator('.slot-list > li').nth(index).waitFor()).resolves.toBeUndefined();
      }
      await page.locator('.slot-list > li').nth(2).getByRole('button', { name: /^수정/ }).click();
      await page.getByLabel('중요도(1–5)').selectOption('4');
      await page.getByRole('button', { name: '역할 저장' }).click();
      await page.locator('.slot-list > li', { hasText: '중요도 4' }).waitFor();
      await page.getByLabel('요약(한국어)').fill('세종 5-1생활권 공영주차장의 빈자리를 실시간으로 안내한다.');
      await page.getByRole('button', { name: '저장', exact: true }).click();
      await page.locator('.notice', { hasText: '저장했습니다.' }).waitFor();
      await page.getByRole('button', { name: '공모 시작' }).click();
      await page.locator('.page-actions .badge', { hasText: '공모 중' }).waitFor();
      await checkScreen(page, 'planner-project');

      // Assemble with the options form: two alternatives, every role must be filled. The server
      // stops a solve at its deadline; on a busy machine it may (an error, or no team and
      // TIME_LIMIT), and the screen then offers a retry, which is used here as a planner would.
      await page.getByRole('link', { name: '컨소시엄 구성' }).click();
      await page.getByLabel('대안 수(1–10)').fill('2');
      await page.getByLabel('모든 역할을 채워야 함').check();
      await page.getByRole('button', { name: '구성하기' }).click();
      for (let attempt = 0; ; attempt++) {
        await page.locator('.alternative, .state-error').first().waitFor({ timeout: 60_000 });
        if ((await page.locator('.alternative').count()) > 0 || attempt === 4) break;
        const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('AssembleConsortium'));
        await page.getByRole('button', { name: '다시 시도' }).click();
        await answered;
        await page.waitForTimeout(100);
      }
      const alternatives = await page.locator('.alternative').count();
      expect(alternatives).toBeGreaterThan(1);
      // Each alternative: a matrix with a row per role, a value bar with its terms, members with kind, industry and stake.
      const first = page.locator('.alternative').first();
      expect(await first.locator('table.matrix tbody tr').count()).toBe(3);
      expect(await first.locator('.matrix-cell').count()).toBe(3);
      await expect(first.locator('.value-bar').getAttribute('aria-label')).resolves.toContain('적합도 합');
      await expect(first.locator('.member .meta').first().innerText()).resolves.toMatch(/지분 \d+%/);
      await checkScreen(page, 'planner-assemble');

      // "Why not?" on a member of another alternative that is not in the first.
      const whyNot = page.getByRole('button', { name: '왜 1안에 없나요?' }).first();
      await whyNot.click();
      await page.locator('.why-not p').nth(1).waitFor({ timeout: 60_000 });
      await expect(page.locator('.why-not').innerText()).resolves.toMatch(/1안에 없는 이유/);
      await checkScreen(page, 'planner-why-not');

      await page.setViewportSize(VIEWPORTS.phone);
      await checkScreen(page, 'planner-assemble-390');
      await page.setViewportSize(VIEWPORTS.desktop);

      // A consortium from alternative 2.
      const second = page.locator('.alternative').nth(1);
      await second.getByLabel('컨소시엄 이름').fill('세종 스마트 주차 컨소시엄');
      await second.getByRole('button', { name: '이 대안으로 컨소시엄 만들기' }).click();
      await page.locator('h1', { hasText: '세종 스마트 주차 컨소시엄' }).waitFor();
      await page.locator('.page-actions .badge', { hasText: '초안' }).waitFor();
      const consortiumId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);

      // Invite every member; one of them accepts (through the API, as its owner), and the screen shows it without a reload.
      await page.getByRole('button', { name: '참여 기관 모두 초대' }).click();
      await page.locator('.page-actions .badge', { hasText: '초대 중' }).waitFor();
      const signIn = async (email: string, password: string): Promise<string> =>
        (await post(server.url, `mutation { signIn(input: { email: "${email}", password: "${password}" }) { token } }`)).data.signIn.token;
      const planner = await signIn('planner@alliance.example', 'demo-planner-password');
      const seen = await as(planner, `{ consortium(id: "${consortiumId}") { members { organization { slug nameKo } } } }`);
      const accepting = seen.data.consortium.members[0].organization;
      const owner = await signIn(`owner@${accepting.slug}.example`, DEMO_OWNER_PASSWORD);
      const answered = await as(
        owner,
        `mutation { answerConsortiumInvitation(input: { consortiumId: "${consortiumId}", answer: ACCEPTED }) { userErrors { code } } }`,
      );
      expect(answered.data.answerConsortiumInvitation.userErrors).toEqual([]);
      await page.locator('table.table tbody tr', { hasText: accepting.nameKo }).locator('.badge', { hasText: '수락' }).waitFor({ timeout: 30_000 });
      await page.locator('.events li').first().waitFor();
      await checkScreen(page, 'planner-consortium');
      // The same screen in English, the live table included.
      await page.getByRole('button', { name: /English/ }).click();
      await page.locator('h2', { hasText: 'Members and invitations' }).waitFor();
      await page.locator('table.table .badge', { hasText: 'Accepted' }).waitFor();
      await checkScreen(page, 'planner-consortium-en');
      expect(problems()).toEqual([]);
      failurePage = undefined;
      await context.close();
    }, 240_000);

    it('an admin hands a seeded project, which has no owner, to the planner, who then owns it', async () => {
      const signIn = async (email: string, password: string): Promise<string> =>
        (await post(server.url, `mutation { signIn(input: { email: "${email}", password: "${password}" }) { token } }`)).data.signIn.token;
      const admin = await signIn('admin@alliance.example', 'demo-admin-password');
      const listed = await as(admin, '{ projects(first: 50, filter: { statuses: [OPEN, FORMING] }) { edges { node { id owner { id } } } } }');
      const seeded = listed.data.projects.edges.map((e: any) => e.node).find((p: any) => p.owner === null);
      expect(seeded).toBeDefined();

      const { context, page, problems } = await openContext(browser, origin, VIEWPORTS.desktop);
      failurePage = page;
      await page.goto(`${origin}/console/sign-in?next=${encodeURIComponent(`/projects/${seeded.id}`)}`);
      await page.getByLabel('이메일').fill('admin@alliance.example');
      await page.getByLabel('비밀번호').fill('demo-admin-password');
      await page.getByRole('button', { name: '로그인' }).last().click();
      const owner = page.locator('section[aria-labelledby=owner-heading]');
      await owner.locator('p', { hasText: '없음' }).waitFor();
      await owner.getByLabel('넘겨받을 기획자').selectOption({ label: 'planner@alliance.example' });
      await owner.getByRole('button', { name: '기획자에게 넘기기' }).click();
      await owner.locator('[role=status]', { hasText: '넘겼습니다.' }).waitFor();
      await owner.locator('p', { hasText: 'planner@alliance.example' }).waitFor();
      await checkScreen(page, 'admin-project-owner');
      await page.setViewportSize(VIEWPORTS.phone);
      await checkScreen(page, 'admin-project-owner-390');

      const planner = await signIn('planner@alliance.example', 'demo-planner-password');
      const seen = await as(planner, `{ project(id: "${seeded.id}") { owner { email } } }`);
      expect(seen.data.project.owner).toEqual({ email: 'planner@alliance.example' });
      expect(problems()).toEqual([]);
      failurePage = undefined;
      await context.close();
    }, 60_000);

    it('answers an unknown console path with a not-found screen', async () => {
      const { context, page, problems } = await openContext(browser, origin, VIEWPORTS.phone);
      await page.goto(`${origin}/console/no/such/screen`);
      await expect(page.locator('h1').innerText()).resolves.toBe('페이지를 찾을 수 없습니다.');
      await checkScreen(page, 'not-found-390');
      expect(problems()).toEqual([]);
      await context.close();
    }, 60_000);
  });
});
