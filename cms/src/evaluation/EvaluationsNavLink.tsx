'use client'
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { useConfig } from '@payloadcms/ui'
import { EVALUATIONS_VIEW_PATH } from './admin.ts'

/** "Resultaten evaluaties" in the admin navigation, styled like the collection links. */
export function EvaluationsNavLink() {
  const { config } = useConfig()
  const pathname = usePathname()
  const href = `${config.routes.admin}${EVALUATIONS_VIEW_PATH}`
  const active = pathname === href
  return (
    <Link className="nav__link" href={href} id="nav-evaluaties" prefetch={false} aria-current={active ? 'page' : undefined}>
      {active && <div className="nav__link-indicator" />}
      <span className="nav__link-label">Resultaten evaluaties</span>
    </Link>
  )
}
