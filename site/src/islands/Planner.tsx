/**
 * The session planner (React island, only on /plannen/): a form for time,
 * group, themes and the rest, and the run sheet it makes, editable part by
 * part. The plan lives in the URL; every change is announced in a live
 * region; the last change can be undone. Server-side it renders the default
 * plan without the controls, so the page works without JavaScript too.
 * The page carries only that plan and what it shows; the catalogue to choose
 * from and the texts of added items are fetched (./planner/usePlannerData.ts),
 * with a loading and an error state. The PDF and calendar code load only
 * when asked for.
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import { calendarEvents, calendarTexts } from '../lib/planner/calendar.ts'
import { describePlan, type SheetPart } from '../lib/planner/describe.ts'
import { detailKey, detailsNeeded, missingDetails } from '../lib/planner/details.ts'
import { holdsItem } from '../lib/planner/structure.ts'
import { addItem } from '../lib/planner/edit-parts.ts'
import type { EditResult } from '../lib/planner/edit-result.ts'
import type { PlannerProps } from '../lib/planner/files.ts'
import type { PartChange } from '../lib/planner/part-changes.ts'
import { partKeyOf } from '../lib/planner/part-names.ts'
import { setMinutes } from '../lib/planner/set-minutes.ts'
import type { Plan, PlanInput } from '../lib/planner/types.ts'
import { AttachmentLinks } from './planner/AttachmentLinks.tsx'
import { Checklist, PartView, Tips } from './planner/PartView.tsx'
import { PlanAddress } from './planner/PlanAddress.tsx'
import { SESSION_EVALUATION_READERS } from '@toolkit/schemas/evaluation-texts'
import { evaluationPath } from '../lib/planner/session-code.ts'
import { PlannerForm } from './planner/PlannerForm.tsx'
import { AddPart } from './planner/PartControls.tsx'
import { usePlannerData } from './planner/usePlannerData.ts'
import { planFromSearch, remakePlan, searchOf, type Asked } from '../lib/planner/url.ts'

/** `asked`: what the link asked the plan to hold (`?werkvorm=`), kept by a new plan until an edit takes it out of the plan. */
type State = { plan: Plan; edited: boolean; asked: readonly Asked[] }

/** What is still asked for after an edit from `before` to `after`: an item the edit took out is not (one that did not fit stays asked). */
const askedAfter = (before: Plan, after: Plan, asked: readonly Asked[]) => asked.filter(({ kind, slug }) => holdsItem(after, kind, slug) || !holdsItem(before, kind, slug))

function keyOf(part: { kind: string; index: number }, plan: Plan): string {
  const item = plan.items[part.index]
  return item ? partKeyOf(item) : part.kind
}

/** A minutes edit that took time from other parts, kept so the facilitator can let the total grow instead. */
type Offer = { base: State; index: number; minutes: number }

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

