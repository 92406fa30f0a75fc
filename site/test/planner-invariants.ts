/**
 * What every plan must be, made or edited (src/lib/planner): the minutes add up, the guide's order, one opening and one
 * closing, every item in the content; and any input the form can give, for the property tests. Shared by the planner's
 * test files.
 */
import fc from 'fast-check'
import { expect } from 'vitest'
import { AUDIENCES } from '@toolkit/schemas'
import { PHASES, TIME_STEPS, totalMinutes, type Plan, type PlanInput, type PlanItem, type PlannerCatalog } from '../src/lib/planner/index.ts'
import { seedCatalog } from './planner-helpers.ts'

const seed = seedCatalog()

const PHASE_OF: Record<PlanItem['kind'], (typeof PHASES)[number]> = {
  opening: 'opening', theory: 'theory', fragment: 'fragments', activity: 'activities', actions: 'actions', closing: 'closing',
}

/** Any input the form can give, plus themes from the content. */
export const inputArb: fc.Arbitrary<PlanInput> = fc.record({
  minutes: fc.constantFrom(...TIME_STEPS),
  audience: fc.constantFrom(...AUDIENCES.map((entry) => entry.value)),
  themes: fc.uniqueArray(fc.constantFrom(...seed.themes.map((theme) => theme.slug)), { maxLength: 4 }),
  // The stigma types the form offers: not one that is shown as a theme ("Zelfstigma").
  stigmaTypes: fc.uniqueArray(fc.constantFrom(...seed.labels.stigmaTypes.map((entry) => entry.value)), { maxLength: 3 }),
  groupSize: fc.integer({ min: 2, max: 60 }),
  coFacilitator: fc.boolean(),
})

export function checkInvariants(plan: Plan, options: { generated: boolean; catalog?: PlannerCatalog }) {
  const { catalog } = { catalog: seed, ...options }
  expect(totalMinutes(plan.items)).toBe(plan.input.minutes)
  expect(plan.input.minutes).toBeGreaterThanOrEqual(20)
  expect(plan.input.minutes).toBeLessThanOrEqual(240)
  if (options.generated && plan.input.minutes < 60) {
    // A slot in a team meeting: one fragment or one activity, no theory block.
    expect(plan.items.filter((item) => item.kind === 'fragment' || item.kind === 'activity')).toHaveLength(1)
    expect(plan.items.some((item) => item.kind === 'theory')).toBe(false)
  }
  for (const item of plan.items) expect(item.minutes).toBeGreaterThan(0)
  // Phases in the guide's order (an edited plan may reorder fragments and activities among themselves).
  const phases = plan.items.map((item) => PHASES.indexOf(PHASE_OF[item.kind]))
  const comparable = options.generated ? phases : phases.map((phase) => (phase === PHASES.indexOf('activities') ? PHASES.indexOf('fragments') : phase))
  expect([...comparable].sort((a, b) => a - b)).toEqual(comparable)
  expect(plan.items.filter((item) => item.kind === 'opening')).toHaveLength(1)
  expect(plan.items.filter((item) => item.kind === 'closing')).toHaveLength(1)
  // No item twice, every item exists in the content.
  const keys = plan.items.flatMap((item) => ('slug' in item ? [`${item.kind}/${item.slug}`] : []))
  expect(new Set(keys).size).toBe(keys.length)
  for (const item of plan.items) {
    if (item.kind === 'fragment') expect(catalog.fragments.map((f) => f.slug)).toContain(item.slug)
    if (item.kind === 'activity') {
      const activity = catalog.activities.find((a) => a.slug === item.slug)
      expect(activity).toBeDefined()
      expect(item.minutes).toBeGreaterThanOrEqual(activity!.durationMinutes.min)
      expect(item.minutes).toBeLessThanOrEqual(activity!.durationMinutes.max)
    }
    if (item.kind === 'theory') {
      expect(new Set(item.figures).size).toBe(item.figures.length)
      for (const slug of item.figures) expect(catalog.findings.map((f) => f.slug)).toContain(slug)
      expect(item.figures.length).toBeGreaterThanOrEqual(Math.min(2, catalog.findings.length))
      expect(item.figures.length).toBeLessThanOrEqual(4)
    }
  }
}
