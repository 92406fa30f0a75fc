/**
 * Only real quotes look like quotes (DOMAIN.md, content rules): an activity's
 * goals, key messages and suggested texts are in quotation marks, with the
 * line "Letterlijk overgenomen …", only when the editor marked them as word
 * for word from the source. An editor's own text, unmarked, is shown as
 * written, on the page, the embed view, the planner's run sheet (page and
 * PDF) and the handout PDF. The seed's werkvorm is marked; the same werkvorm
 * with its marks cleared stands for a new one an editor wrote.
 */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { Snapshot } from '@toolkit/schemas'
import { catalogFrom, detailsFrom } from '../src/lib/planner/catalog.ts'
import { DEFAULT_INPUT, describePlan, makePlan } from '../src/lib/planner/index.ts'
import { VERBATIM_NOTE } from '../src/lib/view/quote.ts'
import { PartView } from '../src/islands/planner/PartView.tsx'
import { renderJob, runSheetText } from './pdf-helpers.ts'
import { seedSnapshot } from './planner-helpers.ts'
import { withSiteModules } from './astro-render.ts'

const SLUG = 'de-rol-van-empowerment'

/** The seed, with the werkvorm's verbatim marks as the seed has them or all cleared (an editor's own words). */
function snapshotWith(marked: boolean): Snapshot {
  const snapshot = seedSnapshot()
  const activity = snapshot.collections.activities.find((doc) => doc.slug === SLUG)!
  if (!marked) {
    activity.goalsVerbatim = false
    activity.keyMessagesVerbatim = false
    for (const step of activity.steps) step.suggestedTextVerbatim = false
  }
  return snapshot
}

const activityOf = (snapshot: Snapshot) => snapshot.collections.activities.find((doc) => doc.slug === SLUG)!
const goal = (snapshot: Snapshot) => activityOf(snapshot).goals[0]!
const keyMessage = (snapshot: Snapshot) => activityOf(snapshot).keyMessages[0]!
const suggested = (snapshot: Snapshot) => activityOf(snapshot).steps.find((step) => step.suggestedText)!.suggestedText!
/** A readable start of a text, short enough not to be broken over lines in a PDF. */
const start = (text: string) => text.slice(0, 30)
const CURLY = /[“”]/

describe('the seed marks its werkvorm’s goals, key messages and suggested texts as quotes', () => {
  it('all three are marked, so they keep their quotation marks', () => {
    const activity = activityOf(seedSnapshot())
    expect(activity.goalsVerbatim).toBe(true)
    expect(activity.keyMessagesVerbatim).toBe(true)
    expect(activity.steps.filter((step) => step.suggestedText).every((step) => step.suggestedTextVerbatim)).toBe(true)
  })
})

// The embed view shows this page's article (src/lib/embed/item-view.ts; tests/site/embed-page.e2e.test.ts compares them).
describe('the werkvorm page', { timeout: 120_000 }, () => {
  it('quote marked text with the note, and show unmarked text as written, without quotation marks or note', async () => {
    await withSiteModules(async (load) => {
      const { experimental_AstroContainer } = await load('astro/container')
      const { indexContent } = await load('/src/lib/content/index.ts')
      const ActivityDetail = (await load('/src/components/details/ActivityDetail.astro')).default
      const container = await experimental_AstroContainer.create()
      const where = 'page'
      for (const marked of [true, false]) {
        const snapshot = snapshotWith(marked)
        const activity = activityOf(snapshot)
        const html: string = await container.renderToString(ActivityDetail, { props: { content: indexContent(snapshot), activity }, params: { slug: SLUG } })
        const main = /<h2>Leerdoelen<\/h2>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? ''
        const messages = /<h2>Kernboodschappen<\/h2>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? ''
        if (marked) {
          expect(main, where).toContain(`<li>“${goal(snapshot)}”</li>`)
          expect(messages, where).toContain(`<li>“${keyMessage(snapshot)}”</li>`)
          expect(html.split(VERBATIM_NOTE).length - 1, where).toBe(2)
          expect(html, where).toContain(`<blockquote>“${start(suggested(snapshot))}`)
        } else {
          expect(main, where).toContain(`<li>${goal(snapshot)}</li>`)
          expect(messages, where).toContain(`<li>${keyMessage(snapshot)}</li>`)
          expect(`${main}${messages}`, where).not.toMatch(CURLY)
          expect(html, where).not.toContain(VERBATIM_NOTE)
          expect(html, where).not.toContain('<blockquote>')
          expect(html, where).toContain(`<p>${start(suggested(snapshot))}`)
        }
      }
    })
  })
})

