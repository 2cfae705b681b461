// The console as its users meet it: the built server, a real browser, the seeded data. Each screen
// is checked with axe-core (no serious or critical violation), at 1280×800 and at 390 px, and
// saved as a picture under test/artifacts/console/. The first screen's render time is printed.
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { horizontalOverflow, launchBrowser, openContext, screenshot, seriousAxeViolations, temporaryDir, VIEWPORTS } from '../support/console-browser';
import { assertBuilt, post, startServer, stopServer, userEnv, type ServerProcess } from '../support/server-process';

let dataDir: string;
let server: ServerProcess;
let origin: string;
let browser: Browser;

/** Checks a screen the same way everywhere: accessible, and no wider than the viewport. */
async function checkScreen(page: Page, name: string): Promise<void> {
  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await screenshot(page, name);
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
