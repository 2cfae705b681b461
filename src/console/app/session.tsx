import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

/** Who is signed in, as signIn answered; kept in sessionStorage, so it ends with the tab. */
export interface Session {
  token: string;
  expiresAt: string | null;
  account: {
    id: string;
    email: string;
    role: 'MEMBER' | 'PLANNER' | 'ADMIN';
    organization: { id: string; nameKo: string; nameEn: string } | null;
  };
}

const STORAGE_KEY = 'console.session';

function storedSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    if (session.expiresAt && Date.parse(session.expiresAt) <= Date.now()) return null;
    return session;
  } catch {
    return null;
  }
}

interface SessionState {
  session: Session | null;
  signedIn(session: Session): void;
  signedOut(): void;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(storedSession);
  const signedIn = useCallback((next: Session) => {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    setSession(next);
  }, []);
  const signedOut = useCallback(() => {
    sessionStorage.removeItem(STORAGE_KEY);
    setSession(null);
  }, []);
  const value = useMemo(() => ({ session, signedIn, signedOut }), [session, signedIn, signedOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}