/** The run sheet of the default 90-minute plan, which holds the werkvorm. */
function sheetOf(snapshot: Snapshot) {
  const catalog = catalogFrom(snapshot.collections)
  const plan = makePlan({ ...DEFAULT_INPUT, minutes: 90 }, catalog)
  const sheet = describePlan(plan, catalog, detailsFrom(snapshot.collections))
  const index = sheet.parts.findIndex((part) => part.kind === 'activity')
  expect(index, 'the default plan holds the werkvorm').toBeGreaterThanOrEqual(0)
  return { sheet, plan, catalog, part: sheet.parts[index]! }
}

describe('the planner’s run sheet', { timeout: 60_000 }, () => {
  it('on the page: quotes and note only for marked text', () => {
    for (const marked of [true, false]) {
      const snapshot = snapshotWith(marked)
      const { sheet, plan, catalog, part } = sheetOf(snapshot)
      const html = renderToStaticMarkup(
        createElement(PartView, {
          part, partKey: 'werkvorm', sheet, plan, catalog, base: '/', controls: false, failed: undefined, onRetry: () => {}, onEdit: () => {}, onMinutes: () => {},
        }),
      )
      if (marked) {
        expect(html).toContain(`<li>“${goal(snapshot)}”</li>`)
        expect(html).toContain(`<li>“${keyMessage(snapshot)}”</li>`)
        expect(html).toContain(VERBATIM_NOTE)
        expect(html).toContain(`“${start(suggested(snapshot))}`)
      } else {
        expect(html).toContain(`<li>${goal(snapshot)}</li>`)
        expect(html).toContain(`<li>${keyMessage(snapshot)}</li>`)
        expect(html).not.toContain(`“${start(goal(snapshot))}`)
        expect(html).not.toContain(`“${start(keyMessage(snapshot))}`)
        expect(html).toContain(`Tekstsuggestie:</span> ${start(suggested(snapshot))}`)
        expect(html).not.toContain(VERBATIM_NOTE)
      }
    }
  })

  it('in the PDF: quotes and note only for marked text', async () => {
    for (const marked of [true, false]) {
      const snapshot = snapshotWith(marked)
      const { sheet, catalog } = sheetOf(snapshot)
      const production = catalog.production!
      const text = await runSheetText(sheet, production)
      expect(text.includes(`“${start(goal(snapshot))}`), `marked: ${marked}`).toBe(marked)
      expect(text.includes(`Tekstsuggestie: “${start(suggested(snapshot))}`), `marked: ${marked}`).toBe(marked)
      expect(text.includes(VERBATIM_NOTE), `marked: ${marked}`).toBe(marked)
      expect(text).toContain(start(goal(snapshot)))
    }
  })
})

describe('the werkvorm’s handout PDF', { timeout: 60_000 }, () => {
  it('quotes and notes marked text only', async () => {
    for (const marked of [true, false]) {
      const snapshot = snapshotWith(marked)
      const { text } = await renderJob(snapshot, 'activities', SLUG)
      expect(text.includes(`“${start(goal(snapshot))}`), `marked: ${marked}`).toBe(marked)
      expect(text.includes(`“${start(keyMessage(snapshot))}`), `marked: ${marked}`).toBe(marked)
      expect(text.includes(`“${start(suggested(snapshot))}`), `marked: ${marked}`).toBe(marked)
      expect(text.includes(VERBATIM_NOTE), `marked: ${marked}`).toBe(marked)
      expect(text).toContain(start(keyMessage(snapshot)))
    }
  })
})