export default function Planner({ shell, initial, seed, indexUrl, detailsUrls, base }: PlannerProps) {
  const data = usePlannerData({ shell, seed, indexUrl, detailsUrls })
  const { catalog, details } = data
  const [state, setState] = useState<State>({ plan: initial, edited: false, asked: [] })
  const [history, setHistory] = useState<State[]>([])
  const [message, setMessage] = useState('')
  const [hydrated, setHydrated] = useState(false)
  // True once the plan is the one the URL asks for (the catalogue is needed to read it).
  const [fromUrl, setFromUrl] = useState(false)
  const [busy, setBusy] = useState<'' | 'pdf' | 'ics'>('')
  const [printing, setPrinting] = useState(false)
  const focusNext = useRef<string | null>(null)
  // What the last edit took from (or gave to) the other parts, shown on those parts until the next change.
  const [changes, setChanges] = useState<PartChange[]>([])
  const [offer, setOffer] = useState<Offer | null>(null)
  const [today, setToday] = useState('')
  // The plan's own address (with its settings), printed with its QR code; empty until the island runs.
  const [address, setAddress] = useState('')
  const sheet = useMemo(() => describePlan(state.plan, catalog, details), [state.plan, catalog, details])
  const { plan } = state
  const ready = data.status === 'ready'
  const linked = hydrated && window.location.search !== '' && !fromUrl

  useEffect(() => {
    setHydrated(true)
    setToday(todayIso())
  }, [])

  useEffect(() => {
    if (!ready || fromUrl) return
    if (window.location.search) {
      const loaded = planFromSearch(window.location.search, catalog)
      setState(loaded)
      setMessage(`Plan voor ${loaded.plan.input.minutes} minuten geladen uit de link.`)
    }
    setFromUrl(true)
  }, [ready, fromUrl, catalog])

  useEffect(() => {
    if (!fromUrl) return
    const search = searchOf(state.plan, state.edited, state.asked)
    if (search !== window.location.search) window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}`)
    setAddress(window.location.href)
    // The layout prints the page's address on top of every printout; here that is the plan with its settings.
    const printed = document.querySelector('.print-address')
    if (printed) printed.textContent = window.location.href
  }, [state, fromUrl])

  // The texts of what the plan shows, fetched as items enter it (not again after a failure until asked).
  useEffect(() => {
    const wanted = missingDetails(plan, details).filter((ref) => !data.failed.has(detailKey(ref)))
    if (wanted.length > 0) void data.load(wanted)
  }, [plan, details, data.failed, data.load])

  useEffect(() => {
    if (!printing || sheet.parts.some((part) => part.missing)) return
    setPrinting(false)
    window.print()
  }, [printing, sheet])

  useEffect(() => {
    if (!focusNext.current) return
    const element = document.getElementById(focusNext.current) as HTMLButtonElement | null
    const usable = element !== null && !element.disabled
    // While the plan's details load, a part can be drawn without its controls: wait for a later render
    // rather than send focus to the title (seen on a slow machine after moving a part).
    if (!usable && data.status === 'loading') return
    focusNext.current = null
    if (usable) element.focus()
    else document.getElementById('planner-sheet-title')?.focus()
  })

  const commit = (next: State, text: string, focus?: string, changed: PartChange[] = []) => {
    setHistory((past) => [...past.slice(-49), state])
    setState(next)
    setMessage(text)
    setChanges(changed)
    setOffer(null)
    if (focus) focusNext.current = focus
  }

  const edit = (result: EditResult, focus?: string) => {
    if (result.changed) commit({ plan: result.plan, edited: true, asked: askedAfter(plan, result.plan, state.asked) }, result.message, focus, result.changes)
    else setMessage(result.message)
  }

  /** A part longer or shorter: the others pay (and are named); the facilitator may let the total change instead. */
  const changeMinutes = (index: number, minutes: number, focus?: string) => {
    const result = setMinutes(plan, index, minutes, catalog, 'take')
    edit(result, focus)
    if (result.changed && result.changes && result.changes.length > 0) setOffer({ base: state, index, minutes })
  }

  const grown = offer ? setMinutes(offer.base.plan, offer.index, offer.minutes, catalog, 'grow') : undefined
  const growInstead = () => {
    if (!grown || !offer) return
    // Replaces the edit it undoes: the history already holds the plan before it.
    setState({ plan: grown.plan, edited: true, asked: askedAfter(offer.base.plan, grown.plan, offer.base.asked) })
    setMessage(grown.message)
    setChanges([])
    setOffer(null)
    focusNext.current = 'planner-total'
  }

  const changeInput = (change: Partial<PlanInput>, regenerate = true) => {
    const input = { ...plan.input, ...change }
    for (const key of Object.keys(change) as Array<keyof PlanInput>) if (change[key] === undefined) delete input[key]
    if (regenerate) {
      const next = remakePlan(input, state.asked, catalog)
      const notes = next.plan.notices.length
      commit({ ...next, asked: state.asked }, `Nieuw plan voor ${input.minutes} minuten gemaakt${notes ? `; ${notes === 1 ? 'er is 1 opmerking' : `er zijn ${notes} opmerkingen`}` : ''}.`)
    } else commit({ ...state, plan: { ...plan, input } }, 'De datum en tijden zijn aangepast.')
  }

  const undo = () => {
    const previous = history.at(-1)
    if (!previous) return
    setHistory(history.slice(0, -1))
    setState(previous)
    setMessage('De laatste wijziging is ongedaan gemaakt.')
    // The notes and the offer belong to the edit just undone; on the plan shown again they would be false.
    setChanges([])
    setOffer(null)
    if (history.length === 1) focusNext.current = 'planner-sheet-title'
  }

  /** Loads what the plan still misses; says so when that fails. */
  const complete = async (what: string) => {
    const loaded = await data.load(missingDetails(plan, details))
    if (loaded === 'gone') setMessage(`Een onderdeel of kerncijfer van je plan staat niet meer in de toolkit, dus ${what} lukt nu niet. Laad de pagina opnieuw; het plan wordt dan gemaakt met wat er nu in de toolkit staat.`)
    if (loaded === 'unreachable') setMessage(`Niet alle onderdelen konden worden geladen, dus ${what} lukt nu niet. Controleer je internetverbinding en probeer het opnieuw.`)
    return typeof loaded === 'string' ? undefined : loaded
  }

  const print = async () => {
    if (sheet.parts.some((part) => part.missing)) {
      setMessage('De onderdelen worden geladen; daarna opent het printvenster.')
      if (!(await complete('printen'))) return
    }
    setPrinting(true)
  }

  const downloadPdf = async () => {
    if (!catalog.production || busy) return
    setBusy('pdf')
    setMessage('De pdf wordt gemaakt…')
    try {
      const loaded = await complete('de pdf maken')
      if (!loaded) return
      const { runSheetBlob } = await import('../pdf/documents/run-sheet-browser.ts')
      const blob = await runSheetBlob(describePlan(plan, catalog, loaded), {
        planUrl: window.location.href,
        evaluationUrl: new URL(evaluationPath(plan, base), window.location.origin).href,
        source: catalog.production.source,
        updatedAt: catalog.production.updatedAt,
      })
      saveFile(blob, `draaiboek-${plan.input.minutes}-minuten.pdf`)
      setMessage('De pdf met het draaiboek is gedownload.')
    } catch (error) {
      setMessage(`De pdf kon niet worden gemaakt (${error instanceof Error ? error.message : String(error)}). Gebruik Printen als alternatief.`)
    } finally {
      setBusy('')
    }
  }

  const downloadIcs = async () => {
    if (busy) return
    setBusy('ics')
    try {
      const { icsOf } = await import('../lib/planner/ics.ts')
      const events = calendarEvents(plan.input, todayIso(), calendarTexts(sheet, window.location.href))
      saveFile(new Blob([icsOf(events, window.location.href)], { type: 'text/calendar' }), 'teambijeenkomst-stigma.ics')
      setMessage(`Het agenda-bestand is gedownload: ${plan.input.date ? 'de bijeenkomst en ' : ''}${events.length - (plan.input.date ? 1 : 0)} opvolgbijeenkomsten.`)
    } catch (error) {
      setMessage(`Het agenda-bestand kon niet worden gemaakt (${error instanceof Error ? error.message : String(error)}).`)
    } finally {
      setBusy('')
    }
  }

  // The plan lives in this page's address and nowhere else (no account, nothing kept on the device): the way to keep it
  // or share it with a colleague is that link, so the toolbar offers it (found walking the product: a new browser
  // window opened the default plan, and the screen had never said where the plan was).
  const copyAddress = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href)
      setMessage('De link naar dit plan is gekopieerd. Bewaar of deel hem: het plan wordt verder nergens bewaard.')
    } catch {
      setMessage('Kopiëren lukte niet. Kopieer de link uit de adresbalk: het plan wordt verder nergens bewaard.')
    }
  }

  const partFailed = (part: SheetPart) => {
    const item = plan.items[part.index]
    const why = item ? detailsNeeded({ ...plan, items: [item] }).map((ref) => data.failed.get(detailKey(ref))) : []
    return why.includes('gone') ? 'gone' : why.includes('unreachable') ? 'unreachable' : undefined
  }

  const inPlan = (kind: string, slug: string) => holdsItem(plan, kind, slug)
  const addable = [
    ...catalog.fragments.filter((f) => !inPlan('fragment', f.slug)).map((f) => ({ value: `fragment:${f.slug}`, label: `Filmfragment ${f.number}: ${f.title}` })),
    ...catalog.activities.filter((a) => !inPlan('activity', a.slug)).map((a) => ({ value: `activity:${a.slug}`, label: `Werkvorm: ${a.title} (${a.durationMinutes.min}–${a.durationMinutes.max} min)` })),
  ]

  return (
    <div className="planner">
      {hydrated && ready && (
        <PlannerForm input={plan.input} catalog={catalog} today={today} onChange={changeInput} />
      )}
      {hydrated && data.status === 'loading' && (
        <p className="planner-loading no-print">
          {linked ? 'Het plan uit de link wordt geladen…' : 'De planner wordt geladen… Hieronder staat alvast het standaardplan van 90 minuten.'}
        </p>
      )}
      {hydrated && data.status === 'failed' && (
        <div className="planner-error no-print" role="alert">
          <p>
            De planner kon niet worden geladen. Controleer je internetverbinding en probeer het opnieuw.
            {linked ? ' Hieronder staat het standaardplan van 90 minuten, niet het plan uit de link.' : ' Hieronder staat het standaardplan van 90 minuten; dat kun je wel printen.'}
          </p>
          <button type="button" onClick={data.retryCatalog}>Opnieuw proberen</button>
        </div>
      )}
      <p className="planner-status" role="status" aria-live="polite">{message}</p>
      {grown && grown.changed && grown.plan.input.minutes !== plan.input.minutes && (
        <p className="planner-offer no-print">
          <button type="button" onClick={growInstead}>
            Niets inkorten: de bijeenkomst duurt dan {grown.plan.input.minutes} minuten
          </button>
        </p>
      )}
      <section className="run-sheet" aria-labelledby="planner-sheet-title" aria-busy={linked && data.status === 'loading'}>
        <div className="run-sheet-head">
          <h2 id="planner-sheet-title" tabIndex={-1}>Draaiboek: {sheet.title}</h2>
        </div>
        <p className="planner-total" id="planner-total" tabIndex={-1}>
          Totaal: <strong>{sheet.total} van {plan.input.minutes} minuten</strong>
        </p>
        {hydrated && !linked && (
          <div className="planner-toolbar no-print" role="group" aria-label="Plan bewaren en aanpassen">
            <button type="button" onClick={undo} disabled={history.length === 0}>Ongedaan maken</button>
            <button type="button" onClick={print}>Printen</button>
            {/* aria-disabled while a file is made, not disabled: a disabled button loses keyboard focus to the page. */}
            <button type="button" onClick={downloadPdf} disabled={!catalog.production} aria-disabled={busy !== ''} aria-busy={busy === 'pdf'}>
              {busy === 'pdf' ? 'Pdf wordt gemaakt…' : 'Download pdf (draaiboek)'}
            </button>
            <button type="button" onClick={downloadIcs} aria-disabled={busy !== ''}>Agenda-bestand (.ics)</button>
            <button type="button" onClick={copyAddress} aria-describedby="planner-kept">Link naar dit plan kopiëren</button>
            <p className="planner-kept" id="planner-kept">Je plan staat in de link van deze pagina, niet op dit apparaat.</p>
          </div>
        )}
        {address && <PlanAddress url={address} />}
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
        <Checklist items={sheet.preparation.checklist} />
        <h4>Materialen</h4>
        {sheet.preparation.materials.length > 0
          ? <Checklist items={sheet.preparation.materials} />
          : <p>De gekozen onderdelen noemen geen materialen.</p>}
        <AttachmentLinks links={sheet.preparation.attachments} heading="h4" />
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
              controls={hydrated && ready && !linked}
              failed={part.missing ? partFailed(part) : undefined}
              onRetry={data.retryDetails}
              onEdit={edit}
              onMinutes={changeMinutes}
              change={changes.find((change) => change.key === keyOf(part, plan))}
            />
          ))}
        </ol>
        {hydrated && ready && (
          <AddPart
            options={addable}
            onAdd={(value) => {
              const [kind, slug] = value.split(':') as ['fragment' | 'activity', string]
              // Focus goes to the part just added, so keyboard and screen-reader users land where the change is.
              edit(addItem(plan, kind, slug, catalog), `part-${kind}-${slug}`)
            }}
          />
        )}

        {address && (
          <PlanAddress
            url={new URL(evaluationPath(plan, base), window.location.origin).href}
            heading="Evaluatie voor de deelnemers (anoniem, drie vragen; scan de QR-code of open de link):"
            note={SESSION_EVALUATION_READERS}
            className="evaluation-address"
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
