/**
 * The toolkit's name and mark in the admin instead of Payload's: the logo on
 * the login page, the icon in the navigation. Spread into `admin.components`.
 */
import type { Config } from 'payload'

export const brandAdminComponents: NonNullable<NonNullable<Config['admin']>['components']> = {
  graphics: {
    Logo: '/admin/Logo#Logo',
    Icon: '/admin/Icon#Icon',
  },
}
