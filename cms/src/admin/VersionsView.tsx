/**
 * The versions list of a content document, as Payload's own (date with a
 * link to the comparison, status, pages) plus who made each version
 * ("Door", the `editedBy` field, fields/editedBy.ts). Payload 3.90 has no way
 * to add a column to its versions list and does not export that view, so
 * this one takes its place (`admin.components.views.edit.versions` in
 * contentCollection) and builds the same table from Payload's exported parts.
 */
import { Gutter, Link, ListQueryProvider, Pill, SetDocumentStepNav, SortColumn } from '@payloadcms/ui'
import { notFound } from 'next/navigation.js'
import type { Column } from '@payloadcms/ui'
import type { DocumentViewServerProps, PaginatedDocs, TypeWithVersion } from 'payload'
import { formatAdminURL } from 'payload/shared'
import { SHARED_FIELDS } from '@toolkit/schemas'
import { EDITED_BY } from '../fields/editedBy.ts'
import { adminDate } from './adminDate.ts'
import { VersionsTable } from './VersionsTable.tsx'

type VersionDoc = TypeWithVersion<{ _status?: 'draft' | 'published'; [EDITED_BY]?: string | null; updatedAt?: string }> & { autosave?: boolean }
type Latest = { id: string | number; updatedAt: string } | undefined

const BASE_CLASS = 'versions'

export async function VersionsView(props: DocumentViewServerProps) {
  const { initPageResult, routeSegments, searchParams = {} } = props
  const { collectionConfig, docID, req } = initPageResult
  if (!collectionConfig || docID === undefined) return notFound()
  const { payload, i18n, t, user } = req
  const config = payload.config
  const collection = collectionConfig.slug
  const limit = Number(searchParams.limit) || collectionConfig.admin?.pagination?.defaultLimit || 10
  const page = Number(searchParams.page) || 1
  const sort = typeof searchParams.sort === 'string' ? searchParams.sort : undefined
  const isTrashed = routeSegments?.[2] === 'trash'

  const find = (options: { limit: number; page?: number; sort?: string; status?: 'draft' | 'published' }) =>
    payload.findVersions({
      collection,
      depth: 0,
      limit: options.limit,
      page: options.page,
      sort: options.sort ?? '-updatedAt',
      where: { and: [{ parent: { equals: docID } }, ...(options.status ? [{ 'version._status': { equals: options.status } }] : [])] },
      req,
      user,
      overrideAccess: false,
    }) as Promise<PaginatedDocs<VersionDoc>>
  const [versions, published, draft] = await Promise.all([find({ limit, page, sort }), find({ limit: 1, status: 'published' }), find({ limit: 1, status: 'draft' })])
  const latest = (result: PaginatedDocs<VersionDoc>): Latest => (result.docs[0] ? { id: result.docs[0].id, updatedAt: result.docs[0].updatedAt } : undefined)
  const currentlyPublished = props.hasPublishedDoc ? latest(published) : undefined
  const latestDraft = latest(draft)

  const linkTo = (id: string | number) =>
    formatAdminURL({ adminRoute: config.routes.admin, path: `/collections/${collection}/${isTrashed ? 'trash/' : ''}${docID}/versions/${id}` })
  // The same labels and colours as Payload's own version pills (getVersionLabel in @payloadcms/next).
  const status = (doc: VersionDoc) => {
    if (doc.version._status === 'draft') {
      const current = doc.id === latestDraft?.id && !(currentlyPublished && currentlyPublished.updatedAt > latestDraft.updatedAt)
      return { label: t(current ? 'version:currentDraft' : 'version:draft'), style: 'light' as const }
    }
    const current = doc.id === currentlyPublished?.id
    return { label: t(current ? 'version:currentlyPublished' : 'version:previouslyPublished'), style: current ? ('success' as const) : ('light' as const) }
  }

  const columns: Column[] = [
    {
      accessor: 'updatedAt',
      active: true,
      field: { name: '', type: 'date' },
      Heading: <SortColumn Label={t('general:updatedAt')} name="updatedAt" />,
      renderedCells: versions.docs.map((doc) => (
        <Link key={doc.id} href={linkTo(doc.id)} prefetch={false}>
          {adminDate(doc.updatedAt, i18n)}
        </Link>
      )),
    },
    {
      accessor: EDITED_BY,
      active: true,
      field: { name: '', type: 'text' },
      Heading: <SortColumn disable Label={SHARED_FIELDS.editedBy.label} name={EDITED_BY} />,
      renderedCells: versions.docs.map((doc) => (
        <span key={doc.id} className="version-author">
          {doc.version[EDITED_BY] || '—'}
        </span>
      )),
    },
    {
      accessor: '_status',
      active: true,
      field: { name: '', type: 'checkbox' },
      Heading: <SortColumn disable Label={t('version:status')} name="status" />,
      renderedCells: versions.docs.map((doc) => {
        const { label, style } = status(doc)
        return (
          <div key={doc.id} className="autosave-cell__items">
            {doc.autosave ? <Pill size="small">{t('version:autosave')}</Pill> : null}
            <Pill pillStyle={style} size="small">
              {label}
            </Pill>
          </div>
        )
      }),
    },
  ]

  const plural = collectionConfig.labels.plural
  return (
    <>
      <SetDocumentStepNav
        collectionSlug={collection}
        id={docID}
        isTrashed={isTrashed}
        pluralLabel={typeof plural === 'function' ? plural({ i18n, t }) : plural}
        useAsTitle={collectionConfig.admin?.useAsTitle}
        view={i18n.t('version:versions')}
      />
      <main className={BASE_CLASS}>
        <Gutter className={`${BASE_CLASS}__wrap`}>
          <ListQueryProvider data={versions} modifySearchParams query={{ limit, sort }}>
            <VersionsTable baseClass={BASE_CLASS} columns={columns} // Payload fills in the page sizes when it sanitizes the config.
            paginationLimits={collectionConfig.admin.pagination!.limits!} />
          </ListQueryProvider>
        </Gutter>
      </main>
    </>
  )
}
