import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import proxyAddr from 'proxy-addr';
import { z } from 'zod';

/**
 * All configuration, read from the environment once at start and validated; nothing else reads
 * process.env. A bad value stops the start with one line per problem.
 */
const flag = z.enum(['true', 'false'], { message: 'must be true or false' });
const bool = (fallback: 'true' | 'false') => flag.default(fallback).transform((value) => value === 'true');
/** A flag whose default depends on other settings (decided in loadConfig). */
const optionalBool = () => flag.optional().transform((value) => (value === undefined ? undefined : value === 'true'));

/** The shortest HS256 secret accepted (RFC 7518 §3.2: a key at least as long as the hash). */
export const MIN_SECRET_BYTES = 32;

/** Where the server listens outside production unless HOST says otherwise: reachable from this machine only. */
const LOOPBACK = '127.0.0.1';

const LOOPBACK_ADDRESSES = new net.BlockList();
LOOPBACK_ADDRESSES.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK_ADDRESSES.addAddress('::1', 'ipv6');

/** 127.0.0.0/8, ::1 (IPv4-mapped forms too) and localhost: addresses no other machine can connect to. */
export function isLoopback(host: string): boolean {
  const address = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (address === 'localhost') return true;
  const family = net.isIP(address);
  return family !== 0 && LOOPBACK_ADDRESSES.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * Which proxies may report the client's address in X-Forwarded-For (TRUST_PROXY), as Express's
 * 'trust proxy' reads them: none, every one, the N nearest the server, or those at these
 * addresses and subnets (or loopback, linklocal, uniquelocal).
 */
export type TrustProxy = boolean | number | string[];

const TRUST_PROXY_MESSAGE =
  'must be false, true, the number of proxies in front of the server (1 for one load balancer), or their addresses and subnets, comma-separated (10.0.0.0/8, loopback)';

const isProxyAddress = (entry: string): boolean => {
  try {
    proxyAddr.compile(entry);
    return true;
  } catch {
    return false;
  }
};

const trustProxy = z
  .string()
  .default('false')
  .transform((value, ctx): TrustProxy => {
    const text = value.trim();
    if (text === 'true' || text === 'false') return text === 'true';
    if (/^[0-9]+$/.test(text)) {
      const hops = Number(text);
      if (hops <= 100) return hops === 0 ? false : hops;
    } else {
      const entries = text.split(',').map((entry) => entry.trim());
      if (entries.every((entry) => entry !== '' && isProxyAddress(entry))) return entries;
    }
    ctx.addIssue({ code: 'custom', message: TRUST_PROXY_MESSAGE });
    return z.NEVER;
  });

const count = (min: number, max: number, fallback: number) =>
  z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(min, { message: `must be between ${min} and ${max}` })
    .max(max, { message: `must be between ${min} and ${max}` })
    .default(fallback);

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production'], { message: 'must be development, test or production' }).default('development'),
    PORT: z.coerce
      .number({ message: 'must be a number' })
      .int({ message: 'must be a whole number' })
      .min(0, { message: 'must be between 0 and 65535' })
      .max(65535, { message: 'must be between 0 and 65535' })
      .default(4000),
    HOST: z.string().min(1).optional(),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// or postgresql:// URL' })
      .optional(),
    DATA_DIR: z.string().min(1, { message: 'must not be empty' }).default('.data'),
    DB_POOL_SIZE: z.coerce
      .number({ message: 'must be a number' })
      .int({ message: 'must be a whole number' })
      .min(1, { message: 'must be between 1 and 100' })
      .max(100, { message: 'must be between 1 and 100' })
      .default(10),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        message: 'must be one of fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
    MAX_QUERY_DEPTH: z.coerce
      .number({ message: 'must be a number' })
      .int({ message: 'must be a whole number' })
      .min(1, { message: 'must be between 1 and 100' })
      .max(100, { message: 'must be between 1 and 100' })
      .default(10),
    MAX_QUERY_COST: z.coerce
      .number({ message: 'must be a number' })
      .int({ message: 'must be a whole number' })
      .min(1, { message: 'must be between 1 and 10000000' })
      .max(10_000_000, { message: 'must be between 1 and 10000000' })
      .default(10_000),
    DB_STATEMENT_TIMEOUT_MS: z.coerce
      .number({ message: 'must be a number' })
      .int({ message: 'must be a whole number' })
      .min(0, { message: 'must be between 0 (no limit) and 3600000' })
      .max(3_600_000, { message: 'must be between 0 (no limit) and 3600000' })
      .default(10_000),
    SEED_ON_EMPTY: bool('true'),
    SEED_DEMO_ACCOUNTS: optionalBool(),
    // Bytes, not characters: HS256 keys with the UTF-8 bytes of the secret.
    JWT_SECRET: z
      .string()
      .refine((value) => Buffer.byteLength(value, 'utf8') >= MIN_SECRET_BYTES, { message: `must be at least ${MIN_SECRET_BYTES} bytes (UTF-8)` })
      .optional(),
    JWT_ISSUER: z.string().min(1).default('alliance-match'),
    JWT_AUDIENCE: z.string().min(1).default('alliance-match-api'),
    JWT_TTL_SECONDS: count(60, 30 * 24 * 3600, 8 * 3600),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\/\S+$/, { message: 'must be a redis:// or rediss:// URL' })
      .optional(),
    CORS_ORIGINS: z
      .string()
      .transform((value) =>
        value
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.union([z.literal('*'), z.url({ message: 'must be a comma-separated list of origins (https://example.org) or *' })])))
      .default([]),
    TRUST_PROXY: trustProxy,
    RATE_LIMIT_COST: count(0, 100_000_000, 100_000),
    RATE_LIMIT_WINDOW_SECONDS: count(1, 86_400, 60),
    MAX_BODY_BYTES: count(1_024, 100 * 1024 * 1024, 1024 * 1024),
    PERSISTED_QUERIES_ONLY: bool('false'),
    RESPONSE_CACHE_MB: count(0, 4_096, 32),
    GRAPHIQL: optionalBool(),
    INTROSPECTION: optionalBool(),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/\S+$/, { message: 'must be an smtp:// or smtps:// URL (smtp://user:password@host:587)' })
      .optional(),
    MAIL_FROM: z.string().min(3).default('Alliance Match <no-reply@alliance-match.invalid>'),
    PUBLIC_URL: z.url({ message: 'must be the URL people open the portal at (https://portal.example.org)' }).optional(),
    MAIL_INTERVAL_SECONDS: count(0, 3_600, 30),
    DIGEST_HOUR: count(0, 23, 8),
    REQUEST_TTL_DAYS: count(1, 365, 14),
    INVITATION_TTL_DAYS: count(1, 365, 14),
    EXPIRY_SWEEP_SECONDS: count(0, 86_400, 60),
    MATCHING_THREADS: z.coerce
      .number({ message: 'must be a number' })
      .int({ message: 'must be a whole number' })
      .min(0, { message: 'must be between 0 (solve on the main thread) and 64' })
      .max(64, { message: 'must be between 0 (solve on the main thread) and 64' })
      .optional(),
  })
  .superRefine((c, ctx) => {
    const production = c.NODE_ENV === 'production';
    if (production && !c.JWT_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_SECRET'],
        message: 'is required when NODE_ENV=production (at least 32 random bytes, the same on every instance)',
      });
    }
    // Invitations and password resets are mailed: production must really send them, to links people can open.
    if (production && !c.SMTP_URL) {
      ctx.addIssue({ code: 'custom', path: ['SMTP_URL'], message: 'is required when NODE_ENV=production (invitations and password resets are mailed)' });
    }
    if (production && !c.PUBLIC_URL) {
      ctx.addIssue({ code: 'custom', path: ['PUBLIC_URL'], message: 'is required when NODE_ENV=production (the links in mails are built from it)' });
    }
    // The demo accounts' passwords are published in the README: never where others can reach them.
    if (c.SEED_DEMO_ACCOUNTS === true && production) {
      ctx.addIssue({ code: 'custom', path: ['SEED_DEMO_ACCOUNTS'], message: 'is not allowed when NODE_ENV=production: the demo passwords are public' });
    } else if (c.SEED_DEMO_ACCOUNTS === true && !isLoopback(c.HOST ?? LOOPBACK)) {
      ctx.addIssue({
        code: 'custom',
        path: ['SEED_DEMO_ACCOUNTS'],
        message: `is not allowed with HOST=${c.HOST}: the demo passwords are public, so they are only created on a loopback address (127.0.0.1, ::1, localhost)`,
      });
    }
  });

