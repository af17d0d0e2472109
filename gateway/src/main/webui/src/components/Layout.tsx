import type { ReactNode } from 'react'
import { NavLink, useLocation } from 'react-router'
import { useI18n } from '../i18n/I18n'
import { loginHref, useSession } from '../auth/Session'
import { isAdmin } from '../auth/roles'
import type { MessageKey } from '../i18n/sv'

type NavItem = { to: string; label: MessageKey; signedIn?: boolean; admin?: boolean }
const NAV: NavItem[] = [
  { to: '/plan', label: 'nav.plan' },
  { to: '/proposals', label: 'nav.proposals' },
  { to: '/follow-up', label: 'nav.followUp', signedIn: true },
  { to: '/indicators', label: 'nav.indicators', signedIn: true },
  { to: '/data', label: 'nav.openData' },
  { to: '/accessibility', label: 'nav.accessibility' },
  { to: '/admin/users', label: 'nav.admin', admin: true },
]

export function Layout({ children }: { children: ReactNode }) {
  const { t, lang, setLang } = useI18n()
  const { me, loading } = useSession()
  const location = useLocation()
  const here = location.pathname + location.search
  const other = lang === 'sv' ? 'en' : 'sv'
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <div className="header-top">
          <a className="brand" href="/plan">
            {t('app.name')}
          </a>
          <div className="header-tools">
            <button type="button" className="link-button" lang={other} onClick={() => setLang(other)}>
              {t('lang.switchTo')}
            </button>
            {loading ? null : me ? (
              <>
                <span className="who" data-testid="signed-in-user">
                  {t('auth.signedInAs', { name: me.name || me.username })}
                  <span className="who-roles">
                    {' '}
                    ({me.roles.filter((r) => r !== 'viewer' || me.roles.length === 1).map((r) => t(`role.${r}` as MessageKey)).join(', ')})
                  </span>
                </span>
                <a className="button button-secondary" href="/logout">
                  {t('auth.logout')}
                </a>
              </>
            ) : (
              <a className="button" href={loginHref(here)}>
                {t('auth.login')}
              </a>
            )}
          </div>
        </div>
        <nav aria-label={t('nav.label')}>
          <ul className="nav">
            {NAV.filter((n) => (!n.signedIn || me) && (!n.admin || isAdmin(me))).map((n) => (
              <li key={n.to}>
                <NavLink to={n.to}>{t(n.label)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
        <p>
          <NavLink to="/accessibility">{t('a11y.title')}</NavLink> · <NavLink to="/data">{t('nav.openData')}</NavLink>
        </p>
      </footer>
    </>
  )
}
