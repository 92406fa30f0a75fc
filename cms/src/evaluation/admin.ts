/**
 * The editors' results page in the admin: "Evaluaties" at /admin/evaluaties
 * and its link in the navigation. Spread into `admin.components` of the
 * Payload config.
 */
import type { Config } from 'payload'

export const EVALUATIONS_VIEW_PATH = '/evaluaties'

export const evaluationAdminComponents = {
  afterNavLinks: ['/evaluation/EvaluationsNavLink#EvaluationsNavLink'],
  views: {
    evaluaties: { Component: '/evaluation/EvaluationsView#EvaluationsView', path: EVALUATIONS_VIEW_PATH, exact: true },
  },
} satisfies NonNullable<NonNullable<Config['admin']>['components']>
