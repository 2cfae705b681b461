// GraphiQL as a newcomer meets it: the built server, a real browser (Debian's Chromium driven by
// playwright-core) on a machine with no internet, opening /graphql and running the examples. Then,
// without a browser: production serves no page unless GRAPHIQL=true asks for it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_OWNER_PASSWORD } from '../../seeds/demo-accounts';
import { assertChromium, CHROMIUM, CHROMIUM_ARGS } from '../support/chromium';
import { assertBuilt, post, root, startServer, stopServer, userEnv, type ServerProcess } from '../support/server-process';

/** The policy the app's security headers set; applied here too, so the page is checked against it either way. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'";
const ARTIFACTS = path.join(root, 'test/artifacts');
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
// SMTP_URL and PUBLIC_URL are required in production; nothing here sends mail.
const PRODUCTION = {
  NODE_ENV: 'production',
  JWT_SECRET: 'graphiql-e2e-secret-at-least-32-characters',
  SMTP_URL: 'smtp://127.0.0.1:9',
  PUBLIC_URL: 'https://portal.alliance.test',
};

let dataDir: string;
let profileDir: string;

beforeAll(() => {
  assertBuilt();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-match-graphiql-'));
  profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-match-chromium-'));
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(profileDir, { recursive: true, force: true });
});

/** A fresh headless Chromium; a missing browser fails the test with the fix, it never skips it. */
async function launchChromium(): Promise<BrowserContext> {
  assertChromium();
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
  });
}

/** The text the result pane shows (CodeMirror renders the lines in view). */
const resultText = (page: Page) => page.locator('.graphiql-response').innerText();

