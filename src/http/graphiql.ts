import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import express, { type Request, type Router } from 'express';
import { bootstrapScript, renderPage } from './graphiql-page';
import { type Asset, sendAsset } from './static-asset';

/** Where the page's files are served; each file's URL carries its content hash, so it can be cached for good. */
export const GRAPHIQL_ASSETS_PATH = '/graphiql/assets';

/** A file of an installed package. The packages' `exports` hide their UMD builds, but not package.json. */
function packageFile(packageName: string, file: string): Buffer {
  return fs.readFileSync(path.join(path.dirname(require.resolve(`${packageName}/package.json`)), file));
}

function asset(name: string, contentType: string, body: Buffer): Asset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  return { url: `${GRAPHIQL_ASSETS_PATH}/${hash}/${name}`, contentType, body };
}

/** True for a browser opening the URL: HTML preferred over JSON, and no operation in the query string. */
function wantsPage(req: Request): boolean {
  return req.query.query === undefined && req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

/**
 * GraphiQL on GET `endpoint` for browsers, served entirely from this server's own packages
 * (graphiql's and React's UMD builds): Apollo's landing page loads from the internet, which the
 * alliance's closed networks cannot reach. Everything else, including GET with `?query=`, falls
 * through to the GraphQL handler mounted after this router.
 */
export function graphiqlRouter(endpoint = '/graphql'): Router {
  const styles = [asset('graphiql.min.css', 'text/css; charset=utf-8', packageFile('graphiql', 'graphiql.min.css'))];
  const scripts = [
    asset('react.production.min.js', 'text/javascript; charset=utf-8', packageFile('react', 'umd/react.production.min.js')),
    asset('react-dom.production.min.js', 'text/javascript; charset=utf-8', packageFile('react-dom', 'umd/react-dom.production.min.js')),
    asset('graphiql.min.js', 'text/javascript; charset=utf-8', packageFile('graphiql', 'graphiql.min.js')),
    asset('bootstrap.js', 'text/javascript; charset=utf-8', Buffer.from(bootstrapScript(endpoint))),
  ];
  const assets = new Map([...styles, ...scripts].map((a) => [a.url, a]));
  const page = renderPage({ styles: styles.map((a) => a.url), scripts: scripts.map((a) => a.url) });

  const router = express.Router();
  router.get(endpoint, (req, res, next) => {
    if (!wantsPage(req)) return next();
    // The page is tiny and names the current assets' hashes: always revalidate it.
    res.set('cache-control', 'no-cache').vary('accept').type('html').send(page);
  });
  router.get(`${GRAPHIQL_ASSETS_PATH}/:hash/:name`, (req, res, next) => {
    const found = assets.get(`${GRAPHIQL_ASSETS_PATH}/${req.params.hash}/${req.params.name}`);
    if (!found) return next();
    sendAsset(req, res, found);
  });
  return router;
}
