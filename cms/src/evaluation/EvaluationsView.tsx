import type { AdminViewServerProps } from 'payload'
import { EditorsView } from '../admin/EditorsView.tsx'
import { isEditorUser, userOf } from '../access/roles.ts'
import { adminDate } from '../admin/adminDate.ts'
import { methodNames } from './methodNames.ts'
import { allAnswers, summarise } from './results.ts'

const cellStyle = { border: '1px solid var(--theme-elevation-150)', padding: '0.4rem 0.6rem', verticalAlign: 'top' } as const
const show = (value: number | null) => (value === null ? '–' : value.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }))

/**
 * "Resultaten evaluaties" (/admin/evaluaties): per session and per method the
 * number of answers, the average of each score (1–5) and the comments, and
 * the CSV of every answer. A session is known only by its code, so its row
 * also says when its first and last answer came in (Amsterdam time). Editors
 * only; nothing identifies a sender.
 */
export async function EvaluationsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const editor = isEditorUser(userOf(req))
  const results = editor ? summarise(await allAnswers(req)) : []
  const methods = editor ? await methodNames(req, results.filter((result) => result.kind === 'method').map((result) => result.target)) : new Map()
  const apiRoute = req.payload.config.routes.api
  const groups = [
    { kind: 'session', title: 'Per bijeenkomst', what: 'Bijeenkomst (code uit het draaiboek)' },
    { kind: 'method', title: 'Per methode (“Heb je dit gebruikt?”)', what: 'Methode' },
  ] as const
  return (
    <EditorsView view={{ initPageResult, params, searchParams }} viewType="evaluaties" className="evaluations-view" title="Resultaten evaluaties">
        {!editor ? null : (
          <>
            <p>
              Scores van 1 (helemaal niet) tot 5 (heel erg), gemiddeld per bijeenkomst en per methode. De antwoorden zijn anoniem.{' '}
              <a href={`${apiRoute}/evaluatie/resultaten.csv`} download>Alle antwoorden als CSV</a>
            </p>
            {groups.map((group) => {
              const rows = results.filter((result) => result.kind === group.kind)
              return (
                <section key={group.kind} aria-labelledby={`evaluaties-${group.kind}`} style={{ marginTop: '2rem' }}>
                  <h2 id={`evaluaties-${group.kind}`}>{group.title}</h2>
                  {rows.length === 0 ? (
                    <p>Nog geen antwoorden.</p>
                  ) : (
                    <table data-evaluations={group.kind} style={{ borderCollapse: 'collapse', minWidth: '100%' }}>
                      <thead>
                        <tr>
                          <th scope="col" style={cellStyle}>{group.what}</th>
                          {group.kind === 'session' && <th scope="col" style={cellStyle}>Eerste antwoord</th>}
                          {group.kind === 'session' && <th scope="col" style={cellStyle}>Laatste antwoord</th>}
                          <th scope="col" style={cellStyle}>Antwoorden</th>
                          <th scope="col" style={cellStyle}>Nuttig</th>
                          {group.kind === 'session' && <th scope="col" style={cellStyle}>Actiepunten duidelijk</th>}
                          {group.kind === 'session' && <th scope="col" style={cellStyle}>Toepassen</th>}
                          <th scope="col" style={cellStyle}>Opmerkingen</th>
                        </tr>
                      </thead>
                      <tbody>
                        {rows.map((row) => (
                          <tr key={row.target} data-target={row.target}>
                            <th scope="row" style={{ ...cellStyle, textAlign: 'left' }}>
                              {group.kind === 'method' && methods.get(row.target) ? <a href={methods.get(row.target)!.href}>{methods.get(row.target)!.title}</a> : row.target}
                            </th>
                            {group.kind === 'session' && <td style={cellStyle}>{adminDate(row.firstAt, req.i18n)}</td>}
                            {group.kind === 'session' && <td style={cellStyle}>{adminDate(row.lastAt, req.i18n)}</td>}
                            <td style={cellStyle}>{row.count}</td>
                            <td style={cellStyle}>{show(row.averages.useful)}</td>
                            {group.kind === 'session' && <td style={cellStyle}>{show(row.averages.actionsClear)}</td>}
                            {group.kind === 'session' && <td style={cellStyle}>{show(row.averages.willApply)}</td>}
                            <td style={cellStyle}>
                              {row.comments.length ? <ul style={{ margin: 0, paddingLeft: '1rem' }}>{row.comments.map((comment, i) => <li key={i}>{comment}</li>)}</ul> : '–'}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                </section>
              )
            })}
          </>
        )}
    </EditorsView>
  )
}
