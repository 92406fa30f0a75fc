'use client'
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { useConfig } from '@payloadcms/ui'
import { COVERAGE_VIEW_PATH } from './coverage.ts'

/** "Dekking" in the admin navigation, styled like the collection links. */
export function CoverageNavLink() {
  const { config } = useConfig()
  const pathname = usePathname()
  const href = `${config.routes.admin}${COVERAGE_VIEW_PATH}`
  const active = pathname === href
  return (
    <Link className="nav__link" href={href} id="nav-dekking" prefetch={false} aria-current={active ? 'page' : undefined}>
      {active && <div className="nav__link-indicator" />}
      <span className="nav__link-label">Dekking</span>
    </Link>
  )
}
