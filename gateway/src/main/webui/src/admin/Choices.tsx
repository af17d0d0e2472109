import type { ReactNode } from 'react'

/** A group of checkboxes with a legend: roles, departments or party groups. */
export function Choices(props: {
  idPrefix: string
  legend: ReactNode
  options: { code: string; name: string }[]
  chosen: string[]
  onChange: (chosen: string[]) => void
  error?: string
}) {
  const { idPrefix, legend, options, chosen, onChange, error } = props
  const errorId = `${idPrefix}-error`
  const toggle = (code: string, on: boolean) => onChange(on ? [...chosen, code] : chosen.filter((c) => c !== code))
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      <div className="radio-list">
        {options.map((o) => (
          <div key={o.code}>
            <input type="checkbox" id={`${idPrefix}-${o.code}`} checked={chosen.includes(o.code)} onChange={(e) => toggle(o.code, e.target.checked)} />
            <label htmlFor={`${idPrefix}-${o.code}`}>{o.name}</label>
          </div>
        ))}
      </div>
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  )
}
