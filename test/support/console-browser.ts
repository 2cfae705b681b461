// The console in a real browser: Debian's Chromium driven by playwright-core (as the GraphiQL
// test does), axe-core run inside the page, screenshots under test/artifacts/console/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { assertChromium, CHROMIUM, CHROMIUM_ARGS } from './chromium';
import { root } from './server-process';

export const CONSOLE_ARTIFACTS = path.join(root, 'test/artifacts/console');

/** The two sizes the console must read well at: a laptop and a phone. */
export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

/** A headless Chromium; a missing browser fails the test with the fix, it never skips it. */
export async function launchBrowser(): Promise<Browser> {
  assertChromium();
  fs.mkdirSync(CONSOLE_ARTIFACTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * A fresh context (own storage) at a viewport, which records what must never happen: a request
 * to another origin, a page error, a CSP refusal. `problems()` lists them.
 */
export async function openContext(browser: Browser, origin: string, viewport: { width: number; height: number }) {
  const context: BrowserContext = await browser.newContext({ viewport, locale: 'ko-KR' });
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin !== origin && !url.startsWith('ws')) {
      problems.push(`request to another origin: ${url}`);
      return route.abort();
    }
    return route.continue();
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  return { context, page, problems: () => [...problems] };
}

const AXE_SOURCE = fs.readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core's serious and critical violations on the page as it is now, as lines a reader can act
 * on. axe is evaluated through the DevTools protocol, which the page's CSP (no inline script) does
 * not govern.
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run({ resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** A full-page screenshot, test/artifacts/console/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(CONSOLE_ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Wider than the viewport means a sideways scroll: not readable on a phone. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const doc = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document;
    return doc.documentElement.scrollWidth - doc.documentElement.clientWidth;
  });
}

export function temporaryDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
