import { type RefObject, useEffect, useRef } from 'react';
import { useSession } from '../../app/session';
import type { Language } from '../../gql/graphql';
import { useLang } from '../../i18n/i18n';

/** The signed-in member's organisation id; null for an account without one. */
export function useMyOrganizationId(): string | null {
  return useSession().session?.account.organization?.id ?? null;
}

/** The console's language as the API's `lang` argument (reasons and summaries come worded in it). */
export function useApiLang(): Language {
  return useLang().lang === 'ko' ? 'KO' : 'EN';
}

/** A share 0–1 as a whole percentage. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A date and time in the console's language. */
export function useDateTime(): (iso: string) => string {
  const { lang } = useLang();
  return (iso: string) => new Date(iso).toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * Keyboard users keep their place when the control they used goes away (a request answered, an
 * editor closed, a form reloaded): the element with this ref takes the focus when `key` changes
 * after the first render. The element needs tabIndex={-1} unless it is focusable already.
 */
export function useFocusOnChange<T extends HTMLElement>(key: unknown): RefObject<T> {
  const ref = useRef<T>(null);
  const first = useRef(key);
  useEffect(() => {
    if (Object.is(first.current, key)) return;
    first.current = key;
    ref.current?.focus();
  }, [key]);
  return ref;
}
