import cors from 'cors';
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
  return helmet({
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
  });
}

/** Response headers a browser client may read across origins: rate-limit budget and request id. */
export const EXPOSED_HEADERS = ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Retry-After', 'X-Request-Id'];

/**
 * CORS for CORS_ORIGINS: empty means same-origin only (no CORS headers at all, so browsers block
 * other origins), `*` any origin, otherwise exact matches of the listed origins. Credentials
 * (cookies) are never allowed: the API authenticates with a Bearer token the page sends itself.
 */
export function corsPolicy(origins: string[]): RequestHandler | undefined {
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
