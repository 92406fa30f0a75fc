/** The planner's questions: time, group, themes, stigma types, group size, co-facilitator, date. */
import { useEffect, useId, useState, type ReactNode } from 'react'
import type { Audience, StigmaType } from '@toolkit/schemas'
import { isShort, MAX_GROUP, MIN_GROUP, TIME_STEPS } from '../../lib/planner/rules.ts'
import type { PlanInput, PlannerCatalog } from '../../lib/planner/types.ts'

function timeLabel(minutes: number): string {
  if (minutes < 60) return `${minutes} minuten${isShort(minutes) ? ' (kort: één onderdeel)' : ''}`
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  const inHours = rest === 0 ? `${hours} uur` : `${hours} uur ${rest} min`
  return `${minutes} minuten (${inHours})`
}

export function PlannerForm({ input, catalog, today, onChange }: {
  input: PlanInput
  catalog: PlannerCatalog
  /** `YYYY-MM-DD` in the facilitator's time zone, for the warning on a past date. */
  today: string
  onChange: (change: Partial<PlanInput>, regenerate?: boolean) => void
}) {
  const id = useId()
  // An edited plan may have grown to a time between the steps; the list shows it so the select tells the truth.
  const times = TIME_STEPS.includes(input.minutes) ? TIME_STEPS : [...TIME_STEPS, input.minutes].sort((a, b) => a - b)
  const past = Boolean(input.date && input.date < today)
  const [size, setSize] = useState(String(input.groupSize))
  useEffect(() => setSize(String(input.groupSize)), [input.groupSize])
  const toggle = <T extends string>(list: T[], value: T) => (list.includes(value) ? list.filter((entry) => entry !== value) : [...list, value])
  const applySize = () => {
    const value = Number(size)
    if (Number.isInteger(value) && value >= MIN_GROUP && value <= MAX_GROUP) {
      if (value !== input.groupSize) onChange({ groupSize: value })
    } else setSize(String(input.groupSize))
  }
  return (
    <form className="planner-form no-print" aria-labelledby={`${id}-title`} onSubmit={(event) => event.preventDefault()}>
      <h2 id={`${id}-title`}>Wat wil je plannen?</h2>
      <div className="planner-fields">
        <p>
          <label htmlFor="planner-time">Beschikbare tijd</label>
          <select id="planner-time" value={input.minutes} onChange={(event) => onChange({ minutes: Number(event.target.value) })}>
            {times.map((minutes) => <option key={minutes} value={minutes}>{timeLabel(minutes)}</option>)}
          </select>
        </p>
        <p>
          <label htmlFor="planner-group">Groep</label>
          <select id="planner-group" value={input.audience} onChange={(event) => onChange({ audience: event.target.value as Audience })}>
            {catalog.labels.audiences.map((entry) => <option key={entry.value} value={entry.value}>{entry.label}</option>)}
          </select>
        </p>
        <p>
          <label htmlFor="planner-size">Aantal deelnemers</label>
          <input id="planner-size" type="number" inputMode="numeric" min={MIN_GROUP} max={MAX_GROUP} value={size}
            onChange={(event) => setSize(event.target.value)} onBlur={applySize}
            onKeyDown={(event) => { if (event.key === 'Enter') { event.preventDefault(); applySize() } }} />
        </p>
        <p>
          <label htmlFor="planner-date">Datum (optioneel)</label>
          <input id="planner-date" type="date" value={input.date ?? ''} aria-describedby={past ? 'planner-date-warning' : undefined}
            onChange={(event) => onChange({ date: event.target.value || undefined }, false)} />
          {past && <span id="planner-date-warning" className="field-warning">Let op: deze datum ligt in het verleden.</span>}
        </p>
        <p>
          <label htmlFor="planner-start">Begintijd (optioneel)</label>
          <input id="planner-start" type="time" value={input.start ?? ''} onChange={(event) => onChange({ start: event.target.value || undefined }, false)} />
        </p>
      </div>
      <p className="planner-check">
        <input id="planner-expert" type="checkbox" checked={input.coFacilitator} onChange={(event) => onChange({ coFacilitator: event.target.checked })} />
        <label htmlFor="planner-expert">Een ervaringsdeskundige leidt mee als co-trainer</label>
      </p>
      <Choices legend="Soort stigma (optioneel)" name="stigma" options={catalog.labels.stigmaTypes.map((entry) => ({ value: entry.value, label: entry.label }))}
        selected={input.stigmaTypes} onToggle={(value) => onChange({ stigmaTypes: toggle(input.stigmaTypes, value as StigmaType) })} />
      <Choices legend="Thema’s (optioneel)" name="thema" options={catalog.themes.map((theme) => ({ value: theme.slug, label: theme.name }))}
        selected={input.themes} onToggle={(value) => onChange({ themes: toggle(input.themes, value) })} />
    </form>
  )
}

function Choices({ legend, name, options, selected, onToggle }: {
  legend: string
  name: string
  options: Array<{ value: string; label: string }>
  selected: string[]
  onToggle: (value: string) => void
}): ReactNode {
  return (
    <fieldset className="planner-choices">
      <legend>{legend}</legend>
      <ul>
        {options.map((option) => (
          <li key={option.value}>
            <input type="checkbox" id={`planner-${name}-${option.value}`} name={name} value={option.value}
              checked={selected.includes(option.value)} onChange={() => onToggle(option.value)} />
            <label htmlFor={`planner-${name}-${option.value}`}>{option.label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
