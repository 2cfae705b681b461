import { Writable } from 'node:stream';
import { createLogger, redactedPaths } from '../../src/logger';

function capture() {
  let text = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { log: createLogger('info', sink), text: () => text };
}

describe('the logger', () => {
  it('censors secrets wherever they sit, up to four levels down', () => {
    const { log, text } = capture();
    log.info({
      password: 'p0',
      variables: { input: { email: 'a@example.org', password: 'p2', newPassword: 'p3' } },
      req: { headers: { authorization: 'Bearer t0k3n', cookie: 'sid=c00kie', accept: 'application/json' } },
      config: { jwtSecret: 'jwt-s3cret', databaseUrl: 'postgres://u:pw@db/x', redisUrl: 'redis://:pw@r' },
      a: { b: { c: { d: { token: 'deep-t0k3n' } } } },
    });
    const line = text();
    for (const secret of ['p0', 'p2', 'p3', 't0k3n', 'c00kie', 'jwt-s3cret', 'postgres://', 'redis://', 'deep-t0k3n']) {
      expect(line).not.toContain(secret);
    }
    const parsed = JSON.parse(line);
    expect(parsed.variables.input).toEqual({ email: 'a@example.org', password: '[redacted]', newPassword: '[redacted]' });
    expect(parsed.req.headers.accept).toBe('application/json');
  });

  it('censors the SQL parameters a TypeORM query error carries', () => {
    const { log, text } = capture();
    const error = Object.assign(new Error('duplicate key value violates unique constraint'), {
      query: 'INSERT INTO "account"("email", "password_hash") VALUES ($1, $2)',
      parameters: ['a@example.org', 'scrypt$secret-hash'],
    });
    log.error({ err: error }, 'unexpected error');
    expect(text()).not.toContain('secret-hash');
    expect(JSON.parse(text()).err.message).toBe('duplicate key value violates unique constraint');
  });

  it('lists each key at every depth', () => {
    expect(redactedPaths(['password'], 2)).toEqual(['password', '*.password', '*.*.password']);
  });
});
