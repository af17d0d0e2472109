import type { Sdg } from '../api/types'
import { useI18n } from '../i18n/I18n'

/** An Agenda 2030 goal: its number on the goal's own colour (contrast-checked) and its name for assistive tech. */
export function SdgBadge({ sdg, link = false }: { sdg: Sdg; link?: boolean }) {
  const { t, lang } = useI18n()
  const name = lang === 'sv' ? sdg.name : sdg.nameEn || sdg.name
  const label = t('sdg.label', { number: sdg.number, name })
  const badge = (
    <span className={`sdg sdg-${sdg.number}`} title={label}>
      <span aria-hidden="true">{sdg.number}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  )
  if (!link) return badge
  // the UN's own page on the goal, in English (the only language it has)
  return (
    <a className="sdg-link" href={`https://sdgs.un.org/goals/goal${sdg.number}`} hrefLang="en" rel="noopener noreferrer">
      {badge} <span>{name}</span>
    </a>
  )
}
