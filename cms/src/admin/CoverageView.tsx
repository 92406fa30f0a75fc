import type { AdminViewServerProps } from 'payload'
import { EditorsView } from './EditorsView.tsx'
import { AUDIENCES, COVERAGE_COLLECTIONS, SETTINGS, STIGMA_TYPES } from '@toolkit/schemas'
import { CoverageCreate } from './CoverageCreate.tsx'
import { coverageReport, listHref } from './coverageReport.ts'

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined

/**
 * "Dekking" (/admin/dekking): the gap map for editors. Per stigma type and
 * care setting the number of methods, per collection linked to the list of
 * those documents; an empty cell offers to create a method with those
 * values already set. Narrowed to one audience with `?doelgroep=`.
 */
export async function CoverageView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const chosen = one((searchParams as Record<string, string | string[] | undefined>)?.doelgroep)
  const audience = AUDIENCES.find((entry) => entry.value === chosen)
  const report = await coverageReport(req, audience?.value)
  const adminRoute = req.payload.config.routes.admin
  const labelOf = (collection: string, kind: 'singular' | 'plural') => {
    const label = req.payload.collections[collection as 'fragments']?.config.labels[kind]
    return typeof label === 'string' ? label : collection
  }
  const lower = (text: string) => text.toLowerCase()
  return (
    <EditorsView view={{ initPageResult, params, searchParams }} viewType="dekking" className="coverage-view" title="Dekking">
        {report === null ? null : (
          <>
            <p>
              Hoeveel methoden ({COVERAGE_COLLECTIONS.map((c) => lower(labelOf(c, 'plural'))).join(', ')}) er zijn per soort stigma en
              setting, volgens de velden ‘Soorten stigma’ en ‘Zorgsettings’ (laatste versie, concepten meegeteld). Bij een lege cel kun je
              meteen een methode aanmaken waarin die waarden al gekozen zijn.
            </p>
            <form method="get" style={{ display: 'flex', gap: '1rem', alignItems: 'flex-end', flexWrap: 'wrap' }}>
              <label>
                Doelgroep
                <br />
                <select name="doelgroep" defaultValue={audience?.value ?? ''}>
                  <option value="">Alle doelgroepen</option>
                  {AUDIENCES.map((entry) => (
                    <option key={entry.value} value={entry.value}>{entry.label}</option>
                  ))}
                </select>
              </label>
              <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>Toon</button>
            </form>
            <div role="region" aria-labelledby="coverage-caption" tabIndex={0} style={{ overflowX: 'auto', marginTop: '1.5rem' }}>
              <table data-coverage style={{ borderCollapse: 'collapse', minWidth: '100%' }}>
                <caption id="coverage-caption" style={{ textAlign: 'left', fontWeight: 600, paddingBottom: '0.5rem' }}>
                  Methoden per soort stigma en setting, {audience ? `voor ${lower(audience.label)}` : 'alle doelgroepen'}
                </caption>
                <thead>
                  <tr>
                    <th scope="col" style={cellStyle}>Soort stigma</th>
                    {SETTINGS.map((setting) => (
                      <th key={setting.value} scope="col" style={cellStyle}>{setting.label}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {report.map((row, r) => (
                    <tr key={STIGMA_TYPES[r]!.value}>
                      <th scope="row" style={{ ...cellStyle, textAlign: 'left' }}>{STIGMA_TYPES[r]!.label}</th>
                      {row.map((cell, s) => {
                        const where = `${lower(STIGMA_TYPES[r]!.label)} in ${lower(SETTINGS[s]!.label)}`
                        if (cell.total === 0) {
                          const initialData = { stigmaTypes: [cell.stigmaType], settings: [cell.setting], ...(audience ? { audiences: [audience.value] } : {}) }
                          return (
                            <td key={cell.setting} data-count="0" data-empty style={{ ...cellStyle, background: 'var(--theme-warning-50, #fff4d6)' }}>
                              <span>Geen</span>
                              <span style={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '0.25rem', marginTop: '0.25rem' }}>
                                {COVERAGE_COLLECTIONS.map((collection) => (
                                  <CoverageCreate key={collection} collection={collection} label={labelOf(collection, 'singular')} initialData={initialData} description={`voor ${where}`} />
                                ))}
                              </span>
                            </td>
                          )
                        }
                        return (
                          <td key={cell.setting} data-count={cell.total} style={cellStyle}>
                            <strong>{cell.total}</strong>
                            <ul style={{ listStyle: 'none', margin: '0.25rem 0 0', padding: 0 }}>
                              {COVERAGE_COLLECTIONS.filter((collection) => cell.counts[collection] > 0).map((collection) => (
                                <li key={collection}>
                                  <a href={listHref(adminRoute, collection, cell, audience?.value)}>
                                    {cell.counts[collection]} {lower(labelOf(collection, cell.counts[collection] === 1 ? 'singular' : 'plural'))}
                                  </a>
                                </li>
                              ))}
                            </ul>
                          </td>
                        )
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
    </EditorsView>
  )
}

const cellStyle = { border: '1px solid var(--theme-elevation-150, #ccc)', padding: '0.5rem', verticalAlign: 'top', textAlign: 'left' as const }
