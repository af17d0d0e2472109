import { useEffect, useRef, type ReactNode } from 'react'
import { ApiError } from '../api/http'
import { useI18n } from '../i18n/I18n'
import { loginHref } from '../auth/Session'

export function Loading() {
  const { t } = useI18n()
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  )
}

/** An error as a sentence; 401 offers the sign-in, 403 says the role is not enough. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n()
  if (error instanceof ApiError && error.status === 401) {
    return (
      <div className="notice" role="alert">
        <p>{t('auth.required')}</p>
        <a className="button" href={loginHref(location.pathname + location.search)}>
          {t('auth.login')}
        </a>
      </div>
    )
  }
  const text = error instanceof ApiError && error.status === 403 ? t('auth.forbidden') : error instanceof Error ? error.message : String(error)
  return (
    <div className="notice notice-error" role="alert">
      <p>
        <strong>{t('app.error')}:</strong> {text}
      </p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  )
}

/** A polite announcement of something that just succeeded; `focus` moves keyboard focus to it (when the control
 * that was used has gone, e.g. after submitting a proposal). */
export function Success({ children, focus = false }: { children: ReactNode; focus?: boolean }) {
  const ref = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (focus) ref.current?.focus()
  }, [focus])
  return (
    <p ref={ref} tabIndex={focus ? -1 : undefined} className="notice notice-success" role="status">
      {children}
    </p>
  )
}

/** Sets the document title and, on a page change, moves focus to the page's heading for screen reader users. */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null)
  const { t } = useI18n()
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`
  }, [title, t])
  useEffect(() => {
    // after a navigation inside the app (React Router counts history entries in state.idx), not on a page load
    const idx = (window.history.state as { idx?: number } | null)?.idx
    if (idx !== undefined && idx > 0) ref.current?.focus()
  }, [])
  return (
    <h1 ref={ref} tabIndex={-1} id="page-title">
      {children}
    </h1>
  )
}

/** For a page that needs a session: says so and offers the sign-in that comes back here. */
export function LoginRequired() {
  const { t } = useI18n()
  return (
    <div className="notice">
      <p>{t('auth.required')}</p>
      <a className="button" href={loginHref(location.pathname + location.search)}>
        {t('auth.login')}
      </a>
    </div>
  )
}
