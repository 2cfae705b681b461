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
