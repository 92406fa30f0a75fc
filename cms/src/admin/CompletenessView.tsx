import type { AdminViewServerProps } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { completenessReport } from './completenessReport.ts'

const STATUS = { draft: 'concept', published: 'gepubliceerd' } as Record<string, string>

/**
 * "Volledigheid" (/admin/volledigheid): per collection, the documents that
 * still lack something, what they lack, and a link to each. Editors only.
 */
export async function CompletenessView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const report = await completenessReport(req)
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
      viewType="volledigheid"
    >
      <Gutter className="completeness-view">
        <h1>Volledigheid</h1>
        {report === null ? (
          <p>Dit overzicht is alleen voor de redactie. <a href={`${req.payload.config.routes.admin}/login`}>Log in</a> als redacteur.</p>
        ) : (
          <>
            <p>
              Wat de documenten nog missen, berekend uit hun velden (laatste versie, concepten meegeteld). Vul het aan in
              het document; het verdwijnt dan vanzelf uit dit overzicht.
            </p>
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
                        <a href={doc.href}>{doc.title}</a> <small>({STATUS[doc.status] ?? doc.status})</small>
                        <br />
                        Ontbreekt: {doc.missing.join(', ')}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            ))}
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
