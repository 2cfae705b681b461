// The console's router on its own: a build's files, the page for deep links, and a clear 404 without a build.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { consoleRouter } from '../../src/http/console';

async function serve(dir: string, check: (origin: string) => Promise<void>): Promise<void> {
  const app = express();
  app.use(consoleRouter(dir));
  app.get('/graphql', (_req, res) => void res.json({ ok: true }));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    await check(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.close();
  }
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-router-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it('without a build answers 404 saying how to build, and leaves the rest alone', async () => {
  await serve(dir, async (origin) => {
    for (const url of ['/console', '/console/projects']) {
      const response = await fetch(origin + url);
      expect(response.status).toBe(404);
      await expect(response.text()).resolves.toContain('npm run build');
    }
    expect((await fetch(`${origin}/graphql`)).status).toBe(200);
  });
});

it('with a build serves hashed assets for good and the page, revalidated, for every console path', async () => {
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><script type="module" src="/console/assets/index-abc.js"></script>');
  fs.writeFileSync(path.join(dir, 'assets/index-abc.js'), 'console.log(1)');
  await serve(dir, async (origin) => {
    for (const url of ['/console', '/console/', '/console/projects/UHJvamVjdDox']) {
      const page = await fetch(origin + url);
      expect(page.status).toBe(200);
      expect(page.headers.get('cache-control')).toBe('no-cache');
      await expect(page.text()).resolves.toContain('index-abc.js');
    }
    const script = await fetch(`${origin}/console/assets/index-abc.js`);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    await expect(script.text()).resolves.toBe('console.log(1)');
    expect((await fetch(`${origin}/console/assets/index-old.js`)).status).toBe(404);
    expect((await fetch(`${origin}/consoles`)).status).toBe(404);
  });
});
