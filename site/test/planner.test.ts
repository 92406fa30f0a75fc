/**
 * The session planner's logic (src/lib/planner): plans from the seed content,
 * properties over many inputs (fast-check), edits, the URL, and what the
 * planner must never show (editors' notes).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addFigure,
  addItem,
  DEFAULT_INPUT,
  describePlan,
  makePlan,
  moveItem,
  planFromSearch,
  rangeOf,
  removeFigure,
  removeItem,
  searchOf,
  setMinutes,
  swapItem,
  totalMinutes,
  type Plan,
  type PlanItem,
  type PlannerCatalog,
} from '../src/lib/planner/index.ts'
import { calendarEvents, followUpDates } from '../src/lib/planner/calendar.ts'
import { catalogFrom, detailsFrom } from '../src/lib/planner/catalog.ts'
import { editorNotesInSeed, seedCatalog, seedCollectionsWithNotes, seedDetails, seedSnapshot } from './planner-helpers.ts'
import { checkInvariants, inputArb } from './planner-invariants.ts'

const catalog = seedCatalog()
const seed = catalog
const details = seedDetails()


describe('plans from the seed content', () => {
  it('60 minutes: a complete plan in the guide’s phases with a fragment, and the activity named as left out', () => {
    const plan = makePlan({ ...DEFAULT_INPUT, minutes: 60 }, catalog)
    expect(plan.items.map((item) => [item.kind, item.minutes])).toEqual([
      ['opening', 10], ['theory', 10], ['fragment', 25], ['actions', 10], ['closing', 5],
    ])
    expect(plan.notices.map((notice) => notice.text).join(' ')).toMatch(/Niet in het plan: werkvorm ‘De rol van empowerment’ \(20–25 minuten\).*Met 75 minuten past die wel/)
  })

  it('90 minutes on self-stigma: the matching activity, the nearest fragment with the reason, key findings on self-stigma', () => {
    const plan = makePlan({ ...DEFAULT_INPUT, themes: ['zelfstigma'] }, catalog)
    expect(plan.items.map((item) => [item.kind, item.minutes])).toEqual([
      ['opening', 10], ['theory', 15], ['fragment', 25], ['activity', 20], ['actions', 15], ['closing', 5],
    ])
    const sheet = describePlan(plan, catalog, details)
    const activity = sheet.parts.find((part) => part.kind === 'activity')!
    expect(activity.reason).toBe('past bij zelfstigma; 20–25 min')
    const fragment = sheet.parts.find((part) => part.kind === 'fragment')!
    expect(fragment.reason).toBe('het dichtst bij zelfstigma (thema hoop); film 5 min 15 s + gesprek')
    expect(plan.notices.map((notice) => notice.text)).toContain(
      'De toolkit heeft nog geen filmfragmenten over zelfstigma. Het dichtst erbij komt filmfragment ‘Hoop’; die staat in het plan.',
    )
    const theory = sheet.parts.find((part) => part.kind === 'theory')!
    expect(theory.figures!.length).toBe(3)
    for (const figure of theory.figures!) expect(catalog.findings.find((f) => f.slug === figure.slug)!.themes).toContain('zelfstigma')
    expect(sheet.parts.map((part) => part.start)).toEqual(['0:00', '0:10', '0:25', '0:50', '1:10', '1:25'])
  })

  it('offers the themes by name, as the rest of the site lists them (not by slug)', () => {
    const names = catalog.themes.map((theme) => theme.name)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')))
    expect(catalog.themes.map((theme) => theme.slug)).not.toEqual([...catalog.themes.map((theme) => theme.slug)].sort())
  })

  it('shows zelfstigma once, as the theme: the stigma type of that name is the theme, as on the rest of the site', () => {
    expect(catalog.labels.stigmaTypes.map((entry) => entry.label)).not.toContain('Zelfstigma')
    expect(catalog.labels.stigmaTypes.length).toBeGreaterThan(0)
    expect(catalog.themes.find((theme) => theme.slug === 'zelfstigma')?.stigmaType).toBe('self')
    const tagged = [...catalog.fragments, ...catalog.activities, ...catalog.findings]
    expect(tagged.some((doc) => doc.stigmaTypes.includes('self'))).toBe(false)
    // What was tagged with the stigma type has the theme.
    const raw = seedSnapshot().collections
    const selfTagged = [...raw.activities, ...raw.fragments].filter((doc) => doc.stigmaTypes.includes('self'))
    expect(selfTagged.length).toBeGreaterThan(0)
    for (const doc of selfTagged) expect(tagged.find((item) => item.slug === doc.slug)?.themes).toContain('zelfstigma')
    // An older link with stigma=self asks for the theme.
    const old = planFromSearch('?stigma=self', catalog)
    expect(old.plan.input).toMatchObject({ themes: ['zelfstigma'], stigmaTypes: [] })
    expect(old.plan.items).toEqual(planFromSearch('?thema=zelfstigma', catalog).plan.items)
  })

  it('a fragment without questions points to the maker’s question sheet from the content', () => {
    const sheet = describePlan(makePlan(DEFAULT_INPUT, catalog), catalog, details)
    const fragment = sheet.parts.find((part) => part.kind === 'fragment')!
    expect(fragment.questionSheet?.url).toBe(details.fragment[catalog.fragments[0]!.slug]!.questionSheetUrl)
    expect(fragment.questions).toEqual([])
  })

  it('shows every action of the session guide once, in its phase', () => {
    const sheet = describePlan(makePlan({ ...DEFAULT_INPUT, minutes: 120 }, catalog), catalog, details)
    const shown = [...sheet.preparation.checklist, ...sheet.parts.flatMap((part) => part.steps), ...sheet.followUp.steps]
    const guide = catalog.production!.guide.flatMap((phase) => phase.actions)
    expect([...shown].sort()).toEqual([...guide].sort())
  })

  it('places the guide’s tips where they apply', () => {
    const withExpert = describePlan(makePlan({ ...DEFAULT_INPUT, coFacilitator: true }, catalog), catalog, details)
    const tipsOf = (sheet: typeof withExpert, kind: PlanItem['kind']) => sheet.parts.find((part) => part.kind === kind)!.tips.map((tip) => tip.title)
    expect(tipsOf(withExpert, 'opening')).toContain('Vertel dat de scènes geïmproviseerd zijn')
    expect(tipsOf(withExpert, 'fragment')).toEqual(expect.arrayContaining(['Houd het gesprek bij (de)stigmatisering', 'Zet een ervaringsdeskundige in als co-trainer']))
    const without = describePlan(makePlan(DEFAULT_INPUT, catalog), catalog, details)
    expect(without.preparation.tips.map((tip) => tip.title)).toContain('Zet een ervaringsdeskundige in als co-trainer')
  })

  it('gathers one materials list from the chosen activities, exactly as the content names them', () => {
    const sheet = describePlan(makePlan(DEFAULT_INPUT, catalog), catalog, details)
    expect(sheet.preparation.materials).toEqual(['DIA: “De rol van empowerment”', 'Flip-over met stiften', 'Laptop + beamer (optioneel)'])
  })

  it('shows key findings with their figure and citation exactly as the content has them', () => {
    const sheet = describePlan(makePlan(DEFAULT_INPUT, catalog), catalog, details)
    const figures = sheet.parts.find((part) => part.kind === 'theory')!.figures!
    expect(figures[0]).toMatchObject({ figure: 'ongeveer een kwart', citation: 'Schulze (2007)' })
  })
})

describe('properties over many inputs (fast-check)', () => {
  it('a plan always fills exactly the time chosen, in phase order, with existing items once each', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        checkInvariants(makePlan(input, catalog), { generated: true })
      }),
      { numRuns: 400 },
    )
  })

  it('the same input gives the same plan', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(makePlan(input, catalog)).toEqual(makePlan(structuredClone(input), catalog))
      }),
      { numRuns: 100 },
    )
  })

  it('edits keep the total and the invariants', () => {
    const edit = fc.oneof(
      fc.record({ op: fc.constant('move' as const), index: fc.nat(8), delta: fc.constantFrom(-1 as const, 1 as const) }),
      fc.record({ op: fc.constant('remove' as const), index: fc.nat(8) }),
      fc.record({ op: fc.constant('minutes' as const), index: fc.nat(8), minutes: fc.integer({ min: -20, max: 300 }) }),
      fc.record({ op: fc.constant('grow' as const), index: fc.nat(8), minutes: fc.integer({ min: -20, max: 300 }) }),
      fc.record({ op: fc.constant('add' as const), which: fc.nat(20) }),
      fc.record({ op: fc.constant('swap' as const), index: fc.nat(8), which: fc.nat(20) }),
      fc.record({ op: fc.constant('figure' as const), which: fc.nat(60), add: fc.boolean() }),
    )
    fc.assert(
      fc.property(inputArb, fc.array(edit, { maxLength: 12 }), (input, edits) => {
        let plan = makePlan(input, catalog)
        const content = [...catalog.fragments.map((f) => ['fragment', f.slug] as const), ...catalog.activities.map((a) => ['activity', a.slug] as const)]
        for (const e of edits) {
          if (e.op === 'move') plan = moveItem(plan, e.index, e.delta, catalog).plan
          if (e.op === 'remove') plan = removeItem(plan, e.index, catalog).plan
          if (e.op === 'minutes') plan = setMinutes(plan, e.index, e.minutes, catalog).plan
          if (e.op === 'grow') plan = setMinutes(plan, e.index, e.minutes, catalog, 'grow').plan
          if (e.op === 'add') {
            const [kind, slug] = content[e.which % content.length]!
            plan = addItem(plan, kind, slug, catalog).plan
          }
          if (e.op === 'swap') {
            const item = plan.items[e.index]
            const options = item?.kind === 'fragment' ? catalog.fragments : catalog.activities
            plan = swapItem(plan, e.index, options[e.which % options.length]!.slug, catalog).plan
          }
          if (e.op === 'figure') {
            const slug = catalog.findings[e.which % catalog.findings.length]!.slug
            plan = (e.add ? addFigure(plan, slug, catalog) : removeFigure(plan, slug, catalog)).plan
          }
          checkInvariants(plan, { generated: false })
        }
        // An edited plan survives the round trip through the URL.
        const back = planFromSearch(searchOf(plan, true), catalog)
        expect(back.plan.items).toEqual(plan.items)
        expect(back.plan.input).toEqual(plan.input)
      }),
      { numRuns: 200 },
    )
  })

  it('any query string gives a valid plan and never throws', () => {
    const value = fc.oneof(fc.string(), fc.integer({ min: -1000, max: 100000 }).map(String), fc.constantFrom('17', '-30', '90', 'zelfstigma', 'ja', 'opening.10_theorie.15', '2026-02-30', '25:99', 'hoop', 'de-rol-van-empowerment'))
    const query = fc.array(fc.tuple(fc.constantFrom('tijd', 'groep', 'thema', 'stigma', 'grootte', 'ervaringsdeskundige', 'datum', 'start', 'plan', 'werkvorm', 'fragment', 'x'), value), { maxLength: 8 })
    fc.assert(
      fc.property(query, (pairs) => {
        const search = `?${new URLSearchParams(pairs).toString()}`
        const { plan } = planFromSearch(search, catalog)
        checkInvariants(plan, { generated: false })
      }),
      { numRuns: 400 },
    )
  })
})

describe('bad input in the URL', () => {
  it('17 minutes, an unknown theme, a negative group and garbage: Dutch messages and a default plan', () => {
    const { plan } = planFromSearch('?tijd=17&thema=bestaat-niet&grootte=-4&plan=%%%garbage&groep=honden', catalog)
    const texts = plan.notices.map((notice) => notice.text)
    expect(texts).toEqual(
      expect.arrayContaining([
        '17 minuten is korter dan de kortste bijeenkomst die de planner maakt (20 minuten). Het plan is voor 20 minuten.',
        'Het thema ‘bestaat-niet’ bestaat niet in de toolkit en is weggelaten.',
        'De groepsgrootte ‘-4’ kan niet: kies 2 tot 60 deelnemers. Het plan gaat uit van 12.',
        'De groep ‘honden’ kent de toolkit niet. Het plan is voor teams.',
        'Het aangepaste plan in de link is niet te lezen. Hieronder staat een nieuw plan voor 20 minuten.',
      ]),
    )
    expect(plan.input.minutes).toBe(20)
    expect(totalMinutes(plan.items)).toBe(20)
  })

  it('rounds to the times the form offers (20, 30, 45, 60, then by 15) and caps at 4 hours', () => {
    expect(planFromSearch('?tijd=100', catalog).plan.input.minutes).toBe(105)
    expect(planFromSearch('?tijd=25', catalog).plan.input.minutes).toBe(30)
    expect(planFromSearch('?tijd=40', catalog).plan.input.minutes).toBe(45)
    expect(planFromSearch('?tijd=999', catalog).plan.input.minutes).toBe(240)
    expect(planFromSearch('?tijd=100', catalog).plan.notices[0]!.text).toBe(
      'De planner maakt plannen van 20, 30, 45 of 60 minuten en daarna per kwartier; 100 minuten is afgerond op 105.',
    )
  })
})

describe('short plans: a slot in a team meeting', () => {
  it('30 minutes on self-stigma: one activity, no theory, one action point, the film named as the alternative', () => {
    const { plan } = planFromSearch('?tijd=30&thema=zelfstigma', catalog)
    expect(plan.items.map((item) => [item.kind, item.minutes])).toEqual([['opening', 3], ['activity', 20], ['actions', 5], ['closing', 2]])
    const sheet = describePlan(plan, catalog, details)
    expect(sheet.parts.map((part) => part.title)).toEqual(['Opening', 'Werkvorm: De rol van empowerment', 'Eén actiepunt', 'Afsluiting'])
    expect(sheet.actionRows).toBe(1)
    expect(sheet.parts.find((part) => part.kind === 'actions')!.steps).toEqual([
      'Kies met de groep één actiepunt voor destigmatiserend werken en spreek af wie het oppakt en wanneer.',
    ])
    expect(plan.notices.map((notice) => notice.text)).toContain(
      'Niet in het plan: filmfragment ‘Hoop’ (minstens 12 minuten). Een plan korter dan een uur heeft één onderdeel; die past ook in 30 minuten in plaats van ‘De rol van empowerment’.',
    )
  })

  it('20 minutes: the film with a short talk fits, the 20–25 minute activity does not', () => {
    const plan = makePlan({ ...DEFAULT_INPUT, minutes: 20 }, catalog)
    expect(plan.items.map((item) => item.kind)).toEqual(['opening', 'fragment', 'actions', 'closing'])
    expect(totalMinutes(plan.items)).toBe(20)
    expect(plan.items.find((item) => item.kind === 'fragment')!.minutes).toBeGreaterThanOrEqual(12)
  })

  it('45 minutes stays one part; a full session (60) gets the theory and the top 3 again', () => {
    expect(makePlan({ ...DEFAULT_INPUT, minutes: 45 }, catalog).items.filter((item) => 'slug' in item)).toHaveLength(1)
    const hour = describePlan(makePlan({ ...DEFAULT_INPUT, minutes: 60 }, catalog), catalog, details)
    expect(hour.actionRows).toBe(3)
    expect(hour.parts.map((part) => part.kind)).toContain('theory')
  })

  it('core questions: one of each kind in a short plan, all of them in a full session', () => {
    const slug = catalog.fragments[0]!.slug
    const questions = { general: ['a1', 'a2'], practice: ['b1', 'b2'], thematic: ['c1'], stigma: ['d1', 'd2', 'd3'] }
    const withQuestions = { ...details, fragment: { ...details.fragment, [slug]: { ...details.fragment[slug]!, questions, assignment: 'opdracht' } } }
    const short = describePlan(makePlan({ ...DEFAULT_INPUT, minutes: 20 }, catalog), catalog, withQuestions)
    expect(short.parts.find((part) => part.kind === 'fragment')!.questions!.flatMap((group) => group.items)).toEqual(['a1', 'b1', 'c1', 'd1'])
    expect(short.parts.find((part) => part.kind === 'fragment')!.assignment).toBe('opdracht')
    const full = describePlan(makePlan({ ...DEFAULT_INPUT, minutes: 90 }, catalog), catalog, withQuestions)
    expect(full.parts.find((part) => part.kind === 'fragment')!.questions!.flatMap((group) => group.items)).toHaveLength(8)
  })
})

describe('editing', () => {
  const base = makePlan({ ...DEFAULT_INPUT, themes: ['zelfstigma'] }, catalog)

  it('moves the activity before the fragment, but never before the theory', () => {
    const moved = moveItem(base, 3, -1, catalog)
    expect(moved.plan.items.map((item) => item.kind)).toEqual(['opening', 'theory', 'activity', 'fragment', 'actions', 'closing'])
    expect(moved.message).toBe('Werkvorm De rol van empowerment is verplaatst naar plaats 1 van 2.')
    expect(moveItem(moved.plan, 2, -1, catalog).changed).toBe(false)
    expect(moveItem(base, 0, 1, catalog).changed).toBe(false)
  })

  it('a longer fragment takes its minutes from the other parts, within what fits', () => {
    const longer = setMinutes(base, 2, 40, catalog)
    expect(longer.plan.items[2]!.minutes).toBe(40)
    expect(totalMinutes(longer.plan.items)).toBe(90)
    const tooLong = setMinutes(base, 2, 200, catalog)
    const othersMin = base.items.filter((_, i) => i !== 2).reduce((sum, item) => sum + rangeOf(item, base.input, catalog).min, 0)
    expect(tooLong.plan.items[2]!.minutes).toBe(90 - othersMin)
    expect(tooLong.message).toContain('hooguit')
  })

  it('a longer part names what it takes from the others, or lets the total grow instead', () => {
    const plan = makePlan(DEFAULT_INPUT, catalog)
    const fragment = plan.items.findIndex((item) => item.kind === 'fragment')
    expect(plan.items.map((item) => [item.kind, item.minutes])).toEqual([['opening', 10], ['theory', 15], ['fragment', 25], ['activity', 20], ['actions', 15], ['closing', 5]])
    const taken = setMinutes(plan, fragment, 40, catalog)
    expect(taken.plan.items[fragment]!.minutes).toBe(40)
    expect(taken.changes).toEqual([
      { key: 'opening', title: 'Opening', from: 10, to: 5 },
      { key: 'theory', title: 'Theorie over (de)stigma', from: 15, to: 10 },
      { key: 'actions', title: 'Top 3 actiepunten', from: 15, to: 10 },
    ])
    expect(taken.message).toBe(
      'Filmfragment Hoop: 40 minuten. Dat gaat af van: Opening 10 → 5 min, Theorie over (de)stigma 15 → 10 min, Top 3 actiepunten 15 → 10 min. Totaal blijft 90 minuten.',
    )
    const grown = setMinutes(plan, fragment, 40, catalog, 'grow')
    expect(grown.plan.input.minutes).toBe(105)
    expect(grown.plan.items.map((item) => item.minutes)).toEqual([10, 15, 40, 20, 15, 5])
    expect(grown.message).toBe('Filmfragment Hoop: 40 minuten. De andere onderdelen blijven gelijk; de bijeenkomst duurt nu 105 minuten (was 90).')
    // The grown plan is kept in the link as it is.
    const back = planFromSearch(searchOf(grown.plan, true), catalog)
    expect(back.plan.input.minutes).toBe(105)
    expect(back.plan.items).toEqual(grown.plan.items)
    expect(back.plan.notices).toEqual([])
  })

  it('a short plan that grows stays a short plan', () => {
    const plan = makePlan({ ...DEFAULT_INPUT, minutes: 45 }, catalog)
    const index = plan.items.findIndex((item) => item.kind === 'fragment')
    const grown = setMinutes(plan, index, 200, catalog, 'grow')
    expect(grown.plan.input.minutes).toBe(55)
  })

  it('tips about the films leave with the last film', () => {
    const plan = makePlan({ ...DEFAULT_INPUT, coFacilitator: true }, catalog)
    const filmTips = ['Vertel dat de scènes geïmproviseerd zijn', 'Houd het gesprek bij (de)stigmatisering', 'Doorloop alle vier soorten vragen én de opdracht']
    const allTips = (sheet: ReturnType<typeof describePlan>) => [...sheet.preparation.tips, ...sheet.parts.flatMap((part) => part.tips), ...sheet.tips].map((tip) => tip.title)
    expect(allTips(describePlan(plan, catalog, details))).toEqual(expect.arrayContaining(filmTips))
    const withoutFilm = removeItem(plan, plan.items.findIndex((item) => item.kind === 'fragment'), catalog).plan
    const left = allTips(describePlan(withoutFilm, catalog, details))
    for (const title of filmTips) expect(left).not.toContain(title)
    expect(left).toContain('Zet een ervaringsdeskundige in als co-trainer')
  })

  it('removing and adding back an item', () => {
    const removed = removeItem(base, 3, catalog)
    expect(removed.plan.items.some((item) => item.kind === 'activity')).toBe(false)
    expect(totalMinutes(removed.plan.items)).toBe(90)
    const added = addItem(removed.plan, 'activity', 'de-rol-van-empowerment', catalog)
    expect(added.plan.items.some((item) => item.kind === 'activity')).toBe(true)
    expect(addItem(added.plan, 'activity', 'de-rol-van-empowerment', catalog).changed).toBe(false)
  })
})

describe('calendar', () => {
  it('follow-ups every 13 weeks for a year on the session’s weekday, the first within the 6 months the guide asks', () => {
    expect(followUpDates('2026-08-31')).toEqual(['2026-11-30', '2027-03-01', '2027-05-31', '2027-08-30'])
    const events = calendarEvents({ ...DEFAULT_INPUT, date: '2026-12-07', start: '13:30' }, '2026-11-30', { title: 't', session: 's', followUp: ['f'] })
    expect(events.map((event) => [event.date, event.start, event.minutes])).toEqual([
      ['2026-12-07', '13:30', 90], ['2027-03-08', '13:30', 60], ['2027-06-07', '13:30', 60], ['2027-09-06', '13:30', 60], ['2027-12-06', '13:30', 60],
    ])
    const withoutDate = calendarEvents(DEFAULT_INPUT, '2026-11-30', { title: 't', session: 's', followUp: ['f'] })
    expect(withoutDate.map((event) => event.date)).toEqual(['2027-03-01', '2027-05-31', '2027-08-30', '2027-11-29'])
  })
})

describe('editors’ notes never reach the planner', () => {
  it('no note from the seed appears in the catalog or in any run sheet', () => {
    const notes = editorNotesInSeed()
    expect(notes.length).toBeGreaterThan(0)
    const shown = JSON.stringify(catalog) + JSON.stringify(details) + JSON.stringify([60, 90, 240].map((minutes) => describePlan(makePlan({ ...DEFAULT_INPUT, minutes, coFacilitator: true }, catalog), catalog, details)))
    for (const note of notes) expect(shown).not.toContain(note)
    expect(shown).not.toMatch(/"gaps"|"editorNotes"/)
  })

  it('the catalog copies only the fields it shows, even from content that still holds notes', () => {
    const leaky = catalogFrom(seedCollectionsWithNotes())
    const leakyDetails = detailsFrom(seedCollectionsWithNotes())
    const shown = JSON.stringify(leaky) + JSON.stringify(leakyDetails) + JSON.stringify(describePlan(makePlan({ ...DEFAULT_INPUT, minutes: 240 }, leaky), leaky, leakyDetails))
    for (const note of editorNotesInSeed()) expect(shown).not.toContain(note)
  })
})
