import 'reflect-metadata';
import { Max, MaxLength, validate } from 'class-validator';
import { GraphQLError } from 'graphql';
import {
  Language,
  languageFromHeader,
  languageOf,
  objectParticle,
  speak,
  spokenMessage,
  subjectParticle,
  topicParticle,
  worded,
  wording,
} from '../../src/graphql/language';
import { forbidden, unauthenticated } from '../../src/graphql/errors';
import { badUserInput, conflict, notFound, userError } from '../../src/graphql/user-error';
import { validationProblems } from '../../src/graphql/validation-messages';

describe('the request language from Accept-Language', () => {
  it.each([
    [undefined, 'EN'],
    ['', 'EN'],
    ['ko', 'KO'],
    ['ko-KR', 'KO'],
    ['ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7', 'KO'],
    ['en-US,en;q=0.9,ko;q=0.8', 'EN'],
    ['en;q=0.5, ko;q=0.8', 'KO'],
    ['ja, ko;q=0.5', 'KO'],
    ['ja, de', 'EN'],
    ['ko;q=0, en', 'EN'],
    ['KO', 'KO'],
    ['*', 'EN'],
  ])('%s → %s', (header, lang) => {
    expect(languageFromHeader(header)).toBe(lang);
  });
});

describe('Korean particles', () => {
  it('follow the last syllable, and hedge after a non-Hangul word', () => {
    expect(['빈손랩', '물샘', 'Lab'].map((w) => `${w}${topicParticle(w)}`)).toEqual(['빈손랩은', '물샘은', 'Lab은(는)']);
    expect(['역할', '분야'].map((w) => `${w}${objectParticle(w)}`)).toEqual(['역할을', '분야를']);
    expect(['사업', '컨소시엄', '기관', '계정', '파트너십 요청'].map((w) => `${w}${subjectParticle(w)}`)).toEqual([
      '사업이',
      '컨소시엄이',
      '기관이',
      '계정이',
      '파트너십 요청이',
    ]);
  });
});

describe('worded errors', () => {
  it('are said in English until a language is settled, and the first settled language stays', () => {
    const error = badUserInput({ en: 'Too many.', ko: '너무 많습니다.' }, 'first');
    expect(error.message).toBe('Too many.');
    expect(spokenMessage(error)).toBe('Too many.');
    speak(error, Language.KO);
    speak(error, Language.EN);
    expect(languageOf(error)).toBe(Language.KO);
    expect(spokenMessage(error)).toBe('너무 많습니다.');
    expect(error.toUserError(Language.KO)).toMatchObject({ message: '너무 많습니다.', field: ['first'] });
    expect(error.toUserError()).toMatchObject({ message: 'Too many.' });
  });

  it('a text already in the request language is said as it is; an error without wordings keeps its own', () => {
    const plain = badUserInput(wording('Already in the request language.'));
    speak(plain, Language.KO);
    expect(spokenMessage(plain)).toBe('Already in the request language.');
    expect(spokenMessage(new GraphQLError('raw'))).toBeUndefined();
    const forbidden = worded(new GraphQLError('No.'), { en: 'No.', ko: '안 됩니다.' });
    speak(forbidden, Language.KO);
    expect(spokenMessage(forbidden)).toBe('안 됩니다.');
  });
});

describe('error messages are worded in both languages', () => {
  it('the error helpers refuse a bare string (the compiler checks it: a message without its Korean does not build)', () => {
    // Never run: the @ts-expect-error lines fail the type check (tsc, ts-jest) once a bare string is accepted again.
    const bare = () => [
      // @ts-expect-error a message needs { en, ko }
      userError('SLUG_TAKEN', 'Taken.'),
      // @ts-expect-error a message needs { en, ko }
      badUserInput('Bad.'),
      // @ts-expect-error a message needs { en, ko }
      notFound('Gone.'),
      // @ts-expect-error a message needs { en, ko }
      conflict('Stale.'),
      // @ts-expect-error a message needs { en, ko }
      forbidden('No.'),
      // @ts-expect-error a message needs { en, ko }
      unauthenticated('Sign in.'),
    ];
    expect(bare).toBeInstanceOf(Function);
  });

  it('forbidden() and unauthenticated() without a message have both wordings', () => {
    for (const error of [forbidden(), unauthenticated()]) {
      const english = error.message;
      speak(error, Language.KO);
      expect(spokenMessage(error)).not.toBe(english);
      expect(spokenMessage(error)).toMatch(/[가-힣]/);
    }
  });
});

describe('class-validator messages', () => {
  class Input {
    @Max(10)
    k = 11;

    @MaxLength(3)
    name = 'long';
  }

  it('in Korean name the bound from the rule; in English they are class-validator’s, qualified on request', async () => {
    const errors = await validate(new Input());
    expect(validationProblems(errors, ['options'], Language.KO)).toEqual([
      { path: ['options', 'k'], message: 'k 값은 10 이하여야 합니다.' },
      { path: ['options', 'name'], message: 'name 값은 3자 이하여야 합니다.' },
    ]);
    expect(validationProblems(errors, ['options'], Language.EN, true).map((p) => p.message)).toEqual([
      'options.k must not be greater than 10',
      'options.name must be shorter than or equal to 3 characters',
    ]);
    expect(validationProblems(errors, ['options'], Language.KO, true)[0].message).toBe('options.k 값은 10 이하여야 합니다.');
  });
});
