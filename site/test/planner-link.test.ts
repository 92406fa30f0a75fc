/**
 * A method's page links to the planner with that method (`/plannen/?werkvorm=<slug>`, `?fragment=<slug>`,
 * src/lib/planner/url.ts and ensure-item.ts): the plan made from the inputs gets the item with the planner's own edits.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { planFromSearch, plannerPathWith, remakePlan, searchOf, type Asked, type Plan, type PlannerCatalog } from '../src/lib/planner/index.ts'
import { seedCatalog } from './planner-helpers.ts'
import { checkInvariants, inputArb } from './planner-invariants.ts'

const catalog = seedCatalog()

describe('a link from a method’s page: ?werkvorm= and ?fragment=', () => {
  const EMPOWERMENT = 'de-rol-van-empowerment'
  // The seed has one fragment and one activity; a long activity for another group ranks last and makes the plan full.
  const base = catalog.activities.find((activity) => activity.slug === EMPOWERMENT)!
  const wider: PlannerCatalog = {
    ...catalog,
    activities: [...catalog.activities, { ...base, slug: 'lange-werkvorm', title: 'Lange werkvorm', durationMinutes: { min: 40, max: 45 }, audiences: ['clients'] }],
  }
  const slugsOf = (plan: Plan) => plan.items.flatMap((item) => ('slug' in item ? [`${item.kind}/${item.slug}`] : []))
  const texts = (plan: Plan) => plan.notices.map((notice) => notice.text)

  /** A reload of the address the planner writes keeps the plan, and what the link asked for (a new plan keeps that too). */
  function expectRoundTrip(result: { plan: Plan; edited: boolean; asked: Asked[] }, within: PlannerCatalog) {
    const search = searchOf(result.plan, result.edited, result.asked)
    const back = planFromSearch(search, within)
    expect(back.edited).toBe(result.edited)
    expect(back.plan.items).toEqual(result.plan.items)
    expect(back.plan.input).toEqual(result.plan.input)
    expect(back.asked).toEqual(result.asked)
  }

  it('the link on a page: /plannen/ with the slug under the part’s own name', () => {
    expect(plannerPathWith('activity', EMPOWERMENT)).toBe('/plannen/?werkvorm=de-rol-van-empowerment')
    expect(plannerPathWith('fragment', 'hoop')).toBe('/plannen/?fragment=hoop')
    expect(plannerPathWith('fragment', 'a b&c')).toBe('/plannen/?fragment=a+b%26c')
  })

  it('adds the activity when it fits next to what the plan holds, and writes the edited plan into the URL', () => {
    const without = planFromSearch('?tijd=105', wider)
    expect(slugsOf(without.plan)).toEqual(['fragment/hoop', `activity/${EMPOWERMENT}`])
    const result = planFromSearch('?tijd=105&werkvorm=lange-werkvorm', wider)
    expect(result.edited).toBe(true)
    expect(slugsOf(result.plan)).toEqual(['fragment/hoop', `activity/${EMPOWERMENT}`, 'activity/lange-werkvorm'])
    expect(result.plan.items.map((item) => item.kind)).toEqual(['opening', 'theory', 'fragment', 'activity', 'activity', 'actions', 'closing'])
    checkInvariants(result.plan, { generated: false, catalog: wider })
    expect(texts(result.plan)).toEqual([])
    expect(searchOf(result.plan, result.edited)).toContain('plan=')
    expectRoundTrip(result, wider)
  })

  it('when it does not fit, it takes the place of the last activity', () => {
    const result = planFromSearch('?tijd=90&werkvorm=lange-werkvorm', wider)
    expect(result.edited).toBe(true)
    expect(slugsOf(result.plan)).toEqual(['fragment/hoop', 'activity/lange-werkvorm'])
    checkInvariants(result.plan, { generated: false, catalog: wider })
    expect(texts(result.plan)).toEqual([
      'Werkvorm ‘Lange werkvorm’ uit de link staat in het plan, in plaats van werkvorm ‘De rol van empowerment’: samen passen ze niet in 90 minuten.',
    ])
    expectRoundTrip(result, wider)
  })

  it('with no activity to take out, the film makes room (60 minutes hold one of the two)', () => {
    expect(slugsOf(planFromSearch('?tijd=60', catalog).plan)).toEqual(['fragment/hoop'])
    const result = planFromSearch(`?tijd=60&werkvorm=${EMPOWERMENT}`, catalog)
    expect(slugsOf(result.plan)).toEqual([`activity/${EMPOWERMENT}`])
    checkInvariants(result.plan, { generated: false })
    expect(texts(result.plan)).toEqual([
      'Werkvorm ‘De rol van empowerment’ uit de link staat in het plan, in plaats van filmfragment ‘Hoop’: samen passen ze niet in 60 minuten.',
    ])
    expectRoundTrip(result, catalog)
  })

  it('a short plan keeps its one part: the asked fragment replaces the chosen activity', () => {
    expect(slugsOf(planFromSearch('?tijd=30&thema=zelfstigma', catalog).plan)).toEqual([`activity/${EMPOWERMENT}`])
    const result = planFromSearch('?tijd=30&thema=zelfstigma&fragment=hoop', catalog)
    expect(result.edited).toBe(true)
    expect(result.plan.items.map((item) => item.kind)).toEqual(['opening', 'fragment', 'actions', 'closing'])
    checkInvariants(result.plan, { generated: true })
    expect(texts(result.plan)).toEqual([
      'Een plan korter dan een uur heeft één onderdeel: filmfragment ‘Hoop’ uit de link staat erin, in plaats van werkvorm ‘De rol van empowerment’.',
    ])
    expectRoundTrip(result, catalog)
  })

  /** A link whose item cannot go in: the plan the same link without it gives, with one notice more, not marked edited. */
  function expectPlanWithout(result: ReturnType<typeof planFromSearch>, without: ReturnType<typeof planFromSearch>, notice: string) {
    expect(result.edited).toBe(false)
    expect(result.plan.items).toEqual(without.plan.items)
    expect(texts(result.plan)).toEqual([...texts(without.plan), notice])
  }

  it('a short plan asked for both: the first stays, the second is named', () => {
    const result = planFromSearch(`?tijd=45&fragment=hoop&werkvorm=${EMPOWERMENT}`, catalog)
    expect(slugsOf(result.plan)).toEqual(['fragment/hoop'])
    checkInvariants(result.plan, { generated: true })
    expect(texts(result.plan)).toContain(
      'Een plan korter dan een uur heeft één onderdeel: filmfragment ‘Hoop’ uit de link staat erin, werkvorm ‘De rol van empowerment’ niet. Kies een uur of meer voor allebei.',
    )
  })

  it('an activity longer than the whole session: said so, and the plan as without it', () => {
    expectPlanWithout(
      planFromSearch(`?tijd=20&werkvorm=${EMPOWERMENT}`, catalog),
      planFromSearch('?tijd=20', catalog),
      'Werkvorm ‘De rol van empowerment’ uit de link (20–25 minuten) past niet in een bijeenkomst van 20 minuten. Kies meer tijd om die in te plannen.',
    )
  })

  it('an unknown slug: a Dutch notice, and the plan as without it', () => {
    const without = planFromSearch('?tijd=90', catalog)
    expectPlanWithout(
      planFromSearch('?tijd=90&werkvorm=bestaat-niet', catalog),
      without,
      'De werkvorm ‘bestaat-niet’ uit de link staat niet in de toolkit. Het plan is gemaakt zonder die werkvorm.',
    )
    const fragment = planFromSearch('?fragment=bestaat-ook-niet', catalog)
    expect(fragment.plan.items).toEqual(without.plan.items)
    expect(texts(fragment.plan)).toContain('Het filmfragment ‘bestaat-ook-niet’ uit de link staat niet in de toolkit. Het plan is gemaakt zonder dat filmfragment.')
  })

  it('an item already in the made plan: the plan is the same, only kept in the URL', () => {
    const without = planFromSearch('?tijd=90', catalog)
    for (const search of [`?tijd=90&werkvorm=${EMPOWERMENT}`, '?tijd=90&fragment=hoop']) {
      const result = planFromSearch(search, catalog)
      expect(result.plan).toEqual(without.plan)
      expect(result.edited).toBe(true)
      expectRoundTrip(result, catalog)
    }
  })

  it('a new time or group keeps what the link asked for, until an edit takes it out', () => {
    const linked = planFromSearch(`?werkvorm=${EMPOWERMENT}`, catalog)
    expect(linked.asked).toEqual([{ kind: 'activity', slug: EMPOWERMENT }])
    expect(searchOf(linked.plan, linked.edited, linked.asked)).toContain(`werkvorm=${EMPOWERMENT}`)
    // Made afresh for 30 minutes, the plan would hold the film instead.
    expect(slugsOf(remakePlan({ ...linked.plan.input, minutes: 30 }, [], catalog).plan)).not.toContain(`activity/${EMPOWERMENT}`)
    for (const minutes of [30, 45, 60, 120, 240]) {
      const again = remakePlan({ ...linked.plan.input, minutes }, linked.asked, catalog)
      expect(slugsOf(again.plan), `${minutes} minuten`).toContain(`activity/${EMPOWERMENT}`)
      expect(again.edited).toBe(true)
      checkInvariants(again.plan, { generated: minutes < 60, catalog })
    }
    const tooShort = remakePlan({ ...linked.plan.input, minutes: 20 }, linked.asked, catalog)
    expect(texts(tooShort.plan)).toContain('Werkvorm ‘De rol van empowerment’ uit de link (20–25 minuten) past niet in een bijeenkomst van 20 minuten. Kies meer tijd om die in te plannen.')
    // Asked for twice (the address and the plan in it), it is one part.
    expect(planFromSearch(searchOf(linked.plan, true, linked.asked), catalog).plan.items).toEqual(linked.plan.items)
  })

  it('an edited plan in the URL wins: the parameter is not applied to it', () => {
    const edited = planFromSearch('?tijd=90&werkvorm=lange-werkvorm', wider)
    const search = searchOf(edited.plan, true)
    const again = planFromSearch(`${search}&werkvorm=${EMPOWERMENT}`, wider)
    expect(again.plan.items).toEqual(edited.plan.items)
    expect(again.plan.notices).toEqual([])
  })

  it('any input with any asked item: a valid plan holding the item (or saying why not) that survives a reload', () => {
    const asked = fc.constantFrom(
      ...wider.fragments.map((f) => ['fragment', f.slug] as const),
      ...wider.activities.map((a) => ['activity', a.slug] as const),
      ['activity', 'bestaat-niet'] as const,
    )
    fc.assert(
      fc.property(inputArb, fc.array(asked, { minLength: 1, maxLength: 2 }), (input, items) => {
        const params = new URLSearchParams(searchOf({ input, items: [], notices: [] }, false))
        for (const [kind, slug] of items) params.set(kind === 'fragment' ? 'fragment' : 'werkvorm', slug)
        const result = planFromSearch(`?${params}`, wider)
        checkInvariants(result.plan, { generated: false, catalog: wider })
        if (input.minutes < 60) expect(result.plan.items.filter((item) => 'slug' in item).length).toBeLessThanOrEqual(1)
        const [kind, slug] = items.at(-1)!
        const held = slugsOf(result.plan).includes(`${kind}/${slug}`)
        if (!held) expect(texts(result.plan).some((text) => text.includes('uit de link'))).toBe(true)
        expectRoundTrip(result, wider)
      }),
      { numRuns: 300 },
    )
  })
})
