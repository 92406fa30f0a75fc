/** The session planner: pure planning logic over the published content (no DOM, no fetch). */
export * from './types.ts'
export * from './rules.ts'
export { rankCandidates, rankFindings, askedNames, themeName } from './fit.ts'
export * from './plan.ts'
export * from './url.ts'
export * from './describe.ts'
export * from './calendar.ts'
export { catalogFrom, citationOf } from './catalog.ts'
