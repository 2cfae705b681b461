// Errors made at the edge in place of what failed (a timeout, the database down, our own bug) are
// said in the language the request's error is said in, like every other error.
import { GraphQLError } from 'graphql';
import pino from 'pino';
import { serviceUnavailable, WriteOutcome } from '../../src/graphql/errors';
import { createFormatError } from '../../src/graphql/format-error';
import { Language, speak } from '../../src/graphql/language';

const format = createFormatError(pino({ level: 'silent' }));
const pgError = (code: string) => Object.assign(new Error(`driver says ${code}`), { code });

/** What a resolver's failure looks like to formatError, said in `lang` as the language plugin does. */
function formatted(cause: Error, lang?: Language) {
  if (lang) speak(cause, lang);
  const located = new GraphQLError(cause.message, { path: ['organizations'], originalError: cause });
  return format({ ...located.toJSON(), extensions: (cause as GraphQLError).extensions ?? {} }, located);
}

describe('formatError in the request language', () => {
  it('masks our own failure in either language', () => {
    expect(formatted(new TypeError('x is undefined'), Language.KO).message).toBe('서버 내부 오류가 발생했습니다.');
    expect(formatted(new TypeError('x is undefined')).message).toBe('Internal server error');
  });

  it('says a statement timeout in Korean', () => {
    const answer = formatted(pgError('57014'), Language.KO);
    expect(answer.extensions?.code).toBe('TIMEOUT');
    expect(answer.message).toMatch(/^데이터베이스 처리가 너무 오래 걸려/);
  });

  it('says the database is down in Korean, with the same extensions', () => {
    const answer = formatted(pgError('57P01'), Language.KO);
    expect(answer.message).toBe('지금은 데이터베이스를 사용할 수 없습니다. 2초 후에 다시 시도하십시오.');
    expect(answer.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 2 });
    expect(formatted(pgError('57P01')).message).toBe('The database is unavailable at the moment; try again in 2 s.');
  });

  it('says what a failed mutation wrote in Korean', () => {
    const answer = formatted(serviceUnavailable(WriteOutcome.NOT_WRITTEN), Language.KO);
    expect(answer.message).toBe('지금은 데이터베이스를 사용할 수 없습니다. 아무것도 기록되지 않았습니다. 2초 후에 다시 시도하십시오.');
    expect(answer.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', writeOutcome: 'NOT_WRITTEN' });
  });
});
