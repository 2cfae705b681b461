import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';

export type Lang = 'ko' | 'en';

const STORAGE_KEY = 'console.lang';

/**
 * A screen's words in both languages. Both must have the same keys (the compiler checks), so a
 * screen cannot ship with a phrase in one language only.
 */
export type Dictionary<K extends string> = { ko: Record<K, string>; en: Record<K, string> };

export function defineText<K extends string>(dictionary: Dictionary<K>): Dictionary<K> {
  return dictionary;
}

interface LangState {
  lang: Lang;
  setLang(lang: Lang): void;
}

const LangContext = createContext<LangState | null>(null);

function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'ko';
  } catch {
    return 'ko';
  }
}

/** The language read by every request too (userErrors' messages follow Accept-Language). */
let currentLang: Lang = storedLang();
export const requestLang = (): Lang => currentLang;

/** Korean by default; the choice is kept in localStorage and set on <html lang>. */
export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(currentLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    currentLang = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private windows may refuse storage; the choice then lasts for the page.
    }
    setLangState(next);
  }, []);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangState {
  const state = useContext(LangContext);
  if (!state) throw new Error('useLang outside LangProvider');
  return state;
}

/** The words of a dictionary in the current language. */
export function useText<K extends string>(dictionary: Dictionary<K>): Record<K, string> {
  return dictionary[useLang().lang];
}

/** Picks the Korean or English variant of a record's field pair (titleKo / titleEn, nameKo / nameEn). */
export function useLocalized(): (ko: string, en: string) => string {
  const { lang } = useLang();
  return useCallback((ko: string, en: string) => (lang === 'ko' ? ko : en || ko), [lang]);
}

/** Replaces {name} placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
