import path from 'node:path';
import { z } from 'zod';

/**
 * All configuration, read from the environment once at start and validated; nothing else reads
 * process.env. A bad value stops the start with one line per problem.
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production'], { message: 'must be development, test or production' }).default('development'),
  PORT: z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(0, { message: 'must be between 0 and 65535' })
    .max(65535, { message: 'must be between 0 and 65535' })
    .default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
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
  SEED_ON_EMPTY: z
    .enum(['true', 'false'], { message: 'must be true or false' })
    .default('true')
    .transform((value) => value === 'true'),
});

export type Config = {
  nodeEnv: 'development' | 'test' | 'production';
  port: number;
  host: string;
  /** A real PostgreSQL server; when absent the embedded one (PGlite) under `dataDir` is used. */
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
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable counts as unset, the way shells and .env files are usually written.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        const value = name === 'DATABASE_URL' ? '(hidden)' : JSON.stringify(present[name]);
        return `${name}=${value} ${issue.message}`;
      }),
    );
  }
  const c = parsed.data;
  return {
    nodeEnv: c.NODE_ENV,
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    dataDir: path.resolve(c.DATA_DIR),
    poolSize: c.DB_POOL_SIZE,
    logLevel: c.LOG_LEVEL,
    seedOnEmpty: c.SEED_ON_EMPTY,
    maxQueryDepth: c.MAX_QUERY_DEPTH,
    maxQueryCost: c.MAX_QUERY_COST,
    statementTimeoutMs: c.DB_STATEMENT_TIMEOUT_MS,
  };
}
