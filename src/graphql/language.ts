// The language of what the API says to people (docs/api.md, "Languages"). Texts that depend on
// the data (reasons, infeasibleReason, explanations) follow a field's `lang` argument; error
// messages are worded in both languages where they are thrown and said, at the edge, in the
// language of the request: the field's `lang` argument where it has one, else the request's
// Accept-Language header (Korean when it prefers `ko`, English otherwise).
import type { ApolloServerPlugin } from '@apollo/server';
import type { MiddlewareFn } from 'type-graphql';
import { describedEnum, type EnumValue } from './enum';

export const Language = describedEnum('Language', 'Language of readable texts.', {
  KO: 'Korean.',
  EN: 'English.',
});
export type Language = EnumValue<typeof Language>;

/** One message in both languages: `{ en: 'This slot is assigned twice.', ko: '이 역할이 두 번 배정되었습니다.' }`. */
export interface Wording {
  en: string;
  ko: string;
}

/**
 * A text to say: both wordings, or one text for both languages. Errors take a Wording (the helpers
 * refuse a bare string); `wording(text)` is for a text already in the request's language.
 */
export type Message = string | Wording;

export const wording = (message: Message): Wording => (typeof message === 'string' ? { en: message, ko: message } : message);

/** The message in `lang`. */
export const say = (lang: Language, message: Message): string => {
  const { en, ko } = wording(message);
  return lang === Language.KO ? ko : en;
};

/**
 * The request's language from its Accept-Language header: the language ranges in order of
 * preference (q), the first that is Korean or English wins; English when neither is asked for.
 */
export function languageFromHeader(header: string | null | undefined): Language {
  if (!header) return Language.EN;
  const ranges = header
    .split(',')
    .map((part, position) => {
      const [range, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p)).find(Boolean);
      return { primary: range.trim().toLowerCase().split('-')[0], q: q ? Number(q[1]) : 1, position };
    })
    .filter((r) => r.q > 0 && (r.primary === 'ko' || r.primary === 'en'))
    .sort((a, b) => b.q - a.q || a.position - b.position);
  return ranges[0]?.primary === 'ko' ? Language.KO : Language.EN;
}

const wordings = new WeakMap<object, Wording>();
const languages = new WeakMap<object, Language>();

/** Gives an error both wordings (UserFacingError does it itself; forbidden() and other GraphQL errors through this). */
export function worded<E extends object>(error: E, message: Wording): E {
  wordings.set(error, message);
  return error;
}

/** The error's message in its language, or undefined for an error without wordings (it keeps its own message). */
export function spokenMessage(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const words = wordings.get(error);
  return words && say(languageOf(error), words);
}

/** Settles the language an error is said in, unless it was settled already (by a field's `lang` argument). */
export function speak(error: unknown, lang: Language): void {
  if (typeof error === 'object' && error !== null && !languages.has(error)) languages.set(error, lang);
}

/** The language an error is said in: English until settled. */
export function languageOf(error: object): Language {
  return languages.get(error) ?? Language.EN;
}

/** The error a resolver threw, inside graphql-js's located error. */
const original = (error: unknown): unknown => (error as { originalError?: unknown })?.originalError ?? error;

/**
 * For fields with a `lang` argument (the matching queries): their errors, argument validation
 * included (type-graphql validates inside the middleware chain), are said in that language.
 */
export const LangArgument: MiddlewareFn = async ({ args }, next) => {
  try {
    return await next();
  } catch (error) {
    const lang = (args as { lang?: unknown }).lang;
    if (lang === Language.KO || lang === Language.EN) speak(original(error), lang);
    throw error;
  }
};

/** Settles the language of each error (the one its resolver threw) not settled already. */
export function speakAll(errors: readonly unknown[], lang: Language): void {
  for (const error of errors) speak(original(error), lang);
}

/** Every other error of a request is said in the request's language (its Accept-Language); formatError words it. */
export function languagePlugin<Context extends { lang: Language }>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors }) {
          speakAll(errors, contextValue.lang);
        },
      };
    },
  };
}

/** Whether a Korean word ends in a final consonant (받침); null when its last letter is not Hangul. */
function endsInConsonant(word: string): boolean | null {
  const code = word.charCodeAt(word.length - 1);
  if (code < 0xac00 || code > 0xd7a3) return null;
  return (code - 0xac00) % 28 !== 0;
}
const particle = (word: string, after: [consonant: string, vowel: string, unknown: string]) => {
  const ends = endsInConsonant(word);
  return ends === null ? after[2] : ends ? after[0] : after[1];
};
/** The Korean object particle after a word (역할을, 분야를; 을(를) after a non-Hangul name). */
export const objectParticle = (word: string) => particle(word, ['을', '를', '을(를)']);
/** The Korean topic particle after a word (역할은, 분야는). */
export const topicParticle = (word: string) => particle(word, ['은', '는', '은(는)']);
/** The Korean subject particle after a word (사업이, 컨소시엄이). */
export const subjectParticle = (word: string) => particle(word, ['이', '가', '이(가)']);
