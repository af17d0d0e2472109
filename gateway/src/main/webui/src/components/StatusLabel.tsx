import { statusLook } from '../followup/status'
import { useI18n } from '../i18n/I18n'

export function StatusLabel({ status }: { status: string | null | undefined }) {
  const { t } = useI18n()
  const look = statusLook(status)
  return (
    <span className={`status status-${look.tone}`} data-status={status ?? 'unknown'}>
      <span aria-hidden="true" className="status-symbol">
        {look.symbol}
      </span>{' '}
      {t(look.label)}
    </span>
  )
}
