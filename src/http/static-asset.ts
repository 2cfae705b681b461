import type { Request, Response } from 'express';
import { gzipSync } from 'node:zlib';

/** A file the server sends from memory: GraphiQL's and the console's scripts and styles. */
export interface Asset {
  url: string;
  contentType: string;
  body: Buffer;
  gzipped?: Buffer;
}

/** An asset whose URL carries its content hash: cached for good, gzipped when the client takes it. */
export function sendAsset(req: Request, res: Response, found: Asset): void {
  res.set({ 'content-type': found.contentType, 'cache-control': 'public, max-age=31536000, immutable', vary: 'accept-encoding' });
  // graphiql.min.js is about 1 MB: compress once, on first demand, rather than on every start.
  if (req.acceptsEncodings('gzip', 'identity') === 'gzip') {
    found.gzipped ??= gzipSync(found.body);
    res.set('content-encoding', 'gzip').send(found.gzipped);
  } else {
    res.send(found.body);
  }
}
