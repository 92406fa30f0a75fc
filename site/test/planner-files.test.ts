/**
 * What the planner page sends (src/lib/planner/files.ts, packed.ts,
 * details.ts): the page's own data stays the same size however much content
 * there is, the catalogue file reads back to the same catalogue, a plan's
 * texts come per group of items (a fixed number of files, whatever the
 * content), left-out items are counted rather than listed one by one, and the
 * catalogue file may be cached for good while the texts may not.
 */
import { describe, expect, it } from 'vitest'
import type { Snapshot } from '@toolkit/schemas'
import { indexContent } from '../src/lib/content/index.ts'
import { catalogFrom, detailsFrom } from '../src/lib/planner/catalog.ts'
import { DETAIL_GROUPS, detailGroup, groupedBySlug } from '../src/lib/planner/detail-groups.ts'
import { detailsOfPlan, emptyDetails, missingDetails } from '../src/lib/planner/details.ts'
import { describePlan } from '../src/lib/planner/describe.ts'
import { detailsPath, indexPath, plannerFiles, plannerProps } from '../src/lib/planner/files.ts'
import { packIndex, unpackIndex } from '../src/lib/planner/packed.ts'
import { makePlan } from '../src/lib/planner/make-plan.ts'
import { NAMED_LEFT_OUT } from '../src/lib/planner/plan-notices.ts'
import { DEFAULT_INPUT } from '../src/lib/planner/rules.ts'
// @ts-expect-error plain ESM script without types
import { compileRules, headersFor } from '../scripts/headers-rules.mjs'
// @ts-expect-error plain ESM script without types
import { headersFile } from '../src/http/security-headers.mjs'
import { seedSnapshot } from './planner-helpers.ts'

/** The seed with every fragment, activity and key finding copied `times` times under new slugs (synthetic, for scale). */
function scaled(times: number): Snapshot {
  const seed = seedSnapshot()
  const copies = <T extends { slug: string }>(docs: readonly T[], keep: (doc: T) => boolean = () => true) =>
    docs.flatMap((doc) => (keep(doc) ? Array.from({ length: times }, (_, i) => ({ ...doc, slug: i === 0 ? doc.slug : `${doc.slug}-synthetisch-${i}` })) : [doc]))
  return {
    ...seed,
    collections: {
      ...seed.collections,
      fragments: copies(seed.collections.fragments),
      activities: copies(seed.collections.activities),
      evidence: copies(seed.collections.evidence, (doc) => doc.kind === 'key-finding'),
    },
  }
}

const small = indexContent(scaled(1))
const medium = indexContent(scaled(20))
const large = indexContent(scaled(200))

describe('the planner page', () => {
  it('sends the same props whatever the number of documents; the catalogue file grows instead', () => {
    const propsMedium = JSON.stringify(plannerProps(medium, '/'))
    const propsLarge = JSON.stringify(plannerProps(large, '/'))
    expect(large.collections.fragments.length).toBe(10 * medium.collections.fragments.length)
    // Only the catalogue's name and the counts in the left-out notice differ.
    expect(Math.abs(propsLarge.length - propsMedium.length)).toBeLessThan(20)
    expect(plannerFiles(large).index.text.length).toBeGreaterThan(5 * plannerFiles(medium).index.text.length)
  })

  it('holds only the texts of the default plan, and its address of the catalogue names its content', () => {
    const props = plannerProps(large, '/toolkit/')
    expect(props.seed.details).toEqual(detailsOfPlan(props.initial, detailsFrom(large.collections)))
    expect(Object.keys(props.seed.details.finding)).toHaveLength(3)
    expect(props.indexUrl).toBe(`/toolkit${indexPath(plannerFiles(large).index.hash)}`)
    expect(plannerFiles(large).index.hash).not.toBe(plannerFiles(small).index.hash)
    expect(props.detailsUrls.fragment).toBe('/toolkit/plannen/onderdelen/filmfragmenten/{group}.json')
  })
})

describe('the catalogue file', () => {
  it('reads back to the catalogue it was made from', () => {
    for (const content of [small, large]) {
      const { fragments, activities, findings, cooccurrence } = catalogFrom(content.collections)
      const index = { fragments, activities, findings, cooccurrence }
      expect(unpackIndex(JSON.parse(JSON.stringify(packIndex(index))))).toEqual(index)
    }
  })

  it('refuses a file of another format', () => {
    expect(() => unpackIndex({ v: 2 } as never)).toThrow('onbekend formaat')
  })

  it('is cached for a year under its hashed name; the files of texts are not', () => {
    const rules = compileRules(
      headersFile({ topLevel: [{ name: 'plannen', folder: true }] })
        .split(/\n\s*\n/)
        .filter((block: string) => !block.startsWith('#'))
        .map((block: string) => {
          const [pattern, ...lines] = block.split('\n')
          return { for: pattern, values: Object.fromEntries(lines.map((line) => line.trim().split(/: (.*)/).slice(0, 2))) }
        }),
    )
    expect(headersFor(rules, indexPath('abc123'))['Cache-Control']).toBe('public, max-age=31536000, immutable')
    expect(headersFor(rules, detailsPath('fragment', 'hoop'))['Cache-Control']).toBeUndefined()
    expect(headersFor(rules, '/plannen/')['Cache-Control']).toBeUndefined()
  })
})