export type Config = {
  nodeEnv: 'development' | 'test' | 'production';
  port: number;
  host: string;
  /** A real PostgreSQL server; when absent the embedded one under `dataDir` is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  poolSize: number;
  logLevel: string;
  seedOnEmpty: boolean;
  /** Deepest field nesting an operation may have (introspection fields not counted). */
  maxQueryDepth: number;
  /** Largest estimated cost of one operation (src/graphql/limits/query-cost.ts). */
  maxQueryCost: number;
  /** PostgreSQL cancels any statement running longer than this; 0 turns the limit off. */
  statementTimeoutMs: number;
  /**
   * Create the demo accounts of the README (one per role): by default only with the embedded
   * database on a loopback HOST outside production; never in production or on another HOST.
   */
  seedDemoAccounts: boolean;
  /**
   * HS256 key for access tokens (JWT_SECRET); required in production. Unset elsewhere: the start
   * uses a random one kept in DATA_DIR (src/signing-secret.ts).
   */
  jwtSecret: string | undefined;
  jwtIssuer: string;
  jwtAudience: string;
  jwtTtlSeconds: number;
  /** Rate-limit counters live in Redis when set, so every instance shares them; in process memory otherwise. */
  redisUrl: string | undefined;
  /** Origins allowed to call the API from a browser; `*` allows any; empty: same-origin only. */
  corsOrigins: string[];
  /** Behind a load balancer: which proxies' X-Forwarded-For hops name the client (src/http/client-address.ts). */
  trustProxy: TrustProxy;
  /** Query cost one client (token, else IP) may spend per window; 0 turns rate limiting off. */
  rateLimitCost: number;
  rateLimitWindowSeconds: number;
  /** Largest accepted request body. */
  maxBodyBytes: number;
  /** Only documents on the allow-list (schema/persisted-operations.json) run. */
  persistedQueriesOnly: boolean;
  /** Room for cached answers to anonymous queries, in MiB; 0 turns the response cache off. */
  responseCacheMb: number;
  /** Serve GraphiQL on GET /graphql for browsers; default on outside production. */
  graphiql: boolean;
  /** Answer introspection queries; default on outside production. */
  introspection: boolean;
  /**
   * Worker threads that run the matching solver, so a solve never blocks other requests; by
   * default one per core but one (kept for the event loop), at least one. 0 solves on the main thread.
   */
  matchingThreads: number;
  /** Where mail goes; without it (outside production) mails are written to `DATA_DIR/outbox/` as .eml files. */
  smtpUrl: string | undefined;
  /** The sender of every mail. */
  mailFrom: string;
  /** The address people open the portal at; links in mails are built from it (no trailing slash). */
  publicUrl: string;
  /** How often this instance looks for notification mail to send (instant mails, digests due); 0: never (another instance does). */
  mailIntervalSeconds: number;
  /** The hour (0–23, Korean time) from which each day's digests go out. */
  digestHour: number;
  /** A partnership request left PENDING this many days expires (and stops counting against the cap). */
  requestTtlDays: number;
  /** A consortium invitation left unanswered this many days expires. */
  invitationTtlDays: number;
  /** How often each instance writes expired requests and invitations down with their events; 0 turns the sweeper off. */
  expirySweepSeconds: number;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Never echoed back in a configuration error: they may carry passwords or keys. */
const SECRET_VARIABLES = new Set(['DATABASE_URL', 'JWT_SECRET', 'REDIS_URL', 'SMTP_URL']);

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable counts as unset, the way shells and .env files are usually written.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        if (present[name] === undefined) return `${name} ${issue.message}`;
        const value = SECRET_VARIABLES.has(name) ? '(hidden)' : JSON.stringify(present[name]);
        return `${name}=${value} ${issue.message}`;
      }),
    );
  }
  const c = parsed.data;
  const production = c.NODE_ENV === 'production';
  return {
    nodeEnv: c.NODE_ENV,
    port: c.PORT,
    // Production runs behind a load balancer or in a container, where loopback would be unreachable.
    host: c.HOST ?? (production ? '0.0.0.0' : LOOPBACK),
    databaseUrl: c.DATABASE_URL,
    dataDir: path.resolve(c.DATA_DIR),
    poolSize: c.DB_POOL_SIZE,
    logLevel: c.LOG_LEVEL,
    seedOnEmpty: c.SEED_ON_EMPTY,
    maxQueryDepth: c.MAX_QUERY_DEPTH,
    maxQueryCost: c.MAX_QUERY_COST,
    statementTimeoutMs: c.DB_STATEMENT_TIMEOUT_MS,
    seedDemoAccounts: c.SEED_DEMO_ACCOUNTS ?? (!production && !c.DATABASE_URL && isLoopback(c.HOST ?? LOOPBACK)),
    jwtSecret: c.JWT_SECRET,
    jwtIssuer: c.JWT_ISSUER,
    jwtAudience: c.JWT_AUDIENCE,
    jwtTtlSeconds: c.JWT_TTL_SECONDS,
    redisUrl: c.REDIS_URL,
    corsOrigins: c.CORS_ORIGINS,
    trustProxy: c.TRUST_PROXY,
    rateLimitCost: c.RATE_LIMIT_COST,
    rateLimitWindowSeconds: c.RATE_LIMIT_WINDOW_SECONDS,
    maxBodyBytes: c.MAX_BODY_BYTES,
    persistedQueriesOnly: c.PERSISTED_QUERIES_ONLY,
    responseCacheMb: c.RESPONSE_CACHE_MB,
    graphiql: c.GRAPHIQL ?? !production,
    introspection: c.INTROSPECTION ?? !production,
    matchingThreads: c.MATCHING_THREADS ?? Math.max(1, os.availableParallelism() - 1),
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, ''),
    mailIntervalSeconds: c.MAIL_INTERVAL_SECONDS,
    digestHour: c.DIGEST_HOUR,
    requestTtlDays: c.REQUEST_TTL_DAYS,
    invitationTtlDays: c.INVITATION_TTL_DAYS,
    expirySweepSeconds: c.EXPIRY_SWEEP_SECONDS,
  };
}

/** A configuration whose signing secret is settled: JWT_SECRET, or the one kept in DATA_DIR. */
export type SignedConfig = Config & { jwtSecret: string };

/** The access-token settings of a configuration. */
export function tokenSettings(config: SignedConfig) {
  return { secret: config.jwtSecret, issuer: config.jwtIssuer, audience: config.jwtAudience, ttlSeconds: config.jwtTtlSeconds };
}
