import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { ApiError, client, done, ok, type Schemas, setCsrfToken } from './api/client';

type SessionInfo = Schemas['Session'];

interface SessionState {
  session: SessionInfo | null;
  loading: boolean;
  refresh: () => Promise<void>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

/** Loads the signed-in actor, its CSRF token and global abilities once; pages render from these. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionInfo | null>(null);
  const [loading, setLoading] = useState(true);
  const refresh = useCallback(async () => {
    try {
      const info = await ok(client.GET('/api/v1/session'));
      setCsrfToken(info.csrfToken);
      setSession(info);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) {
        throw error;
      }
      setSession(null);
    } finally {
      setLoading(false);
    }
  }, []);
  const signOut = useCallback(async () => {
    await done(client.DELETE('/api/v1/session'));
    setSession(null);
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return (
    <SessionContext.Provider value={{ session, loading, refresh, signOut }}>
      {children}
    </SessionContext.Provider>
  );
}

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) {
    throw new Error('useSession outside SessionProvider');
  }
  return value;
}