describe('the files of texts', () => {
  it('hold every item in the file its slug names, in at most DETAIL_GROUPS files per kind however much content there is', () => {
    const details = plannerFiles(large).details
    for (const kind of ['fragment', 'activity', 'finding'] as const) {
      const items: Record<string, unknown> = details[kind]
      const groups = groupedBySlug(items)
      expect(Object.keys(groups).length).toBeLessThanOrEqual(DETAIL_GROUPS)
      for (const [slug, value] of Object.entries(items)) expect(groups[detailGroup(slug)]![slug]).toBe(value)
      expect(Object.values(groups).reduce((sum, group) => sum + Object.keys(group).length, 0)).toBe(Object.keys(items).length)
    }
    // As many fragments as at 10,000 documents: spread over every group rather than piled into a few.
    const slugs = Array.from({ length: 3000 }, (_, i) => `${Object.keys(details.fragment)[0]}-synthetisch-${i}`)
    const sizes = Object.values(groupedBySlug(Object.fromEntries(slugs.map((slug) => [slug, 1])))).map((group) => Object.keys(group).length)
    expect(sizes.length).toBe(DETAIL_GROUPS)
    expect(Math.max(...sizes)).toBeLessThan((3 * slugs.length) / DETAIL_GROUPS)
  })

  it('name an item’s group the same way in every run, as two hexadecimal digits in the path', () => {
    expect(detailGroup('hoop')).toBe(detailGroup('hoop'))
    expect(detailGroup('hoop')).toMatch(/^[0-9a-f]{2}$/)
    expect(detailsPath('fragment', 'hoop')).toBe(`/plannen/onderdelen/filmfragmenten/${detailGroup('hoop')}.json`)
    // FNV-1a of "a" is 0xe40c292c: fixed, so a page made before a publish finds its items in the files after it.
    expect(detailGroup('a')).toBe('2c')
  })
})

describe('texts per item', () => {
  const catalog = catalogFrom(small.collections)
  const all = detailsFrom(small.collections)
  const plan = makePlan({ ...DEFAULT_INPUT, minutes: 240 }, catalog)

  it('a part whose texts are not loaded is marked, and shows none of them', () => {
    const sheet = describePlan(plan, catalog, emptyDetails())
    const waiting = sheet.parts.filter((part) => part.missing).map((part) => part.kind)
    expect(waiting).toEqual(expect.arrayContaining(['theory', 'fragment', 'activity']))
    expect(sheet.parts.flatMap((part) => [...(part.questions ?? []), ...(part.figures ?? []), ...(part.materials ?? [])])).toEqual([])
    expect(missingDetails(plan, emptyDetails()).length).toBe(plan.items.filter((item) => 'slug' in item).length + 4)
  })

  it('with the texts of the plan alone the run sheet is the one made from all texts', () => {
    const sheet = describePlan(plan, catalog, detailsOfPlan(plan, all))
    expect(sheet).toEqual(describePlan(plan, catalog, all))
    expect(sheet.parts.some((part) => part.missing)).toBe(false)
    expect(missingDetails(plan, detailsOfPlan(plan, all))).toEqual([])
  })
})

describe('left-out items', () => {
  it(`are named up to ${NAMED_LEFT_OUT}, the rest counted in one sentence`, () => {
    const catalog = catalogFrom(large.collections)
    const plan = makePlan(DEFAULT_INPUT, catalog)
    const leftOut = plan.notices.filter((notice) => notice.kind === 'left-out')
    expect(leftOut).toHaveLength(NAMED_LEFT_OUT + 1)
    const inPlan = (kind: string) => plan.items.filter((item) => item.kind === kind).length
    const fragments = catalog.fragments.length - inPlan('fragment') - leftOut.filter((n) => n.text.includes('filmfragment ‘')).length
    const activities = catalog.activities.length - inPlan('activity') - leftOut.filter((n) => n.text.includes('werkvorm ‘')).length
    expect(leftOut.at(-1)!.text).toBe(
      `Nog ${fragments} andere filmfragmenten en ${activities} andere werkvormen komen in aanmerking, maar passen niet in 90 minuten naast wat er al in staat.`,
    )
  })
})
