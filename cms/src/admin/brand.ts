/**
 * The toolkit's name and mark in the admin instead of Payload's: the logo on
 * the login page, the icon in the navigation, initials as the account
 * picture (no Gravatar), and dashboard cards that say what each collection
 * holds. Spread into `admin`.
 */
import type { Config } from 'payload'

type Admin = NonNullable<Config['admin']>

export const brandAdminComponents: NonNullable<Admin['components']> = {
  graphics: {
    Logo: '/admin/Logo#Logo',
    Icon: '/admin/Icon#Icon',
  },
}

export const brandAdmin: Pick<Admin, 'avatar' | 'dashboard'> = {
  avatar: { Component: '/admin/Avatar#Avatar' },
  // Replaces Payload's own `collections` widget (sanitize adds it only when no layout is given).
  dashboard: {
    widgets: [{ slug: 'toolkit-collections', label: 'Collecties', Component: '/admin/CollectionCards#CollectionCards', minWidth: 'full' }],
    defaultLayout: [{ widgetSlug: 'toolkit-collections', width: 'full' }],
  },
}
