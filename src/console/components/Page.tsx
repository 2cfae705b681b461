import { type ReactNode, useEffect } from 'react';
import { common } from '../i18n/common';
import { useText } from '../i18n/i18n';

/** A screen's heading, also the document title (what a screen reader announces on navigation). */
export function Page({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  const t = useText(common);
  useEffect(() => {
    document.title = `${title} · ${t.appName}`;
  }, [title, t.appName]);
  return (
    <>
      <div className="page-head">
        <h1>{title}</h1>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {children}
    </>
  );
}
