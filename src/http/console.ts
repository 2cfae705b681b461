import fs from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import { type Asset, sendAsset } from './static-asset';

/** Where the console is served; its client-side routes live below it. */
export const CONSOLE_PATH = '/console';

/** The built console (`npm run build` puts Vite's output in dist/console, beside dist/src). */
export const CONSOLE_DIR = path.join(__dirname, '../../console');

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Every file of dist/console/assets, read once at start: Vite names each by its content hash. */
function readAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  const assetsDir = path.join(dir, 'assets');
  if (!fs.existsSync(assetsDir)) return assets;
  for (const name of fs.readdirSync(assetsDir)) {
    const url = `${CONSOLE_PATH}/assets/${name}`;
    const contentType = CONTENT_TYPES[path.extname(name)] ?? 'application/octet-stream';
    assets.set(url, { url, contentType, body: fs.readFileSync(path.join(assetsDir, name)) });
  }
  return assets;
}

/**
 * The planner and member console (src/console) on the API's origin, under the same security
 * headers as GraphiQL (no inline script; Vite emits none). Hashed assets are cached for good; every
 * other path under /console is a client-side route and gets index.html, always revalidated, so a
 * deep link or a reload works. Without a build (a test run from the sources, a fresh clone before
 * `npm run build`) the console answers 404 with what to do, and the API is unaffected.
 */
export function consoleRouter(dir: string = CONSOLE_DIR): Router {
  const router = express.Router();
  const indexFile = path.join(dir, 'index.html');
  if (!fs.existsSync(indexFile)) {
    router.get([CONSOLE_PATH, `${CONSOLE_PATH}/{*rest}`], (_req, res) => {
      res.status(404).type('text').send('The console is not built: run `npm run build` (or `npm run console:dev` for the dev server).\n');
    });
    return router;
  }
  const index = fs.readFileSync(indexFile);
  const assets = readAssets(dir);
  router.get(`${CONSOLE_PATH}/assets/:name`, (req, res) => {
    const found = assets.get(`${CONSOLE_PATH}/assets/${req.params.name}`);
    // A missing asset is a 404, not the page: a stale tab asking for an old hash must not get HTML as a script.
    if (!found) return void res.status(404).type('text').send('Not found\n');
    sendAsset(req, res, found);
  });
  router.get([CONSOLE_PATH, `${CONSOLE_PATH}/{*rest}`], (_req, res) => {
    res.set('cache-control', 'no-cache').type('html').send(index);
  });
  return router;
}
