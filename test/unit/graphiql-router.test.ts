// The GraphiQL router on its own, in front of a stand-in for the GraphQL handler: which requests get
// the page, how its files are served, and that everything else reaches the handler untouched.
import type { AddressInfo } from 'node:net';
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import express from 'express';
import { GRAPHIQL_ASSETS_PATH, graphiqlRouter } from '../../src/http/graphiql';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';
let server: http.Server;
let base: string;

beforeAll(async () => {
  const app = express();
  app.use(graphiqlRouter('/graphql'));
  app.use('/graphql', (req, res) => {
    res.json({ handledBy: 'graphql', method: req.method });
  });
  server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });

async function page(): Promise<string> {
  const response = await get('/graphql', { accept: BROWSER_ACCEPT });
  expect(response.status).toBe(200);
  return response.text();
}

/** Every same-origin URL the page loads with a `src` or `href`. */
const assetUrls = (html: string) => [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);

describe('GET /graphql from a browser', () => {
  it('answers the GraphiQL page, revalidated on every visit', async () => {
    const response = await get('/graphql', { accept: BROWSER_ACCEPT });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('vary')).toMatch(/accept/i);
    const html = await response.text();
    expect(html).toContain('<div id="graphiql">');
  });

  it('has no inline script and loads only files of its own origin', async () => {
    const html = await page();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(
      scripts.map((m) =>
        m[1]
          .match(/src="([^"]+)"/)?.[1]
          .split('/')
          .pop(),
      ),
    ).toEqual(['react.production.min.js', 'react-dom.production.min.js', 'graphiql.min.js', 'bootstrap.js']);
    for (const [, , body] of scripts) expect(body).toBe('');
    for (const url of assetUrls(html)) expect(url.startsWith(`${GRAPHIQL_ASSETS_PATH}/`)).toBe(true);
    expect(html).not.toMatch(/https?:\/\//);
  });
});

describe('requests that are not a browser opening the page reach the GraphQL handler', () => {
  it.each([
    ['a JSON client', '/graphql', { accept: 'application/json' }],
    ['a client accepting anything', '/graphql', { accept: '*/*' }],
    ['graphql-response+json', '/graphql', { accept: 'application/graphql-response+json, application/json;q=0.9' }],
    ['a browser with ?query=', '/graphql?query=%7B__typename%7D', { accept: BROWSER_ACCEPT }],
  ])('%s', async (_who, path, headers) => {
    const response = await get(path, headers);
    expect(await response.json()).toEqual({ handledBy: 'graphql', method: 'GET' });
  });

  it('a POST, even one that prefers HTML', async () => {
    const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { accept: BROWSER_ACCEPT, 'content-type': 'application/json' }, body: '{}' });
    expect(await response.json()).toEqual({ handledBy: 'graphql', method: 'POST' });
  });
});

describe('the page files', () => {
  it('are served with their type and cached for good under a content-hashed URL', async () => {
    for (const url of assetUrls(await page())) {
      const response = await get(url, { 'accept-encoding': 'identity' });
      expect([url, response.status]).toEqual([url, 200]);
      expect(response.headers.get('content-type')).toMatch(url.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(url).toMatch(new RegExp(`^${GRAPHIQL_ASSETS_PATH}/[0-9a-f]{16}/[\\w.-]+$`));
    }
  });

  it('are gzipped for clients that accept it, with the same content', async () => {
    const url = assetUrls(await page()).find((u) => u.endsWith('/graphiql.min.js'))!;
    const plain = Buffer.from(await (await get(url, { 'accept-encoding': 'identity' })).arrayBuffer());
    // node's fetch decompresses on its own, so read the raw bytes over http.
    const raw = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      http
        .get(`${base}${url}`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });
    expect(raw.encoding).toBe('gzip');
    expect(raw.body.length).toBeLessThan(plain.length / 2);
    expect(gunzipSync(raw.body).equals(plain)).toBe(true);
  });

  it('the bootstrap script calls the API on the same origin with the example tabs', async () => {
    const url = assetUrls(await page()).find((u) => u.endsWith('/bootstrap.js'))!;
    const script = await (await get(url)).text();
    expect(script).toContain('"endpoint":"/graphql"');
    expect(script).toContain('query MembersByDomain');
    // It must parse as a script; running it needs a browser (test/e2e/graphiql.test.ts).
    expect(() => new Function(script)).not.toThrow();
  });

  it('an unknown hash or file is not found', async () => {
    const known = assetUrls(await page()).find((u) => u.endsWith('/graphiql.min.js'))!;
    expect((await get(known.replace(/\/[0-9a-f]{16}\//, '/0000000000000000/'))).status).toBe(404);
    expect((await get(known.replace('graphiql.min.js', 'graphiql.min.js.map'))).status).toBe(404);
  });
});
