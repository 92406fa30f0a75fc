import type { AdminViewServerProps } from 'payload'
import { Fragment, type ReactNode } from 'react'
import { EditorsView } from './EditorsView.tsx'
import { AUDIENCES, COVERAGE_COLLECTIONS, COVERAGE_HEADINGS, SETTINGS, STIGMA_TYPES, type CoverageCount } from '@toolkit/schemas'
import { CoverageAudience } from './CoverageAudience.tsx'
import { CoverageCreate } from './CoverageCreate.tsx'
import { coverageReport, listHref, type CellPlace } from './coverageReport.ts'

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined

/**
 * "Dekking" (/admin/dekking): the gap map for editors, as the site's
 * /dekking/ draws it: per stigma type and care setting the number of
 * methods, per stigma type in any setting ("Alle settings"), per setting of
 * any stigma type; each number per collection linked to the list of those
 * documents. An empty cell offers to create a method with those values
 * already set. Narrowed to one audience with `?doelgroep=`. Headings from
 * the schemas (COVERAGE_HEADINGS), counts from the schemas' coverageCounts.
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

  /** A number and, per collection that has any, a link to those documents. */
  const counted = (count: CoverageCount, place: CellPlace, total = false): ReactNode => (
    <td data-count={count.total} style={total ? totalStyle : cellStyle}>
      {count.total === 0 ? (
        <span>Geen</span>
      ) : (
        <>
          <strong>{count.total}</strong>
          <ul style={{ listStyle: 'none', margin: '0.25rem 0 0', padding: 0 }}>
            {COVERAGE_COLLECTIONS.filter((collection) => count.counts[collection] > 0).map((collection) => (
              <li key={collection}>
                <a href={listHref(adminRoute, collection, place, audience?.value, report?.themeOfStigmaType)}>
                  {count.counts[collection]} {lower(labelOf(collection, count.counts[collection] === 1 ? 'singular' : 'plural'))}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </td>
  )

  return (
    <EditorsView view={{ initPageResult, params, searchParams }} viewType="dekking" className="coverage-view" title="Dekking">
        {report === null ? null : (
          <>
            <p>
              Hoeveel methoden ({COVERAGE_COLLECTIONS.map((c) => lower(labelOf(c, 'plural'))).join(', ')}) er zijn per soort stigma en
              setting, volgens de velden ‘{COVERAGE_HEADINGS.stigmaTypes}’ en ‘{COVERAGE_HEADINGS.settings}’ (laatste versie, concepten
              meegeteld). Een methode met een thema dat zo heet als een soort stigma (Zelfstigma) telt ook bij die soort; methoden zonder
              setting staan alleen onder ‘{COVERAGE_HEADINGS.allSettings}’. Zo telt ook de pagina Dekking op de site. Bij een lege cel kun je
              meteen een methode aanmaken waarin die waarden al gekozen zijn.
            </p>
            <CoverageAudience label={COVERAGE_HEADINGS.audiences} options={AUDIENCES.map(({ value, label }) => ({ value, label }))} value={audience?.value} />
            <div role="region" aria-labelledby="coverage-caption" tabIndex={0} style={{ overflowX: 'auto', marginTop: '1.5rem' }}>
              <table data-coverage style={{ borderCollapse: 'collapse', minWidth: '100%' }}>
                <caption id="coverage-caption" style={{ textAlign: 'left', fontWeight: 600, paddingBottom: '0.5rem' }}>
                  Methoden per soort stigma en setting, {audience ? `voor ${lower(audience.label)}` : 'alle doelgroepen'}
                </caption>
                <thead>
                  <tr>
                    <th scope="col" style={cellStyle}>{COVERAGE_HEADINGS.stigmaTypes}</th>
                    {SETTINGS.map((setting) => (
                      <th key={setting.value} scope="col" style={cellStyle}>{setting.label}</th>
                    ))}
                    <th scope="col" style={totalStyle}>{COVERAGE_HEADINGS.allSettings}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.rows.map((row, r) => (
                    <tr key={row.stigmaType}>
                      <th scope="row" style={{ ...cellStyle, textAlign: 'left' }}>{STIGMA_TYPES[r]!.label}</th>
                      {row.cells.map((cell, s) => {
                        if (cell.total > 0) return <Fragment key={cell.setting}>{counted(cell, { stigmaType: row.stigmaType, setting: cell.setting })}</Fragment>
                        const where = `${lower(STIGMA_TYPES[r]!.label)} in ${lower(SETTINGS[s]!.label)}`
                        const initialData = { stigmaTypes: [row.stigmaType], settings: [cell.setting], ...(audience ? { audiences: [audience.value] } : {}) }
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
                      })}
                      {counted(row.all, { stigmaType: row.stigmaType }, true)}
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" style={{ ...totalStyle, textAlign: 'left' }}>{COVERAGE_HEADINGS.allStigmaTypes}</th>
                    {report.columnTotals.map((column) => (
                      <Fragment key={column.setting}>{counted(column, { setting: column.setting }, true)}</Fragment>
                    ))}
                    {counted(report.total, {}, true)}
                  </tr>
                </tfoot>
              </table>
            </div>
          </>
        )}
    </EditorsView>
  )
}

const cellStyle = { border: '1px solid var(--theme-elevation-150, #ccc)', padding: '0.5rem', verticalAlign: 'top', textAlign: 'left' as const }
const totalStyle = { ...cellStyle, background: 'var(--theme-elevation-50, #f4f6f8)' }
