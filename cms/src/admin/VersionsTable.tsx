'use client'
/**
 * The table and page controls of the versions list (admin/VersionsView.tsx),
 * as Payload's own versions list lays them out, from Payload's exported parts.
 */
import { Pagination, PerPage, Table, useListQuery, useTranslation, type Column } from '@payloadcms/ui'

export function VersionsTable({ baseClass, columns, paginationLimits }: { baseClass: string; columns: Column[]; paginationLimits: number[] }) {
  const { data, handlePageChange, handlePerPageChange } = useListQuery()
  const { i18n } = useTranslation()
  if (!data || data.totalDocs === 0) return <div className={`${baseClass}__no-versions`}>{i18n.t('version:noFurtherVersionsFound')}</div>
  const first = (data.page! - 1) * data.limit + 1
  const last = Math.min(data.page! * data.limit, data.totalDocs)
  return (
    <>
      <Table columns={columns} data={data.docs} />
      <div className={`${baseClass}__page-controls`}>
        <Pagination
          hasNextPage={data.hasNextPage}
          hasPrevPage={data.hasPrevPage}
          limit={data.limit}
          nextPage={data.nextPage ?? undefined}
          numberOfNeighbors={1}
          onChange={handlePageChange}
          page={data.page}
          prevPage={data.prevPage ?? undefined}
          totalPages={data.totalPages}
        />
        <div className={`${baseClass}__page-info`}>
          {first}-{last} {i18n.t('general:of')} {data.totalDocs}
        </div>
        <PerPage handleChange={handlePerPageChange} limit={data.limit} limits={paginationLimits} />
      </div>
    </>
  )
}
