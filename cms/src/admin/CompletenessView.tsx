import type { AdminViewServerProps } from 'payload'
import { EditorsView } from './EditorsView.tsx'
import { CONTENT_COLLECTIONS, SHARED_FIELDS, type ContentCollectionSlug } from '@toolkit/schemas'
import { completenessFieldsOf, completenessReport, STATUS_LABEL_KEY, type CompletenessFilter } from './completenessReport.ts'

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined

/**
 * The filter in the address: `?collectie=interventions` and
 * `?veld=interventions:evidenceLevel` (a field belongs to one collection).
 */
function filterOf(searchParams: Record<string, string | string[] | undefined> | undefined): CompletenessFilter {
  const field = one(searchParams?.veld)
  const [fieldCollection, path] = field?.includes(':') ? field.split(':', 2) : [undefined, undefined]
  const collection = fieldCollection ?? one(searchParams?.collectie)
  return { collection: CONTENT_COLLECTIONS.includes(collection as ContentCollectionSlug) ? collection : undefined, field: path }
}

/**
 * "Volledigheid" (/admin/volledigheid): per collection, the documents that
 * still lack something, what they lack, and a link to each. Editors only.
 */
export async function CompletenessView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const filter = filterOf(searchParams as Record<string, string | string[] | undefined>)
  const report = await completenessReport(req, filter)
  const labelOf = (collection: ContentCollectionSlug) => {
    const plural = req.payload.collections[collection]?.config.labels.plural
    return typeof plural === 'string' ? plural : collection
  }
  return (
    <EditorsView view={{ initPageResult, params, searchParams }} viewType="volledigheid" className="completeness-view" title={SHARED_FIELDS.completeness.label}>
        {report === null ? null : (
          <>
            <p>
              Wat de documenten nog missen, berekend uit hun velden (laatste versie, concepten meegeteld). Vul het aan in
              het document; het verdwijnt dan vanzelf uit dit overzicht. Zeggen de bronnen niets over een veld, kies het in
              het document onder &quot;{SHARED_FIELDS.sourcesSilent.label}&quot;.
            </p>
            <form method="get" className="completeness-filter" style={{ display: 'flex', gap: '1rem', alignItems: 'flex-end', flexWrap: 'wrap' }}>
              <label>
                Collectie
                <br />
                <select name="collectie" defaultValue={filter.collection ?? ''}>
                  <option value="">Alle collecties</option>
                  {CONTENT_COLLECTIONS.map((collection) => (
                    <option key={collection} value={collection}>{labelOf(collection)}</option>
                  ))}
                </select>
              </label>
              <label>
                Ontbrekend veld
                <br />
                <select name="veld" defaultValue={filter.field && filter.collection ? `${filter.collection}:${filter.field}` : ''}>
                  <option value="">Alle velden</option>
                  {CONTENT_COLLECTIONS.filter((collection) => !filter.collection || collection === filter.collection).map((collection) => (
                    <optgroup key={collection} label={labelOf(collection)}>
                      {completenessFieldsOf(collection).map((field) => (
                        <option key={field.path} value={`${collection}:${field.path}`}>{field.label}</option>
                      ))}
                    </optgroup>
                  ))}
                </select>
              </label>
              <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>Filter</button>
              {(filter.collection || filter.field) && <a href="?">Alle documenten</a>}
            </form>
            {report.map((section) => (
              <section key={section.collection} data-collection={section.collection} style={{ marginTop: '2rem' }}>
                <h2>
                  {section.label}{' '}
                  <small>
                    ({section.incomplete.length === 0 ? 'alles compleet' : `${section.incomplete.length} van ${section.total} onvolledig`})
                  </small>
                </h2>
                {section.incomplete.length > 0 && (
                  <ul>
                    {section.incomplete.map((doc) => (
                      <li key={doc.id} data-incomplete={doc.id} style={{ marginBottom: '0.75rem' }}>
                        <a href={doc.href}>{doc.title}</a> <small>({req.t(STATUS_LABEL_KEY[doc.status])})</small>
                        <br />
                        Ontbreekt:{' '}
                        {doc.missing.map((item, i) => (
                          <span key={item.path}>
                            {i > 0 && ', '}
                            <a href={item.href} data-field={item.path}>{item.label}</a>
                          </span>
                        ))}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            ))}
          </>
        )}
    </EditorsView>
  )
}
