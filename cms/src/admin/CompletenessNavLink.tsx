'use client'
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { useConfig } from '@payloadcms/ui'
import { COMPLETENESS_VIEW_PATH } from './completeness.ts'

/** "Volledigheid" in the admin navigation, styled like the collection links. */
export function CompletenessNavLink() {
  const { config } = useConfig()
  const pathname = usePathname()
  const href = `${config.routes.admin}${COMPLETENESS_VIEW_PATH}`
  const active = pathname === href
  return (
    <Link className="nav__link" href={href} id="nav-volledigheid" prefetch={false} aria-current={active ? 'page' : undefined}>
      {active && <div className="nav__link-indicator" />}
      <span className="nav__link-label">Volledigheid</span>
    </Link>
  )
}
