/**
 * The session planner (React island, only on /plannen/): a form for time,
 * group, themes and the rest, and the run sheet it makes, editable part by
 * part. The plan lives in the URL; every change is announced in a live
 * region; the last change can be undone. Server-side it renders the default
 * plan without the controls, so the page works without JavaScript too.
 * The PDF and calendar code load only when asked for.
 */
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react'
import type { Audience, StigmaType } from '@toolkit/schemas'
import { calendarEvents } from '../lib/planner/calendar.ts'
import { describePlan, type RunSheet, type SheetPart, type Tip } from '../lib/planner/describe.ts'
import {
  addFigure,
  addItem,
  makePlan,
  moveItem,
  MOVABLE,
  removeFigure,
  removeItem,
  setMinutes,
  swapItem,
  type EditResult,
} from '../lib/planner/plan.ts'
import { MAX_GROUP, MAX_MINUTES, MIN_GROUP, MIN_MINUTES, STEP_MINUTES } from '../lib/planner/rules.ts'
import type { Plan, PlanInput, PlannerCatalog } from '../lib/planner/types.ts'
import { planFromSearch, searchOf } from '../lib/planner/url.ts'

type Props = {
  catalog: PlannerCatalog
  /** The default plan, made at build time. */
  initial: Plan
  /** The site's base path, for links to fragments and activities. */
  base: string
}

type State = { plan: Plan; edited: boolean }

const TIMES = Array.from({ length: (MAX_MINUTES - MIN_MINUTES) / STEP_MINUTES + 1 }, (_, i) => MIN_MINUTES + i * STEP_MINUTES)

function timeLabel(minutes: number): string {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  const inHours = rest === 0 ? `${hours} uur` : `${hours} uur ${rest} min`
  return `${minutes} minuten (${inHours})`
}

function keyOf(part: { kind: string; index: number }, plan: Plan): string {
  const item = plan.items[part.index]
  return item && 'slug' in item ? `${item.kind}-${item.slug}` : part.kind
}

