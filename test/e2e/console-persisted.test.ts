// The console where only allow-listed documents run (PERSISTED_QUERIES_ONLY=true, as a locked-down
// deployment sets it): its queries and mutations go by the hash codegen gave them, which the
// committed allow-list knows, so it works there too.
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser, openContext, temporaryDir, VIEWPORTS } from '../support/console-browser';
import { assertBuilt, startServer, stopServer, userEnv, type ServerProcess } from '../support/server-process';

let server: ServerProcess;
let origin: string;
let browser: Browser;
let dataDir: string;

describe('the console with PERSISTED_QUERIES_ONLY=true', () => {
  beforeAll(async () => {
    assertBuilt();
    dataDir = temporaryDir('alliance-match-console-persisted-');
    server = await startServer(userEnv(dataDir, { PERSISTED_QUERIES_ONLY: 'true' }));
    origin = new URL(server.url).origin;
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    if (server) expect(await stopServer(server.child)).toBe(0);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a document that is not on the allow-list', async () => {
    const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(response.status).toBe(403);
    expect(JSON.stringify(await response.json())).toContain('PERSISTED_QUERY_NOT_ALLOWED');
  });

  it('shows the open projects, signs a planner in (a mutation) and lists the projects, every operation by hash', async () => {
    const { context, page, problems } = await openContext(browser, origin, VIEWPORTS.desktop);
    const sentText: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST' && JSON.parse(request.postData() ?? '{}').query) sentText.push(request.postData()!);
    });
    await page.goto(`${origin}/console/`);
    await page.locator('.city .card').first().waitFor();
    await page.goto(`${origin}/console/sign-in`);
    await page.getByLabel('이메일').fill('planner@alliance.example');
    await page.getByLabel('비밀번호').fill('demo-planner-password');
    await page.getByLabel('비밀번호').press('Enter');
    await page.locator('.account', { hasText: 'planner@alliance.example' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: '사업 관리' }).click();
    await page.locator('h1').filter({ hasText: /\S/ }).first().waitFor();
    await page.locator('table, .empty').first().waitFor();
    expect(sentText).toEqual([]);
    expect(problems()).toEqual([]);
    await context.close();
  }, 90_000);
});
