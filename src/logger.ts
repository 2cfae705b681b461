import pino, { type Logger } from 'pino';

/**
 * Keys whose values never reach a log line, wherever they sit in a logged object (up to four
 * levels down, e.g. `variables.input.password`): credentials in GraphQL variables, tokens,
 * headers, and the configuration's secrets. TypeORM's query errors carry the statement's
 * parameters (`err.parameters`), which can hold password hashes and personal data.
 */
export const SECRET_KEYS = [
  'password',
  'currentPassword',
  'newPassword',
  'passwordHash',
  'token',
  'accessToken',
  'refreshToken',
  'authorization',
  'cookie',
  'jwtSecret',
  'databaseUrl',
  'redisUrl',
  'parameters',
];

/** Every path pino should censor: each secret key at depths 0 to 4. */
export function redactedPaths(keys: readonly string[] = SECRET_KEYS, depth = 4): string[] {
  return keys.flatMap((key) => Array.from({ length: depth + 1 }, (_, level) => [...Array<string>(level).fill('*'), key].join('.')));
}

/** JSON logs (pino) on `destination`, stdout by default; secrets are censored (SECRET_KEYS). */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'alliance-match' },
    redact: { paths: redactedPaths(), censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
