import type { CombinedError } from '@urql/core';
import type { ReactNode } from 'react';
import { common } from '../i18n/common';
import { useText } from '../i18n/i18n';

/** A polite, announced loading line. */
export function Loading({ label }: { label?: string }) {
  const t = useText(common);
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t.loading}
    </p>
  );
}

/** Nothing to show, said plainly, with what to do next when there is something. */
export function Empty({ children, action }: { children?: ReactNode; action?: ReactNode }) {
  const t = useText(common);
  return (
    <div className="state state-empty">
      <p>{children ?? t.empty}</p>
      {action}
    </div>
  );
}

/** What the server's GraphQL error codes mean to a person; anything else shows the server's message. */
function describe(error: CombinedError, t: Record<keyof (typeof common)['ko'], string>): string {
  if (error.networkError) return t.networkError;
  const code = error.graphQLErrors[0]?.extensions?.code;
  if (code === 'UNAUTHENTICATED') return t.unauthenticated;
  if (code === 'FORBIDDEN') return t.forbidden;
  if (code === 'NOT_FOUND') return t.notFound;
  return error.graphQLErrors.map((e) => e.message).join(' ') || error.message;
}

/** An error announced at once, with a retry when the caller can retry. */
export function ErrorState({ error, onRetry }: { error: CombinedError | string; onRetry?: () => void }) {
  const t = useText(common);
  return (
    <div className="state state-error" role="alert">
      <p className="state-error-title">{t.errorTitle}</p>
      <p>{typeof error === 'string' ? error : describe(error, t)}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t.retry}
        </button>
      )}
    </div>
  );
}

/**
 * The three states of a query in one place: loading until the first answer, the error (with a
 * retry) when there is no data, else the content.
 */
export function QueryState<T>({
  result,
  retry,
  children,
}: {
  result: { data?: T; fetching: boolean; error?: CombinedError };
  retry?: () => void;
  children: (data: T) => ReactNode;
}) {
  if (result.data) return <>{children(result.data)}</>;
  if (result.error) return <ErrorState error={result.error} onRetry={retry} />;
  return <Loading />;
}
