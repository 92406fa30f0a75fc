/** The edit controls of one part (move, swap, minutes, remove) and the "add" pickers. */
import { useEffect, useState } from 'react'
import type { SheetPart } from '../../lib/planner/describe.ts'
import { addFigure } from '../../lib/planner/edit-figures.ts'
import { moveItem, removeItem, swapItem } from '../../lib/planner/edit-parts.ts'
import type { EditResult } from '../../lib/planner/edit-result.ts'
import { MOVABLE } from '../../lib/planner/structure.ts'
import type { Plan, PlannerCatalog } from '../../lib/planner/types.ts'

export function PartControls({ part, partKey, plan, catalog, onEdit, onMinutes, movable }: {
  part: SheetPart
  partKey: string
  plan: Plan
  catalog: PlannerCatalog
  onEdit: (result: EditResult, focus?: string) => void
  /** A new length for this part; the planner names what it takes from the others. */
  onMinutes: (index: number, minutes: number, focus?: string) => void
  movable: boolean
}) {
  const [draft, setDraft] = useState(String(part.minutes))
  useEffect(() => setDraft(String(part.minutes)), [part.minutes])
  const inputId = `minutes-${partKey}`
  const item = plan.items[part.index]!
  const first = plan.items.findIndex((candidate) => MOVABLE.has(candidate.kind))
  const last = plan.items.findLastIndex((candidate) => MOVABLE.has(candidate.kind))
  const applyMinutes = (value: number) => onMinutes(part.index, value)
  const swapOptions =
    item.kind === 'fragment'
      ? catalog.fragments.filter((f) => f.slug !== item.slug && !plan.items.some((o) => o.kind === 'fragment' && o.slug === f.slug)).map((f) => ({ slug: f.slug, label: `Filmfragment ${f.number}: ${f.title}` }))
      : item.kind === 'activity'
        ? catalog.activities.filter((a) => a.slug !== item.slug && !plan.items.some((o) => o.kind === 'activity' && o.slug === a.slug)).map((a) => ({ slug: a.slug, label: a.title }))
        : []
  const [swapTo, setSwapTo] = useState('')
  return (
    <div className="part-controls no-print" role="group" aria-label={`Aanpassen: ${part.title}`}>
      <span className="minutes-field">
        <label htmlFor={inputId}>Minuten</label>
        <input
          id={inputId}
          aria-label={`Minuten voor ${part.title}`}
          type="number"
          inputMode="numeric"
          min={1}
          max={plan.input.minutes}
          step={5}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={() => { if (draft !== String(part.minutes)) applyMinutes(Number(draft)) }}
          onKeyDown={(event) => { if (event.key === 'Enter') { event.preventDefault(); applyMinutes(Number(draft)) } }}
        />
      </span>
      <button type="button" id={`shorter-${partKey}`} aria-label={`5 minuten korter: ${part.title}`} onClick={() => onMinutes(part.index, part.minutes - 5, `shorter-${partKey}`)}>
        −5
      </button>
      <button type="button" id={`longer-${partKey}`} aria-label={`5 minuten langer: ${part.title}`} onClick={() => onMinutes(part.index, part.minutes + 5, `longer-${partKey}`)}>
        +5
      </button>
      {movable && (
        <>
          <button type="button" id={`up-${partKey}`} aria-label={`Omhoog: ${part.title}`} disabled={part.index === first} onClick={() => onEdit(moveItem(plan, part.index, -1, catalog), part.index - 1 === first ? `down-${partKey}` : `up-${partKey}`)}>
            Omhoog
          </button>
          <button type="button" id={`down-${partKey}`} aria-label={`Omlaag: ${part.title}`} disabled={part.index === last} onClick={() => onEdit(moveItem(plan, part.index, 1, catalog), part.index + 1 === last ? `up-${partKey}` : `down-${partKey}`)}>
            Omlaag
          </button>
          <button type="button" id={`remove-${partKey}`} aria-label={`Verwijderen: ${part.title}`} onClick={() => onEdit(removeItem(plan, part.index, catalog), 'add-part')}>
            Verwijderen
          </button>
          {swapOptions.length > 0 && (
            <span className="swap-field">
              <label htmlFor={`swap-${partKey}`}>Wisselen voor</label>
              <select id={`swap-${partKey}`} value={swapTo} onChange={(event) => setSwapTo(event.target.value)}>
                <option value="">Kies…</option>
                {swapOptions.map((option) => <option key={option.slug} value={option.slug}>{option.label}</option>)}
              </select>
              <button type="button" aria-label={`Wissel: ${part.title}`} disabled={!swapTo} onClick={() => onEdit(swapItem(plan, part.index, swapTo, catalog), 'planner-sheet-title')}>
                Wissel
              </button>
            </span>
          )}
        </>
      )}
    </div>
  )
}

export function AddFigure({ plan, catalog, onEdit }: { plan: Plan; catalog: PlannerCatalog; onEdit: (result: EditResult, focus?: string) => void }) {
  const theory = plan.items.find((item) => item.kind === 'theory')
  const [choice, setChoice] = useState('')
  if (!theory || theory.kind !== 'theory') return null
  const options = catalog.findings.filter((finding) => !theory.figures.includes(finding.slug))
  if (theory.figures.length >= 4 || options.length === 0) return null
  return (
    <p className="add-field no-print">
      <label htmlFor="figure-add">Kerncijfer toevoegen</label>
      <select id="figure-add" value={choice} onChange={(event) => setChoice(event.target.value)}>
        <option value="">Kies…</option>
        {options.map((finding) => <option key={finding.slug} value={finding.slug}>{finding.figure ? `${finding.figure}: ` : ''}{finding.title}</option>)}
      </select>
      {/* Named apart from the other "Toevoegen" in a screen reader's list of buttons; the name starts with what it shows. */}
      <button type="button" aria-label="Toevoegen: kerncijfer" disabled={!choice} onClick={() => { onEdit(addFigure(plan, choice, catalog), 'figure-add'); setChoice('') }}>Toevoegen</button>
    </p>
  )
}

export function AddPart({ options, onAdd }: { options: Array<{ value: string; label: string }>; onAdd: (value: string) => void }) {
  const [choice, setChoice] = useState('')
  if (options.length === 0) {
    return <p className="no-print add-field" id="add-part" tabIndex={-1}>Alle filmfragmenten en werkvormen uit de toolkit staan in het plan.</p>
  }
  return (
    <p className="add-field no-print">
      <label htmlFor="add-part">Onderdeel toevoegen</label>
      <select id="add-part" value={choice} onChange={(event) => setChoice(event.target.value)}>
        <option value="">Kies een filmfragment of werkvorm…</option>
        {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
      <button type="button" aria-label="Toevoegen: onderdeel" disabled={!choice} onClick={() => { onAdd(choice); setChoice('') }}>Toevoegen</button>
    </p>
  )
}
