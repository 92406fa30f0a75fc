import type { AdminViewServerProps, ViewTypes } from 'payload'
import type { ReactNode } from 'react'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'

/**
 * The frame of an editors-only admin view (Volledigheid, Dekking, Resultaten
 * evaluaties): Payload's own template with its navigation, the heading, and
 * the content, or, where the view gave none because the visitor is no
 * editor, a line that sends them to the login.
 */
export function EditorsView({
  view,
  viewType,
  className,
  title,
  children,
}: {
  view: Pick<AdminViewServerProps, 'initPageResult' | 'params' | 'searchParams'>
  /** Payload's name for the view, used in its navigation. */
  viewType: ViewTypes
  className: string
  title: string
  /** null for a visitor who may not see it. */
  children: ReactNode | null
}) {
  const { initPageResult, params, searchParams } = view
  const { req, locale, permissions, visibleEntities } = initPageResult
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
      viewType={viewType}
    >
      {/* The header's breadcrumb names the view, as it names a collection (it stayed empty). */}
      <SetStepNav nav={[{ label: title }]} />
      <Gutter className={className}>
        <h1>{title}</h1>
        {children ?? (
          <p>
            Dit overzicht is alleen voor de redactie. <a href={`${req.payload.config.routes.admin}/login`}>Log in</a> als redacteur.
          </p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
