/**
 * The admin's completeness overview: the "Volledigheid" view at
 * /admin/volledigheid and its link in the navigation. Spread into
 * `admin.components` of the Payload config.
 */
import type { Config } from 'payload'

export const COMPLETENESS_VIEW_PATH = '/volledigheid'

export const completenessAdminComponents: NonNullable<NonNullable<Config['admin']>['components']> = {
  afterNavLinks: ['/admin/CompletenessNavLink#CompletenessNavLink'],
  views: {
    volledigheid: {
      Component: '/admin/CompletenessView#CompletenessView',
      path: COMPLETENESS_VIEW_PATH,
      exact: true,
    },
  },
}