describe('GraphiQL in a browser', () => {
  let server: ServerProcess;
  let browser: BrowserContext;
  /** Set while a browser test runs: a failure leaves a picture of what the browser showed. */
  let failurePage: Page | undefined;

  beforeAll(async () => {
    server = await startServer(userEnv(dataDir));
  }, 120_000);
  afterEach(async () => {
    await failurePage?.screenshot({ path: path.join(ARTIFACTS, 'graphiql-failure.png') }).catch(() => undefined);
  });
  afterAll(async () => {
    await browser?.close();
    if (server) expect(await stopServer(server.child)).toBe(0);
  });

  it('opens from the server alone, runs the pre-filled query and the consortium example, and shows real data', async () => {
    browser = await launchChromium();
    const origin = new URL(server.url).origin;
    const elsewhere: string[] = [];
    const apiRequests: { contentType?: string; body: string }[] = [];
    await browser.route('**/*', async (route) => {
      const request = route.request();
      if (new URL(request.url()).origin !== origin) {
        elsewhere.push(request.url());
        return route.abort();
      }
      if (request.url() === server.url && request.method() === 'POST') {
        apiRequests.push({ contentType: request.headers()['content-type'], body: request.postData() ?? '' });
      }
      if (request.resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      const headers = response.headers();
      return route.fulfill({ response, headers: { ...headers, 'content-security-policy': headers['content-security-policy'] ?? CSP } });
    });
    const page = browser.pages()[0] ?? (await browser.newPage());
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`console: ${message.text()}`);
    });

    failurePage = page;
    const opened = await page.goto(server.url);
    expect(opened?.status()).toBe(200);
    await page.locator('.graphiql-query-editor .CodeMirror').first().waitFor({ timeout: 30_000 });
    await expect(page.locator('.graphiql-query-editor').innerText()).resolves.toContain('query MembersByDomain');
    expect(await page.locator('.graphiql-tab').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('MembersByDomain'), expect.stringContaining('AssembleConsortium')]),
    );

    // What the pre-filled query must show: the first member of the same page, asked directly.
    const expected = await post(server.url, '{ organizations(first: 10, filter: { domains: ["mobility"] }) { totalCount edges { node { nameKo } } } }');
    const first: string = expected.data.organizations.edges[0].node.nameKo;
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.graphiql-response', { hasText: first }).waitFor({ timeout: 30_000 });
    const shown = await resultText(page);
    expect(shown).toContain(`"totalCount": ${expected.data.organizations.totalCount}`);
    expect(shown).toContain(first);
    expect(shown).not.toContain('"errors"');
    await page.screenshot({ path: path.join(ARTIFACTS, 'graphiql.png') });

    // The consortium tab runs with the project id the page looked up from this server.
    await page.locator('.graphiql-tab', { hasText: 'AssembleConsortium' }).click();
    // GraphiQL re-reads the operation name 100 ms after the editor changes, and would run the last
    // tab's name until then; it saves the new name to localStorage at that moment.
    // (The function runs in the page, where the test's own types do not reach.)
    type Storage = { localStorage: { getItem(key: string): string | null } };
    await page.waitForFunction((name) => (globalThis as unknown as Storage).localStorage.getItem('graphiql:operationName') === name, 'AssembleConsortium', {
      timeout: 10_000,
    });
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.graphiql-response', { hasText: '"rank": 1' }).waitFor({ timeout: 60_000 });
    const consortium = await resultText(page);
    expect(consortium).toContain('"titleEn": "Smart-water leak detection in Eco Delta City"');
    expect(consortium).toMatch(/"nameEn": "[^"]+"/);
    expect(consortium).not.toContain('"errors"');
    await page.screenshot({ path: path.join(ARTIFACTS, 'graphiql-consortium.png') });

    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
    expect(apiRequests.some((r) => r.body.includes('MembersByDomain'))).toBe(true);
    for (const request of apiRequests) expect(request.contentType).toMatch(/^application\/json/);
    failurePage = undefined;
  }, 180_000);

  it('runs a subscription: myEvents over graphql-ws, signed in through the Headers pane, resuming after a cursor, shows the next event', async () => {
    browser ??= await launchChromium();
    // The first test's routing aborts whatever is not of the page's http:// origin, the ws:// handshake included.
    await browser.unrouteAll({ behavior: 'ignoreErrors' });
    // Two demo owners of approved organisations: B watches its events, A sends B a request.
    const listed = await post(server.url, '{ organizations(first: 2) { edges { node { id slug } } } }');
    const [a, b] = listed.data.organizations.edges.map((e: { node: { id: string; slug: string } }) => e.node);
    const signIn = async (slug: string): Promise<string> => {
      const answer = await post(server.url, `mutation { signIn(input: { email: "owner@${slug}.example", password: "${DEMO_OWNER_PASSWORD}" }) { token } }`);
      return answer.data.signIn.token;
    };
    const [tokenA, tokenB] = [await signIn(a.slug), await signIn(b.slug)];
    const as = async (token: string, query: string): Promise<any> => {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      });
      return response.json();
    };
    // A asks B to partner; B's newest event (that request) is where the subscription picks up, so
    // the withdrawal below reaches it whether it happens before the socket is open or after.
    const sent = await as(
      tokenA,
      `mutation { sendPartnershipRequest(input: { toOrganizationId: "${b.id}", message: "GraphiQL" }) { request { id } userErrors { code } } }`,
    );
    expect(sent.data.sendPartnershipRequest.userErrors).toEqual([]);
    const newest = await as(tokenB, '{ myEvents(first: 1) { edges { node { type cursor } } } }');
    const [{ node: last }] = newest.data.myEvents.edges;
    expect(last.type).toBe('PARTNERSHIP_REQUEST_SENT');

    const page = browser.pages()[0] ?? (await browser.newPage());
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    failurePage = page;
    await page.goto(server.url);
    await page.locator('.graphiql-query-editor .CodeMirror').first().waitFor({ timeout: 30_000 });
    // A new tab of our own, its query and headers typed in as a user would paste them.
    await page.locator('.graphiql-tab-add').click();
    type Editors = { document: { querySelector(s: string): { CodeMirror: { setValue(v: string): void } } | null } };
    await page.evaluate((query) => {
      (globalThis as unknown as Editors).document.querySelector('.graphiql-query-editor .CodeMirror')!.CodeMirror.setValue(query);
    }, `subscription LiveEvents { myEvents(after: "${last.cursor}") { type summary(lang: KO) } }`);
    await page.getByRole('button', { name: 'Headers' }).click();
    await page.evaluate(
      (headers) => {
        (globalThis as unknown as Editors).document
          .querySelector('.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror')!
          .CodeMirror.setValue(headers);
      },
      JSON.stringify({ Authorization: `Bearer ${tokenB}` }),
    );
    type Storage = { localStorage: { getItem(key: string): string | null } };
    await page.waitForFunction((name) => (globalThis as unknown as Storage).localStorage.getItem('graphiql:operationName') === name, 'LiveEvents', {
      timeout: 10_000,
    });
    await page.locator('.graphiql-execute-button').click();
    const withdrawn = await as(
      tokenA,
      `mutation { withdrawPartnershipRequest(input: { requestId: "${sent.data.sendPartnershipRequest.request.id}" }) { userErrors { code } } }`,
    );
    expect(withdrawn.data.withdrawPartnershipRequest.userErrors).toEqual([]);
    await page.locator('.graphiql-response', { hasText: 'PARTNERSHIP_REQUEST_WITHDRAWN' }).waitFor({ timeout: 30_000 });
    expect(await resultText(page)).toContain('철회했습니다');
    await page.screenshot({ path: path.join(ARTIFACTS, 'graphiql-subscription.png') });
    expect(problems).toEqual([]);
    failurePage = undefined;
  }, 120_000);
});

describe('GraphiQL in production', () => {
  async function getPage(env: Record<string, string>) {
    const server = await startServer(userEnv(dataDir, env));
    try {
      const response = await fetch(server.url, { headers: { accept: BROWSER_ACCEPT } });
      const body = await response.text();
      // The API itself answers either way.
      const answer = await post(server.url, '{ domains { slug } }');
      expect(answer.data.domains.length).toBeGreaterThan(0);
      return { status: response.status, contentType: response.headers.get('content-type') ?? '', body };
    } finally {
      expect(await stopServer(server.child)).toBe(0);
    }
  }

  it('is off by default: a browser GET /graphql gets no page', async () => {
    const { status, contentType, body } = await getPage(PRODUCTION);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(contentType).not.toMatch(/text\/html/);
    expect(body).not.toContain('graphiql');
  }, 120_000);

  it('GRAPHIQL=true turns it on', async () => {
    const { status, contentType, body } = await getPage({ ...PRODUCTION, GRAPHIQL: 'true' });
    expect(status).toBe(200);
    expect(contentType).toMatch(/^text\/html/);
    expect(body).toContain('<div id="graphiql">');
    expect(body).toMatch(/<script src="\/graphiql\/assets\/[0-9a-f]{16}\/graphiql\.min\.js"/);
  }, 120_000);
});
