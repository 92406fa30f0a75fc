import type { WidgetServerProps } from 'payload'
import { getTranslation } from '@payloadcms/translations'
import { Button, Card } from '@payloadcms/ui'
import { getNavGroups, getVisibleEntities } from '@payloadcms/ui/shared'
import { EntityType, getAccessResults } from 'payload'
import { formatAdminURL } from 'payload/shared'

const documents = (count: number) => (count === 1 ? '1 document' : `${count.toLocaleString('nl-NL')} documenten`)

/**
 * The dashboard's collection cards (a dashboard widget in place of Payload's
 * `collections` widget): each says what the collection holds (its
 * `admin.description`) and how many documents it has, counted as the
 * signed-in user may read them. Same groups, links and "create" buttons as
 * Payload's own cards.
 */
export async function CollectionCards({ req }: WidgetServerProps) {
  const { i18n, payload } = req
  const adminRoute = payload.config.routes.admin
  const permissions = await getAccessResults({ req })
  const groups = getNavGroups(permissions, getVisibleEntities({ req }), payload.config, i18n)
  const counts = new Map<string, number>()
  await Promise.all(
    groups
      .flatMap((group) => group.entities)
      .filter((entity) => entity.type === EntityType.collection)
      .map(async ({ slug }) => {
        const { totalDocs } = await payload.count({ collection: slug, req, overrideAccess: false })
        counts.set(slug, totalDocs)
      }),
  )
  return (
    <div className="collections toolkit-collections">
      <div className="collections__wrap">
        {groups.map(({ entities, label }) => (
          <div className="collections__group" key={label}>
            <h2 className="collections__label">{label}</h2>
            <ul className="collections__card-list">
              {entities.map(({ slug, type, label: entityLabel }) => {
                const isCollection = type === EntityType.collection
                const title = getTranslation(entityLabel, i18n)
                const config = isCollection ? payload.collections[slug]?.config : payload.config.globals.find((global) => global.slug === slug)
                const description = config?.admin?.description
                const href = formatAdminURL({ adminRoute, path: isCollection ? `/collections/${slug}` : `/globals/${slug}` })
                const canCreate = isCollection && permissions.collections?.[slug]?.create
                return (
                  <li key={slug}>
                    <Card
                      id={`card-${slug}`}
                      titleAs="h3"
                      href={href}
                      buttonAriaLabel={isCollection ? `Toon alle ${title}` : `Bewerk ${title}`}
                      // Payload types the title as text; it renders any node, here name, count and description.
                      title={
                        (<span className="toolkit-card">
                          <span className="toolkit-card__name">{title}</span>
                          {isCollection && <span className="toolkit-card__count" style={{ display: 'block', fontWeight: 400, marginTop: '0.25rem' }}>{documents(counts.get(slug) ?? 0)}</span>}
                          {typeof description === 'string' && (
                            <span className="toolkit-card__description" style={{ display: 'block', fontWeight: 400, fontSize: '0.8125rem', marginTop: '0.25rem', color: 'var(--theme-elevation-650)' }}>
                              {description}
                            </span>
                          )}
                        </span>) as unknown as string
                      }
                      actions={
                        canCreate ? (
                          <Button aria-label={`Nieuw: ${getTranslation(payload.collections[slug]!.config.labels.singular, i18n)}`} buttonStyle="icon-label" el="link" icon="plus" iconStyle="with-border" round to={formatAdminURL({ adminRoute, path: `/collections/${slug}/create` })} />
                        ) : undefined
                      }
                    />
                  </li>
                )
              })}
            </ul>
          </div>
        ))}
      </div>
    </div>
  )
}
