import { getMetadataStorage, type ValidationError } from 'class-validator';
import { Language } from './language';

/** One failed class-validator rule: the input path at fault and what is wrong, in the request's language. */
export interface ValidationProblem {
  path: string[];
  message: string;
}

/**
 * Korean for class-validator's rules, by constraint name; `n` is the rule's first argument (the
 * bound of Min, Max, MaxLength, …). A rule missing here keeps class-validator's English message.
 */
const KOREAN: Record<string, (name: string, n: unknown) => string> = {
  min: (name, n) => `${name} 값은 ${n} 이상이어야 합니다.`,
  max: (name, n) => `${name} 값은 ${n} 이하여야 합니다.`,
  isPositive: (name) => `${name} 값은 0보다 커야 합니다.`,
  isInt: (name) => `${name} 값은 정수여야 합니다.`,
  isBoolean: (name) => `${name} 값은 true나 false여야 합니다.`,
  isString: (name) => `${name} 값은 문자열이어야 합니다.`,
  isNotEmpty: (name) => `${name} 값을 비워 둘 수 없습니다.`,
  maxLength: (name, n) => `${name} 값은 ${n}자 이하여야 합니다.`,
  minLength: (name, n) => `${name} 값은 ${n}자 이상이어야 합니다.`,
  isArray: (name) => `${name} 값은 목록이어야 합니다.`,
  arrayMaxSize: (name, n) => `${name}에는 ${n}개까지만 넣을 수 있습니다.`,
  arrayMinSize: (name, n) => `${name}에는 ${n}개 이상 넣어야 합니다.`,
  isEnum: (name) => `${name} 값은 허용된 값 가운데 하나여야 합니다.`,
  isIn: (name) => `${name} 값은 허용된 값 가운데 하나여야 합니다.`,
  isEmail: (name) => `${name} 값은 올바른 이메일 주소여야 합니다.`,
  isUrl: (name) => `${name} 값은 올바른 URL이어야 합니다.`,
  matches: (name) => `${name} 값의 형식이 맞지 않습니다.`,
  nestedValidation: (name) => `${name} 값은 객체나 목록이어야 합니다.`,
};

/** The first argument of the rule `constraint` on `property` of the validated object's class (e.g. 100 for `@Max(100)`). */
function ruleArgument(target: object | undefined, property: string, constraint: string): unknown {
  if (!target) return undefined;
  const rules = getMetadataStorage().getTargetValidationMetadatas(target.constructor, '', true, false);
  return rules.find((rule) => rule.propertyName === property && rule.name === constraint)?.constraints?.[0];
}

/**
 * class-validator's errors as a flat list, nested inputs included. `qualified`: messages name the
 * whole path (`options.k must not be …`, for query arguments) rather than the bare property.
 */
export function validationProblems(errors: readonly ValidationError[], prefix: string[], lang: Language, qualified = false): ValidationProblem[] {
  return errors.flatMap((e) => {
    const path = [...prefix, e.property];
    const name = qualified ? path.join('.') : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([constraint, english]) => {
      const korean = KOREAN[constraint];
      if (lang === Language.KO && korean) return { path, message: korean(name, ruleArgument(e.target, e.property, constraint)) };
      // class-validator names the bare property; a qualified message names the whole path, e.g. filter.minLevel.
      return { path, message: qualified && english.startsWith(`${e.property} `) ? `${name}${english.slice(e.property.length)}` : english };
    });
    return [...own, ...validationProblems(e.children ?? [], path, lang, qualified)];
  });
}
