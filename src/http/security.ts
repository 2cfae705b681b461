import cors from 'cors';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers for every response. The Content-Security-Policy allows what the offline
 * GraphiQL page needs and nothing more: scripts, styles and fonts from this origin only (no inline
 * scripts), inline styles (GraphiQL sets element styles), data: images and fonts (its icons), and
 * fetches to this origin. No `upgrade-insecure-requests`: TLS ends at the load balancer, and on a
 * plain-HTTP development server it would break the page.
 */
export function securityHeaders(): RequestHandler {
  const headers = securityHeaderValues();
  return (_req, res, next) => {
    res.setHeaders(headers);
    next();
  };
}

/** Those headers, for the path that answers POST /graphql without Express (graphql-post.ts). */
export function securityHeaderValues(): Map<string, string> {
  return staticHeaders(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
    }),
  );
}

/**
 * The headers helmet sets, read once: with this configuration (no nonces) they are the same on
 * every response, and running helmet's dozen middlewares per request cost more than the whole
 * GraphQL execution of a trivial query (docs/performance.md).
 */
function staticHeaders(middleware: (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void): Map<string, string> {
  const headers = new Map<string, string>();
  const res = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers.set(name, String(value));
    },
    removeHeader: (name: string) => {
      headers.delete(name);
    },
  } as unknown as ServerResponse;
  let done = false;
  middleware({ headers: {} } as IncomingMessage, res, (error) => {
    if (error) throw error;
    done = true;
  });
  // helmet answers synchronously; should a version ever not, failing at start beats missing headers.
  if (!done) throw new Error('helmet did not finish synchronously');
  return headers;
}

/** The cors middleware; it also runs on plain Node requests (graphql-post.ts). */
export type CorsPolicy = ReturnType<typeof cors>;

/** Response headers a browser client may read across origins: rate-limit budget and request id. */
export const EXPOSED_HEADERS = ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Retry-After', 'X-Request-Id'];

/**
 * CORS for CORS_ORIGINS: empty means same-origin only (no CORS headers at all, so browsers block
 * other origins), `*` any origin, otherwise exact matches of the listed origins. Credentials
 * (cookies) are never allowed: the API authenticates with a Bearer token the page sends itself.
 */
export function corsPolicy(origins: string[]): CorsPolicy | undefined {
  if (origins.length === 0) return undefined;
  // Browsers send an origin without a path or trailing slash: compare in that form.
  const allowed = new Set(origins.map((origin) => (origin === '*' ? origin : new URL(origin).origin)));
  return cors({
    origin: allowed.has('*') ? '*' : (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST'],
    exposedHeaders: EXPOSED_HEADERS,
    // Browsers cache the preflight this long (Chromium caps it at 2 hours).
    maxAge: 600,
  });
}