function saveFile(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

function todayIso(): string {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}

export default function Planner({ catalog, initial, base }: Props) {
  const [state, setState] = useState<State>({ plan: initial, edited: false })
  const [history, setHistory] = useState<State[]>([])
  const [message, setMessage] = useState('')
  const [hydrated, setHydrated] = useState(false)
  const [busy, setBusy] = useState<'' | 'pdf' | 'ics'>('')
  const focusNext = useRef<string | null>(null)
  const sheet = useMemo(() => describePlan(state.plan, catalog), [state.plan, catalog])
  const { plan } = state

  useEffect(() => {
    if (window.location.search) {
      const loaded = planFromSearch(window.location.search, catalog)
      setState(loaded)
      setMessage(`Plan voor ${loaded.plan.input.minutes} minuten geladen uit de link.`)
    }
    setHydrated(true)
  }, [catalog])

  useEffect(() => {
    if (!hydrated) return
    const search = searchOf(state.plan, state.edited)
    if (search !== window.location.search) window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}`)
  }, [state, hydrated])

  useEffect(() => {
    if (!focusNext.current) return
    const element = document.getElementById(focusNext.current) as HTMLElement | null
    focusNext.current = null
    if (element && !(element as HTMLButtonElement).disabled) element.focus()
    else document.getElementById('planner-sheet-title')?.focus()
  })

  const commit = (next: State, text: string, focus?: string) => {
    setHistory((past) => [...past.slice(-49), state])
    setState(next)
    setMessage(text)
    if (focus) focusNext.current = focus
  }

  const edit = (result: EditResult, focus?: string) => {
    if (result.changed) commit({ plan: result.plan, edited: true }, result.message, focus)
    else setMessage(result.message)
  }

  const changeInput = (change: Partial<PlanInput>, regenerate = true) => {
    const input = { ...plan.input, ...change }
    for (const key of Object.keys(change) as Array<keyof PlanInput>) if (change[key] === undefined) delete input[key]
    if (regenerate) {
      const next = makePlan(input, catalog)
      commit({ plan: next, edited: false }, `Nieuw plan voor ${input.minutes} minuten gemaakt${next.notices.length ? `; ${next.notices.length === 1 ? 'er is 1 opmerking' : `er zijn ${next.notices.length} opmerkingen`}` : ''}.`)
    } else commit({ plan: { ...plan, input }, edited: state.edited }, 'De datum en tijden zijn aangepast.')
  }

  const undo = () => {
    const previous = history.at(-1)
    if (!previous) return
    setHistory(history.slice(0, -1))
    setState(previous)
    setMessage('De laatste wijziging is ongedaan gemaakt.')
    if (history.length === 1) focusNext.current = 'planner-sheet-title'
  }

  const downloadPdf = async () => {
    if (!catalog.production) return
    setBusy('pdf')
    setMessage('De pdf wordt gemaakt…')
    try {
      const { runSheetBlob } = await import('../pdf/documents/run-sheet-browser.ts')
      const blob = await runSheetBlob(sheet, { planUrl: window.location.href, source: catalog.production.source, updatedAt: catalog.production.updatedAt })
      saveFile(blob, `draaiboek-${plan.input.minutes}-minuten.pdf`)
      setMessage('De pdf met het draaiboek is gedownload.')
    } catch (error) {
      setMessage(`De pdf kon niet worden gemaakt (${error instanceof Error ? error.message : String(error)}). Gebruik Printen als alternatief.`)
    } finally {
      setBusy('')
    }
  }

  const downloadIcs = async () => {
    setBusy('ics')
    try {
      const { icsOf } = await import('../lib/planner/ics.ts')
      const schedule = sheet.parts.map((part) => `${part.start}–${part.end} ${part.title} (${part.minutes} min)`).join('\n')
      const events = calendarEvents(plan.input, todayIso(), { session: `${sheet.title}\n\n${schedule}\n\nDraaiboek: ${window.location.href}`, followUp: sheet.followUp.steps })
      saveFile(new Blob([icsOf(events, window.location.href)], { type: 'text/calendar' }), 'teambijeenkomst-stigma.ics')
      setMessage(`Het agenda-bestand is gedownload: ${plan.input.date ? 'de bijeenkomst en ' : ''}${events.length - (plan.input.date ? 1 : 0)} opvolgbijeenkomsten.`)
    } catch (error) {
      setMessage(`Het agenda-bestand kon niet worden gemaakt (${error instanceof Error ? error.message : String(error)}).`)
    } finally {
      setBusy('')
    }
  }

  const inPlan = (kind: string, slug: string) => plan.items.some((item) => item.kind === kind && 'slug' in item && item.slug === slug)
  const addable = [
    ...catalog.fragments.filter((f) => !inPlan('fragment', f.slug)).map((f) => ({ value: `fragment:${f.slug}`, label: `Filmfragment ${f.number}: ${f.title}` })),
    ...catalog.activities.filter((a) => !inPlan('activity', a.slug)).map((a) => ({ value: `activity:${a.slug}`, label: `Werkvorm: ${a.title} (${a.durationMinutes.min}–${a.durationMinutes.max} min)` })),
  ]

  return (
    <div className="planner">
      {hydrated && (
        <PlannerForm input={plan.input} catalog={catalog} onChange={changeInput} />
      )}
      <p className="planner-status" role="status" aria-live="polite">{message}</p>
      <section className="run-sheet" aria-labelledby="planner-sheet-title">
        <div className="run-sheet-head">
          <h2 id="planner-sheet-title" tabIndex={-1}>Draaiboek: {sheet.title}</h2>
          <p className="planner-total">
            Totaal: <strong>{sheet.total} van {plan.input.minutes} minuten</strong>
          </p>
        </div>
        {hydrated && (
          <div className="planner-toolbar no-print" role="group" aria-label="Plan bewaren en aanpassen">
            <button type="button" onClick={undo} disabled={history.length === 0}>Ongedaan maken</button>
            <button type="button" onClick={() => window.print()}>Printen</button>
            <button type="button" onClick={downloadPdf} disabled={busy !== '' || !catalog.production} aria-busy={busy === 'pdf'}>
              {busy === 'pdf' ? 'Pdf wordt gemaakt…' : 'Download pdf (draaiboek)'}
            </button>
            <button type="button" onClick={downloadIcs} disabled={busy !== ''}>Agenda-bestand (.ics)</button>
          </div>
        )}
        <dl className="planner-facts">
          {sheet.facts.map(([label, value]) => (
            <div key={label}><dt>{label}</dt><dd>{value}</dd></div>
          ))}
        </dl>
        {sheet.notices.length > 0 && (
          <div className="planner-notices">
            <h3>Let op</h3>
            <ul>{sheet.notices.map((text) => <li key={text}>{text}</li>)}</ul>
          </div>
        )}

        <h3>1. Praktische voorbereiding <span className="phase-note">(vooraf, niet in de tijd meegeteld)</span></h3>
        <ul className="checklist">{sheet.preparation.checklist.map((text) => <li key={text}>{text}</li>)}</ul>
        <h4>Materialen</h4>
        {sheet.preparation.materials.length > 0
          ? <ul className="checklist">{sheet.preparation.materials.map((text) => <li key={text}>{text}</li>)}</ul>
          : <p>De gekozen onderdelen noemen geen materialen.</p>}
        {sheet.preparation.links.length > 0 && (
          <>
            <h4>Films en vragenbladen</h4>
            <ul>{sheet.preparation.links.map((link) => <li key={link.url + link.label}>{link.label}: <a href={link.url}>{link.url}</a></li>)}</ul>
          </>
        )}
        <Tips tips={sheet.preparation.tips} />

        <h3>2. De bijeenkomst <span className="phase-note">({plan.input.minutes} minuten)</span></h3>
        <ol className="plan-parts">
          {sheet.parts.map((part) => (
            <PartView
              key={keyOf(part, plan)}
              part={part}
              partKey={keyOf(part, plan)}
              sheet={sheet}
              plan={plan}
              catalog={catalog}
              base={base}
              controls={hydrated}
              onEdit={edit}
            />
          ))}
        </ol>
        {hydrated && (
          <AddPart
            options={addable}
            onAdd={(value) => {
              const [kind, slug] = value.split(':') as ['fragment' | 'activity', string]
              edit(addItem(plan, kind, slug, catalog))
            }}
          />
        )}

        <h3>3. Opvolging</h3>
        <ul>{sheet.followUp.steps.map((text) => <li key={text}>{text}</li>)}</ul>
        {sheet.followUp.dates.length > 0 && (
          <>
            <h4>Voorgestelde data</h4>
            <ul>{sheet.followUp.dates.map((text) => <li key={text}>{text}</li>)}</ul>
          </>
        )}
        {sheet.tips.length > 0 && (
          <>
            <h3>Meer tips voor de gespreksleider</h3>
            <Tips tips={sheet.tips} plain />
          </>
        )}
      </section>
    </div>
  )
}

function Tips({ tips, plain = false }: { tips: Tip[]; plain?: boolean }) {
  if (tips.length === 0) return null
  return (
    <div className="planner-tips">
      {tips.map((tip) => (
        <aside key={tip.title} className="tip" aria-label={`Tip: ${tip.title}`}>
          <p className="tip-title">{plain ? tip.title : `Tip: ${tip.title}`}</p>
          <p>{tip.text}</p>
        </aside>
      ))}
    </div>
  )
}

function PartView(props: {
  part: SheetPart
  partKey: string
  sheet: RunSheet
  plan: Plan
  catalog: PlannerCatalog
  base: string
  controls: boolean
  onEdit: (result: EditResult, focus?: string) => void
}) {
  const { part, partKey, sheet, plan, catalog, base, controls, onEdit } = props
  const headingId = `part-${partKey}`
  const item = plan.items[part.index]!
  const link = (path: string) => `${base.replace(/\/+$/, '')}${path}`
  return (
    <li className={`plan-part plan-part-${part.kind}`} aria-labelledby={headingId}>
      <h4 id={headingId}>
        <span className="part-time">{part.start}–{part.end}</span> {part.title} <span className="part-minutes">({part.minutes} min)</span>
      </h4>
      {part.reason && <p className="part-reason">{part.reason}</p>}
      {controls && <PartControls part={part} partKey={partKey} plan={plan} catalog={catalog} onEdit={onEdit} movable={MOVABLE.has(item.kind)} />}
      {part.summary && <p>{part.summary}</p>}
      {part.steps.length > 0 && <ul>{part.steps.map((text) => <li key={text}>{text}</li>)}</ul>}
      {part.figures && (
        <ul className="planner-figures">
          {part.figures.map((figure) => (
            <li key={figure.slug}>
              {figure.figure && <p className="planner-figure">{figure.figure}</p>}
              <p className="figure-title"><strong>{figure.title}</strong></p>
              <p>{figure.statement}</p>
              {figure.points.length > 0 && <ul>{figure.points.map((point) => <li key={point}>{point}</li>)}</ul>}
              <p className="citation">Bron: {figure.citation}</p>
              {controls && (
                <button
                  type="button"
                  className="small-button no-print"
                  id={`figure-remove-${figure.slug}`}
                  aria-label={`Verwijder kerncijfer: ${figure.title}`}
                  disabled={part.figures!.length <= 2}
                  onClick={() => onEdit(removeFigure(plan, figure.slug, catalog), 'figure-add')}
                >
                  Verwijder kerncijfer
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {controls && part.kind === 'theory' && <AddFigure plan={plan} catalog={catalog} onEdit={onEdit} />}
      {part.kind === 'fragment' && (
        <>
          {part.questions?.map((group) => (
            <div key={group.label}>
              <h5>{group.label}</h5>
              <ol>{group.items.map((text) => <li key={text}>{text}</li>)}</ol>
            </div>
          ))}
          {part.assignment && (<><h5>Opdracht</h5><p>{part.assignment}</p></>)}
          {part.questionSheet && <p>{part.questionSheet.text} <a href={part.questionSheet.url}>{part.questionSheet.url}</a></p>}
        </>
      )}
      {part.materials && part.materials.length > 0 && (
        <><p className="label">Materialen</p><ul>{part.materials.map((text) => <li key={text}>{text}</li>)}</ul></>
      )}
      {part.keyMessages && part.keyMessages.length > 0 && (
        <><p className="label">Kernboodschappen</p><ul>{part.keyMessages.map((text) => <li key={text}>{text}</li>)}</ul></>
      )}
      {part.path && <p className="no-print"><a href={link(part.path)}>Alles over {part.title.replace(/^(Filmfragment \d+|Werkvorm): /, '')}<span className="visually-hidden"> ({part.kind === 'fragment' ? 'filmfragment' : 'werkvorm'})</span></a></p>}
      {part.kind === 'actions' && <ActionTemplate columns={sheet.actionTemplate} />}
      <Tips tips={part.tips} />
    </li>
  )
}

function ActionTemplate({ columns }: { columns: string[] }) {
  return (
    <table className="action-template">
      <caption>Actiepunten (top 3), in te vullen tijdens de bijeenkomst</caption>
      <thead><tr>{columns.map((column) => <th key={column} scope="col">{column}</th>)}</tr></thead>
      <tbody>
        {[1, 2, 3].map((row) => (
          <tr key={row}>
            <th scope="row">{row}.</th>
            {columns.slice(1).map((column) => <td key={column}><span className="visually-hidden">leeg</span></td>)}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function PartControls({ part, partKey, plan, catalog, onEdit, movable }: {
  part: SheetPart
  partKey: string
  plan: Plan
  catalog: PlannerCatalog
  onEdit: (result: EditResult, focus?: string) => void
  movable: boolean
}) {
  const [draft, setDraft] = useState(String(part.minutes))
  useEffect(() => setDraft(String(part.minutes)), [part.minutes])
  const inputId = `minutes-${partKey}`
  const item = plan.items[part.index]!
  const first = plan.items.findIndex((candidate) => MOVABLE.has(candidate.kind))
  const last = plan.items.findLastIndex((candidate) => MOVABLE.has(candidate.kind))
  const applyMinutes = (value: number) => onEdit(setMinutes(plan, part.index, value, catalog))
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
      <button type="button" id={`shorter-${partKey}`} aria-label={`5 minuten korter: ${part.title}`} onClick={() => onEdit(setMinutes(plan, part.index, part.minutes - 5, catalog), `shorter-${partKey}`)}>
        −5
      </button>
      <button type="button" id={`longer-${partKey}`} aria-label={`5 minuten langer: ${part.title}`} onClick={() => onEdit(setMinutes(plan, part.index, part.minutes + 5, catalog), `longer-${partKey}`)}>
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

function AddFigure({ plan, catalog, onEdit }: { plan: Plan; catalog: PlannerCatalog; onEdit: (result: EditResult, focus?: string) => void }) {
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
      <button type="button" disabled={!choice} onClick={() => { onEdit(addFigure(plan, choice, catalog), 'figure-add'); setChoice('') }}>Toevoegen</button>
    </p>
  )
}

function AddPart({ options, onAdd }: { options: Array<{ value: string; label: string }>; onAdd: (value: string) => void }) {
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
      <button type="button" disabled={!choice} onClick={() => { onAdd(choice); setChoice('') }}>Toevoegen</button>
    </p>
  )
}

function PlannerForm({ input, catalog, onChange }: { input: PlanInput; catalog: PlannerCatalog; onChange: (change: Partial<PlanInput>, regenerate?: boolean) => void }) {
  const id = useId()
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
            {TIMES.map((minutes) => <option key={minutes} value={minutes}>{timeLabel(minutes)}</option>)}
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
          <input id="planner-date" type="date" value={input.date ?? ''} onChange={(event) => onChange({ date: event.target.value || undefined }, false)} />
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
