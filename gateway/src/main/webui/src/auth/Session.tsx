import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'
import { ApiError, get } from '../api/http'
import type { Me } from '../api/types'

type Session = { me: Me | null; loading: boolean }
const SessionContext = createContext<Session>({ me: null, loading: false })

/** Asks the gateway who is signed in; 401 means nobody (the public pages work without a session). */
export function SessionProvider({ children, me: fixed }: { children: ReactNode; me?: Me | null }) {
  const [session, setSession] = useState<Session>(fixed !== undefined ? { me: fixed, loading: false } : { me: null, loading: true })
  useEffect(() => {
    if (fixed !== undefined) return
    let live = true
    get<Me>('/api/me')
      .then((me) => live && setSession({ me, loading: false }))
      .catch((e) => {
        if (!(e instanceof ApiError && e.status === 401)) console.warn('could not read the session', e)
        if (live) setSession({ me: null, loading: false })
      })
    return () => {
      live = false
    }
  }, [fixed])
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
}

export const useSession = () => useContext(SessionContext)

/** The sign-in address that brings the browser back to where it is now. */
export function loginHref(path: string): string {
  return `/login?redirect=${encodeURIComponent(path.startsWith('/') ? path : '/')}`
}
