import os from 'node:os';
import path from 'node:path';
import { ConfigError, isLoopback, loadConfig } from '../../src/config';

/** What production needs besides JWT_SECRET: somewhere to send mail and the portal's address. */
const MAIL = { SMTP_URL: 'smtp://mail.example.org:587', PUBLIC_URL: 'https://portal.example.org' };

describe('loadConfig', () => {
  it('has defaults that start the embedded database on port 4000, on loopback only', () => {
    expect(loadConfig({})).toEqual({
      nodeEnv: 'development',
      port: 4000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: path.resolve('.data'),
      poolSize: 10,
      logLevel: 'info',
      seedOnEmpty: true,
      maxQueryDepth: 10,
      maxQueryCost: 10_000,
      statementTimeoutMs: 10_000,
      seedDemoAccounts: true,
      // No built-in key: src/signing-secret.ts generates one per installation.
      jwtSecret: undefined,
      jwtIssuer: 'alliance-match',
      jwtAudience: 'alliance-match-api',
      jwtTtlSeconds: 8 * 3600,
      redisUrl: undefined,
      corsOrigins: [],
      trustProxy: false,
      rateLimitCost: 100_000,
      rateLimitWindowSeconds: 60,
      maxBodyBytes: 1024 * 1024,
      persistedQueriesOnly: false,
      responseCacheMb: 32,
      graphiql: true,
      introspection: true,
      matchingThreads: Math.max(1, os.availableParallelism() - 1),
      smtpUrl: undefined,
      mailFrom: 'Alliance Match <no-reply@alliance-match.invalid>',
      publicUrl: 'http://localhost:4000',
      mailIntervalSeconds: 30,
      digestHour: 8,
      requestTtlDays: 14,
      invitationTtlDays: 14,
      expirySweepSeconds: 60,
    });
  });

  it('reads the notification mail settings and refuses an hour that is not one', () => {
    expect(loadConfig({ MAIL_INTERVAL_SECONDS: '0', DIGEST_HOUR: '23' })).toMatchObject({ mailIntervalSeconds: 0, digestHour: 23 });
    expect(() => loadConfig({ DIGEST_HOUR: '24' })).toThrow(/DIGEST_HOUR="24" must be between 0 and 23/);
    expect(() => loadConfig({ MAIL_INTERVAL_SECONDS: '-5' })).toThrow(/MAIL_INTERVAL_SECONDS="-5" must be between 0 and 3600/);
  });

  it('requires SMTP_URL and PUBLIC_URL in production, and builds links without a trailing slash', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) })).toThrow(
      /SMTP_URL is required when NODE_ENV=production[\s\S]*PUBLIC_URL is required when NODE_ENV=production/,
    );
    expect(() => loadConfig({ SMTP_URL: 'mail.example.org' })).toThrow(/SMTP_URL=\(hidden\) must be an smtp:\/\/ or smtps:\/\/ URL/);
    expect(loadConfig({ ...MAIL, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), PUBLIC_URL: 'https://portal.example.org/' }).publicUrl).toBe(
      'https://portal.example.org',
    );
    expect(loadConfig({ PORT: '4100' })).toMatchObject({ publicUrl: 'http://localhost:4100', smtpUrl: undefined });
  });

  it('turns the developer conveniences off in production and requires JWT_SECRET there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required when NODE_ENV=production/);
    const secret = 'x'.repeat(40);
    expect(loadConfig({ ...MAIL, NODE_ENV: 'production', JWT_SECRET: secret })).toMatchObject({
      jwtSecret: secret,
      host: '0.0.0.0',
      seedDemoAccounts: false,
      graphiql: false,
      introspection: false,
    });
    expect(loadConfig({ ...MAIL, NODE_ENV: 'production', JWT_SECRET: secret, GRAPHIQL: 'true', INTROSPECTION: 'true' })).toMatchObject({
      graphiql: true,
      introspection: true,
    });
    expect(loadConfig({ DATABASE_URL: 'postgres://app@db/alliance' }).seedDemoAccounts).toBe(false);
  });

  it('counts the bytes of JWT_SECRET, not its characters, everywhere', () => {
    expect(() => loadConfig({ ...MAIL, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(31) })).toThrow(
      /JWT_SECRET=\(hidden\) must be at least 32 bytes \(UTF-8\)/,
    );
    expect(loadConfig({ ...MAIL, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).jwtSecret).toBe('x'.repeat(32));
    // 11 Hangul syllables are 11 characters but 33 bytes; 15 'é' are 15 characters, 30 bytes.
    expect(loadConfig({ ...MAIL, NODE_ENV: 'production', JWT_SECRET: '가'.repeat(11) }).jwtSecret).toBe('가'.repeat(11));
    expect(() => loadConfig({ JWT_SECRET: `${'é'.repeat(15)}x` })).toThrow(/must be at least 32 bytes/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required when NODE_ENV=production/);
  });

  it('listens on loopback outside production and on every interface in production, unless HOST says otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).host).toBe('127.0.0.1');
    expect(loadConfig({ ...MAIL, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ ...MAIL, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), HOST: '10.0.0.5' }).host).toBe('10.0.0.5');
  });

  it('tells loopback addresses from the others', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', '0:0:0:0:0:0:0:1', '::ffff:127.0.0.1', 'localhost', 'LOCALHOST'])
      expect([host, isLoopback(host)]).toEqual([host, true]);
    for (const host of ['0.0.0.0', '::', '10.0.0.1', '192.168.1.2', 'example.org', '128.0.0.1', '::2', 'localhost.example.org'])
      expect([host, isLoopback(host)]).toEqual([host, false]);
  });

  it('creates the demo accounts by default only with the embedded database on loopback, and never in production or on another HOST', () => {
    expect(loadConfig({}).seedDemoAccounts).toBe(true);
    expect(loadConfig({ HOST: '::1' }).seedDemoAccounts).toBe(true);
    expect(loadConfig({ HOST: '0.0.0.0' }).seedDemoAccounts).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://app@db/alliance' }).seedDemoAccounts).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://app@db/alliance', SEED_DEMO_ACCOUNTS: 'true' }).seedDemoAccounts).toBe(true);
    expect(loadConfig({ SEED_DEMO_ACCOUNTS: 'false' }).seedDemoAccounts).toBe(false);
    expect(loadConfig({ HOST: '0.0.0.0', SEED_DEMO_ACCOUNTS: 'false' }).seedDemoAccounts).toBe(false);
    expect(() => loadConfig({ ...MAIL, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), SEED_DEMO_ACCOUNTS: 'true', HOST: '127.0.0.1' })).toThrow(
      /SEED_DEMO_ACCOUNTS="true" is not allowed when NODE_ENV=production/,
    );
    expect(() => loadConfig({ HOST: '0.0.0.0', SEED_DEMO_ACCOUNTS: 'true' })).toThrow(/SEED_DEMO_ACCOUNTS="true" is not allowed with HOST=0.0.0.0/);
    expect(() => loadConfig({ HOST: '192.168.1.2', DATABASE_URL: 'postgres://app@db/alliance', SEED_DEMO_ACCOUNTS: 'true' })).toThrow(
      /not allowed with HOST=192.168.1.2/,
    );
  });

  it('reads origin lists and hides secrets in its messages', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://portal.example.org, http://localhost:3000' }).corsOrigins).toEqual([
      'https://portal.example.org',
      'http://localhost:3000',
    ]);
    expect(() => loadConfig({ CORS_ORIGINS: 'portal' })).toThrow(/CORS_ORIGINS="portal"/);
    expect(() => loadConfig({ JWT_SECRET: 'short-secret' })).toThrow(/JWT_SECRET=\(hidden\) must be at least 32 bytes/);
    expect(() => loadConfig({ REDIS_URL: 'http://secret@cache' })).toThrow(/REDIS_URL=\(hidden\)/);
  });

  it('reads TRUST_PROXY as Express reads trust proxy: a flag, a number of proxies, or their addresses', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback,fd00::1' }).trustProxy).toEqual(['10.0.0.0/8', 'loopback', 'fd00::1']);
    for (const bad of ['yes', '101', '-1', '10.0.0.0/8,', '10.0.0.300', 'proxy.internal']) {
      expect(() => loadConfig({ TRUST_PROXY: bad })).toThrow(`TRUST_PROXY=${JSON.stringify(bad)} must be false, true, the number of proxies`);
    }
  });

  it('reads every variable', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET: 'a-production-secret-of-at-least-32-chars',
      PORT: '8080',
      DATABASE_URL: 'postgres://app@db:5432/alliance',
      DATA_DIR: '/tmp/x',
      DB_POOL_SIZE: '20',
      LOG_LEVEL: 'warn',
      SEED_ON_EMPTY: 'false',
      MAX_QUERY_DEPTH: '12',
      MAX_QUERY_COST: '5000',
      DB_STATEMENT_TIMEOUT_MS: '0',
      SMTP_URL: 'smtps://mailer:secret@mail.example.org:465',
      MAIL_FROM: '스마트시티 융합 얼라이언스 <alliance@example.org>',
      PUBLIC_URL: 'https://portal.example.org',
      REQUEST_TTL_DAYS: '30',
      INVITATION_TTL_DAYS: '7',
      EXPIRY_SWEEP_SECONDS: '0',
    });
    expect(config).toMatchObject({
      requestTtlDays: 30,
      invitationTtlDays: 7,
      expirySweepSeconds: 0,
      smtpUrl: 'smtps://mailer:secret@mail.example.org:465',
      mailFrom: '스마트시티 융합 얼라이언스 <alliance@example.org>',
      publicUrl: 'https://portal.example.org',
      nodeEnv: 'production',
      port: 8080,
      databaseUrl: 'postgres://app@db:5432/alliance',
      dataDir: '/tmp/x',
      poolSize: 20,
      logLevel: 'warn',
      seedOnEmpty: false,
      maxQueryDepth: 12,
      maxQueryCost: 5000,
      statementTimeoutMs: 0,
    });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 4000, databaseUrl: undefined });
  });

  it('reports every bad value at once, one line each, without echoing the database URL', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ PORT: 'eighty', NODE_ENV: 'staging', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://secret@x/y', DB_POOL_SIZE: '0' });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.problems).toEqual(
      expect.arrayContaining([
        'PORT="eighty" must be a number',
        'NODE_ENV="staging" must be development, test or production',
        'LOG_LEVEL="loud" must be one of fatal, error, warn, info, debug, trace, silent',
        'DATABASE_URL=(hidden) must be a postgres:// or postgresql:// URL',
        'DB_POOL_SIZE="0" must be between 1 and 100',
      ]),
    );
    expect(error!.message).not.toContain('secret');
  });

  it('refuses limits out of range', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({
        MAX_QUERY_DEPTH: '0',
        MAX_QUERY_COST: '1.5',
        DB_STATEMENT_TIMEOUT_MS: '-1',
        RESPONSE_CACHE_MB: '5000',
        REQUEST_TTL_DAYS: '0',
        INVITATION_TTL_DAYS: '2.5',
        EXPIRY_SWEEP_SECONDS: '-5',
      });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error!.problems).toEqual([
      'MAX_QUERY_DEPTH="0" must be between 1 and 100',
      'MAX_QUERY_COST="1.5" must be a whole number',
      'DB_STATEMENT_TIMEOUT_MS="-1" must be between 0 (no limit) and 3600000',
      'RESPONSE_CACHE_MB="5000" must be between 0 and 4096',
      'REQUEST_TTL_DAYS="0" must be between 1 and 365',
      'INVITATION_TTL_DAYS="2.5" must be a whole number',
      'EXPIRY_SWEEP_SECONDS="-5" must be between 0 and 86400',
    ]);
  });

  it('refuses a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT="70000" must be between 0 and 65535/);
  });
});
