/** One part of the run sheet: times, reason, content, tips and (when editing) its controls. */
import { quotedIf, VERBATIM_NOTE } from '../../lib/view/quote.ts'
import { CONTENT_TYPES } from '@toolkit/schemas/content-types'
import type { RunSheet, SheetPart, Tip } from '../../lib/planner/describe.ts'
import { removeFigure } from '../../lib/planner/edit-figures.ts'
import type { EditResult } from '../../lib/planner/edit-result.ts'
import type { PartChange } from '../../lib/planner/part-changes.ts'
import { MOVABLE } from '../../lib/planner/structure.ts'
import type { Plan, PlannerCatalog } from '../../lib/planner/types.ts'
import { AddFigure, PartControls } from './PartControls.tsx'
import { AttachmentLinks } from './AttachmentLinks.tsx'
import type { DetailFailure } from './usePlannerData.ts'

export function Tips({ tips, plain = false }: { tips: Tip[]; plain?: boolean }) {
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

/**
 * A list to tick off on paper: each item with an empty box drawn in CSS (a
 * typed ☐ depends on the font having the glyph; the PDF draws its boxes too).
 */
export function Checklist({ items }: { items: string[] }) {
  return <ul className="checklist">{items.map((text) => <li key={text}>{text}</li>)}</ul>
}

export function PartView(props: {
  part: SheetPart
  partKey: string
  sheet: RunSheet
  plan: Plan
  catalog: PlannerCatalog
  base: string
  controls: boolean
  /** Why the texts of this part are not there, when they could not be loaded. */
  failed: DetailFailure | undefined
  onRetry: () => void
  onEdit: (result: EditResult, focus?: string) => void
  onMinutes: (index: number, minutes: number, focus?: string) => void
  /** What the last edit took from or gave to this part. */
  change?: PartChange | undefined
}) {
  const { part, partKey, sheet, plan, catalog, base, controls, failed, onRetry, onEdit, onMinutes, change } = props
  const headingId = `part-${partKey}`
  const item = plan.items[part.index]!
  const link = (path: string) => `${base.replace(/\/+$/, '')}${path}`
  return (
    <li className={`plan-part plan-part-${part.kind}`} aria-labelledby={headingId}>
      <h4 id={headingId} tabIndex={-1}>
        <span className="part-time">{part.start}–{part.end}</span> {part.title} <span className="part-minutes">({part.minutes} min)</span>
      </h4>
      {change && (
        <p className="part-change no-print">
          Door de laatste wijziging: {change.from} → {change.to} minuten ({change.to > change.from ? '+' : '−'}{Math.abs(change.to - change.from)})
        </p>
      )}
      {part.reason && <p className="part-reason">{part.reason}</p>}
      {controls && <PartControls part={part} partKey={partKey} plan={plan} catalog={catalog} onEdit={onEdit} onMinutes={onMinutes} movable={MOVABLE.has(item.kind)} />}
      {part.missing && !failed && <p className="part-loading">{part.kind === 'theory' ? 'De kerncijfers worden geladen…' : 'De inhoud van dit onderdeel wordt geladen…'}</p>}
      {part.missing && failed === 'gone' && (
        <div className="part-error" role="alert">
          <p>
            {part.kind === 'theory'
              ? 'Een van de kerncijfers staat niet meer in de toolkit: het is weggehaald nadat deze pagina werd geladen. Laad de pagina opnieuw; het plan krijgt dan de kerncijfers die er nu zijn.'
              : 'Dit onderdeel staat niet meer in de toolkit: het is weggehaald nadat deze pagina werd geladen. Laad de pagina opnieuw; het plan wordt dan gemaakt zonder dit onderdeel.'}
          </p>
          <button type="button" className="no-print" onClick={() => window.location.reload()}>Pagina opnieuw laden</button>
        </div>
      )}
      {part.missing && failed === 'unreachable' && (
        <div className="part-error" role="alert">
          <p>De inhoud van dit onderdeel kon niet worden geladen. Controleer je internetverbinding en probeer het opnieuw.</p>
          <button type="button" className="no-print" onClick={onRetry}>Opnieuw proberen</button>
        </div>
      )}
      {part.summary && <p>{part.summary}</p>}
      {part.goals && part.goals.length > 0 && (
        <><p className="label">Leerdoelen</p>{part.goalsVerbatim && <p className="verbatim-note">{VERBATIM_NOTE}</p>}<ul>{part.goals.map((text) => <li key={text}>{quotedIf(part.goalsVerbatim, text)}</li>)}</ul></>
      )}
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
          {part.videoUrl && <p>Film: <a href={part.videoUrl}>{part.videoUrl}</a></p>}
        </>
      )}
      {part.activitySteps && part.activitySteps.length > 0 && (
        <>
          <p className="label">Uitvoering</p>
          <ol className="activity-steps">
            {part.activitySteps.map((step) => (
              <li key={step.instruction}>
                <p>{step.instruction}</p>
                {step.suggestedText && <p className="suggested-text"><span className="label">Tekstsuggestie:</span> {quotedIf(step.suggestedTextVerbatim, step.suggestedText)}</p>}
                {step.facilitatorRemark && <p className="facilitator-remark"><span className="label">Opmerking voor de gespreksleider:</span> {step.facilitatorRemark}</p>}
              </li>
            ))}
          </ol>
        </>
      )}
      {part.materials && part.materials.length > 0 && (
        <><p className="label">Materialen</p><ul>{part.materials.map((text) => <li key={text}>{text}</li>)}</ul></>
      )}
      {part.keyMessages && part.keyMessages.length > 0 && (
        <><p className="label">Kernboodschappen</p>{part.keyMessagesVerbatim && <p className="verbatim-note">{VERBATIM_NOTE}</p>}<ul>{part.keyMessages.map((text) => <li key={text}>{quotedIf(part.keyMessagesVerbatim, text)}</li>)}</ul></>
      )}
      <AttachmentLinks links={part.attachments} heading="label" />
      {part.path && <p className="no-print"><a href={link(part.path)}>Alles over {part.name}<span className="visually-hidden"> ({CONTENT_TYPES[part.kind === 'fragment' ? 'fragments' : 'activities'].singular.toLowerCase()})</span></a></p>}
      {part.kind === 'actions' && <ActionTemplate columns={sheet.actionTemplate} rows={sheet.actionRows} />}
      <Tips tips={part.tips} />
    </li>
  )
}

function ActionTemplate({ columns, rows }: { columns: string[]; rows: number }) {
  return (
    <div className="action-template-wrap">
    <table className="action-template">
      <caption>{rows === 1 ? 'Eén actiepunt' : `Actiepunten (top ${rows})`}, in te vullen tijdens de bijeenkomst</caption>
      <thead><tr>{columns.map((column) => <th key={column} scope="col">{column}</th>)}</tr></thead>
      <tbody>
        {Array.from({ length: rows }, (_, i) => i + 1).map((row) => (
          <tr key={row}>
            <th scope="row">{row}.</th>
            {columns.slice(1).map((column) => <td key={column}><span className="visually-hidden">leeg</span></td>)}
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  )
}
