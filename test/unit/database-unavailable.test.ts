import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable, neverReachedDatabase } from '../../src/db/database-unavailable';
import { ErrorCode, mappingDatabaseUnavailable, RETRY_AFTER_SECONDS, serviceUnavailable, WriteOutcome } from '../../src/graphql/errors';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });
/** How TypeORM wraps a driver error. */
const queryFailed = (driverError: Error) => Object.assign(new Error(driverError.message), { name: 'QueryFailedError', driverError });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['connection refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['refused on every address (AggregateError)', new AggregateError([Object.assign(new Error('refused'), { code: 'ECONNREFUSED' })], 'all failed')],
    ['admin shutdown 57P01', queryFailed(pgError('57P01', 'terminating connection due to administrator command'))],
    ['crash shutdown 57P02', queryFailed(pgError('57P02'))],
    ['starting up 57P03', pgError('57P03', 'the database system is starting up')],
    ['too many connections 53300', pgError('53300')],
    ['connection exception class 08', pgError('08006')],
    ['terminated connection', queryFailed(new Error('Connection terminated unexpectedly'))],
    ['pool connect timeout', new Error('timeout exceeded when trying to connect')],
    ['connect timeout (pg-pool, with cause)', new Error('Connection terminated due to connection timeout', { cause: new Error('x') })],
    [
      'released query runner (TypeORM, after its connection failed)',
      Object.assign(new Error('Query runner already released.'), { name: 'QueryRunnerAlreadyReleasedError' }),
    ],
    ['wrapped by GraphQL', new GraphQLError('x', { originalError: pgError('57P01') })],
  ])('%s: yes', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', queryFailed(pgError('23505'))],
    ['a statement timeout', queryFailed(pgError('57014'))],
    ['a syntax error', queryFailed(pgError('42601'))],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['nothing', undefined],
  ])('%s: no', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('knows which failures never reached the server (so a COMMIT that failed so did not commit)', () => {
    expect(neverReachedDatabase(pgError('ECONNREFUSED'))).toBe(true);
    expect(neverReachedDatabase(new Error('Client has encountered a connection error and is not queryable'))).toBe(true);
    expect(neverReachedDatabase(queryFailed(new Error('Connection terminated unexpectedly')))).toBe(false);
    expect(neverReachedDatabase(queryFailed(pgError('57P01')))).toBe(false);
  });
});

describe('serviceUnavailable', () => {
  it('is a 503 with Retry-After that says what was written', () => {
    const error = serviceUnavailable(WriteOutcome.NOT_WRITTEN);
    expect(error.extensions).toMatchObject({ code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds: RETRY_AFTER_SECONDS, writeOutcome: 'NOT_WRITTEN' });
    expect(error.extensions.http).toEqual({ status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) });
    expect(error.message).toMatch(/nothing was written/);
    expect(serviceUnavailable(WriteOutcome.UNKNOWN, { idempotencyKey: true }).message).toMatch(/same clientMutationId/);
    expect(serviceUnavailable().message).not.toMatch(/written/);
  });

  it('is what the request context answers when it cannot read the database; other errors pass unchanged', async () => {
    const down = mappingDatabaseUnavailable(async () => {
      throw pgError('ECONNREFUSED', 'connect ECONNREFUSED');
    });
    await expect(down()).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } } });
    const bug = new Error('bug');
    await expect(
      mappingDatabaseUnavailable(async () => {
        throw bug;
      })(),
    ).rejects.toBe(bug);
    await expect(mappingDatabaseUnavailable(async (x: number) => x + 1)(1)).resolves.toBe(2);
  });
});
