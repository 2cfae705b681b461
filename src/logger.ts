import pino, { type Logger } from 'pino';

/** JSON logs on stdout; secrets in request headers are never written. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'alliance-match' },
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'password', '*.password'], censor: '[redacted]' },
  });
}
