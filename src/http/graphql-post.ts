import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { BodyErrorCode, NOT_JSON, UNREADABLE } from './body-errors';
import { sendGraphQLError } from './graphql-error-response';
import type { CorsPolicy } from './security';

export interface GraphQLPostOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** The request's context, as for the Express route. */
  context: (req: IncomingMessage) => Promise<TContext>;
  /** MAX_BODY_BYTES: a longer body goes to Express, which refuses it (413) as always. */
  maxBodyBytes: number;
  /** The security headers every response carries (security.ts). */
  headers: ReadonlyMap<string, string>;
  /** CORS_ORIGINS' headers, as the Express route adds them (preflights, being OPTIONS, go to Express). */
  cors?: CorsPolicy;
  /** Counts the operation in flight while it runs (metrics-plugin.ts). */
  inFlight: (run: () => Promise<void>) => Promise<void>;
  /** Answers what failed outside Apollo (unexpected-errors.ts). */
  unexpected: (error: unknown, req: IncomingMessage, res: ServerResponse) => void;
}

/**
 * The common request, `POST /graphql` with a JSON body of known length, answered without Express:
 * routing, body-parser and `res.send` cost a third of a small query's time (docs/performance.md).
 * It answers exactly as the Express route does (security headers, body errors, context, Apollo)
 * and takes a request only when that is sure from its headers alone; anything else (another
 * method or path, a CORS preflight, a chunked, compressed, empty or oversized body, another media
 * type or charset) returns false and goes to Express.
 */
export function graphqlPostHandler<TContext extends BaseContext>(
  options: GraphQLPostOptions<TContext>,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    const length = plainJsonLength(req, options.maxBodyBytes);
    if (length === null) return false;
    res.setHeaders(options.headers as Map<string, string>);
    Promise.all([readBody(req, length), options.cors && corsHeaders(options.cors, req, res)])
      .then(([text]) => {
        if (text === null) return sendGraphQLError(req, res, 400, { message: UNREADABLE, code: BodyErrorCode.BAD_REQUEST });
        const body = parseJson(text);
        if (body === undefined) return sendGraphQLError(req, res, 400, { message: NOT_JSON, code: BodyErrorCode.BAD_REQUEST });
        return options
          .inFlight(() => answer(options, req, res, body))
          .catch((error) => {
            if (!res.headersSent) options.unexpected(error, req, res);
            else res.destroy();
          });
      })
      // Nothing may escape as an unhandled rejection, which would stop the process: at worst the
      // connection is dropped.
      .catch(() => res.destroy());
    return true;
  };
}

async function answer<TContext extends BaseContext>(options: GraphQLPostOptions<TContext>, req: IncomingMessage, res: ServerResponse, body: unknown) {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const response = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers, search: '', body },
    context: () => options.context(req),
  });
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.setHeader('content-length', Buffer.byteLength(response.body.string));
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** Adds the CORS headers the policy gives this request (it calls back at once for anything but a preflight). */
function corsHeaders(policy: CorsPolicy, req: IncomingMessage, res: ServerResponse): Promise<void> {
  return new Promise((resolve, reject) => policy(req, res, (error?: unknown) => (error ? reject(error) : resolve())));
}

/** `application/json`, optionally `charset=utf-8`, as body-parser's json() reads it. */
const JSON_UTF8 = /^application\/json\s*(;\s*charset="?utf-8"?\s*)?$/i;

/** The body's length when this path takes the request; null when Express should. */
function plainJsonLength(req: IncomingMessage, maxBodyBytes: number): number | null {
  if (req.method !== 'POST' || req.url !== '/graphql') return null;
  const { headers } = req;
  if (headers['content-encoding'] !== undefined || headers['transfer-encoding'] !== undefined) return null;
  if (!JSON_UTF8.test(headers['content-type'] ?? '')) return null;
  const declared = headers['content-length'];
  if (declared === undefined || !/^[0-9]{1,10}$/.test(declared)) return null;
  const length = Number(declared);
  return length > 0 && length <= maxBodyBytes ? length : null;
}

/** The body as text, or null when it does not arrive as declared (aborted, or another length). */
function readBody(req: IncomingMessage, length: number): Promise<string | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received <= length) chunks.push(chunk);
    });
    req.on('end', () => resolve(received === length ? Buffer.concat(chunks, received).toString('utf8') : null));
    // An aborted request ends in 'error' or only in 'close'; after 'end', resolving again does nothing.
    req.on('error', () => resolve(null));
    req.on('close', () => resolve(null));
  });
}

/**
 * JSON as body-parser's strict json() accepts it: an object or an array, a byte-order mark
 * dropped; undefined when it is not.
 */
function parseJson(text: string): unknown {
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = /^[ \t\n\r]*(.)/.exec(json)?.[1];
  if (first !== '{' && first !== '[') return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}
