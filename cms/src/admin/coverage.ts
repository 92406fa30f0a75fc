/**
 * The admin's gap map: the "Dekking" view at /admin/dekking and its link in
 * the navigation. Spread into `admin.components` of the Payload config.
 */
import type { Config } from 'payload'

export const COVERAGE_VIEW_PATH = '/dekking'

export const coverageAdminComponents = {
  afterNavLinks: ['/admin/CoverageNavLink#CoverageNavLink'],
  views: {
    dekking: {
      Component: '/admin/CoverageView#CoverageView',
      path: COVERAGE_VIEW_PATH,
      exact: true,
    },
  },
} satisfies NonNullable<NonNullable<Config['admin']>['components']>
