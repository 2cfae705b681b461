import { type ReactNode, useEffect, useRef } from 'react';
import { Link, useRouter } from '../app/router';
import { useSession } from '../app/session';
import { common } from '../i18n/common';
import { type Dictionary, format, useLang, useText } from '../i18n/i18n';

export interface NavItem {
  to: string;
  label: Dictionary<'label'>;
  /** Shown only when this returns true for the signed-in role (null when signed out). */
  shown(role: string | null): boolean;
}

/**
 * The frame of every screen: a skip link, the header (name, menu, language, account) and the
 * main region. Focus moves to the main region after each navigation, so keyboard and
 * screen-reader users start reading the new screen, not the header again.
 */
export function Layout({ nav, onSignOut, children }: { nav: readonly NavItem[]; onSignOut(): void; children: ReactNode }) {
  const t = useText(common);
  const { lang, setLang } = useLang();
  const { session } = useSession();
  const { path } = useRouter();
  const main = useRef<HTMLElement>(null);
  const shownPath = useRef(path);
  useEffect(() => {
    if (shownPath.current === path) return;
    shownPath.current = path;
    main.current?.focus();
  }, [path]);
  const role = session?.account.role ?? null;
  const items = nav.filter((item) => item.shown(role));
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          {t.appName}
        </Link>
        <nav aria-label={t.mainNav} className="main-nav">
          <ul>
            {items.map((item) => {
              const current = item.to === '/' ? path === '/' : path === item.to || path.startsWith(`${item.to}/`);
              return (
                <li key={item.to}>
                  <Link to={item.to} aria-current={current ? 'page' : undefined}>
                    {item.label[lang].label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="header-tools">
          <button
            type="button"
            className="button button-quiet"
            lang={t.switchToOtherLang}
            aria-label={`${t.language}: ${t.switchToOther}`}
            onClick={() => setLang(lang === 'ko' ? 'en' : 'ko')}
          >
            {t.switchToOther}
          </button>
          {session ? (
            <>
              <span className="account" title={format(t.signedInAs, { email: session.account.email, role: t[`role${session.account.role}`] })}>
                {session.account.email}
              </span>
              <button type="button" className="button button-quiet" onClick={onSignOut}>
                {t.signOut}
              </button>
            </>
          ) : (
            <Link to="/sign-in" className="button">
              {t.signIn}
            </Link>
          )}
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
