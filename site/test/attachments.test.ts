/**
 * Attachments ("Bijlagen", issue 18) wherever readers meet them: the item's
 * page and embed view (title, kind, file type and size, a download link),
 * the planner's run sheet (per part, each link once, on page, print and PDF)
 * and the item's own PDF.
 */
import { describe, expect, it } from 'vitest'
import type { Attachment, Snapshot } from '@toolkit/schemas'
import { attachmentLinks } from '../src/lib/view/attachments.ts'
import { catalogFrom, detailsFrom } from '../src/lib/planner/catalog.ts'
import { DEFAULT_INPUT, describePlan, makePlan } from '../src/lib/planner/index.ts'
import { collectionCsv, csvColumns } from '../src/lib/open-data/files.ts'
import { renderJob, runSheetText } from './pdf-helpers.ts'
import { seedSnapshot } from './planner-helpers.ts'
import { withSiteModules } from './astro-render.ts'

const SLIDES: Attachment = {
  title: "Dia's bij de rol van empowerment",
  kind: 'slides',
  url: 'https://cms.example.org/api/attachments/file/dias-empowerment.pptx',
  filename: 'dias-empowerment.pptx',
  mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  filesize: 2_345_678,
}
const SHEET: Attachment = {
  title: 'Vragenblad empowerment',
  kind: 'question-sheet',
  url: 'https://cms.example.org/api/attachments/file/vragen.pdf',
  filename: 'vragen.pdf',
  mimeType: 'application/pdf',
  filesize: 123_456,
}

/** The seed with two attachments on its first werkvorm. */
function withAttachments(): { snapshot: Snapshot; slug: string } {
  const snapshot = seedSnapshot()
  const activity = snapshot.collections.activities[0]!
  activity.attachments = [SLIDES, SHEET]
  return { snapshot, slug: activity.slug }
}

const count = (text: string, part: string) => text.split(part).length - 1

describe('attachment links', () => {
  it('say what each file is, its type and its size, in Dutch', () => {
    expect(attachmentLinks([SLIDES, SHEET])).toEqual([
      { title: "Dia's bij de rol van empowerment", meta: "Dia's · PowerPoint, 2,3 MB", url: SLIDES.url },
      { title: 'Vragenblad empowerment', meta: 'Vragenblad · PDF, 123 kB', url: SHEET.url },
    ])
  })

  it('leave out an address that is not http(s), and are empty without attachments', () => {
    expect(attachmentLinks([{ ...SHEET, url: 'javascript:alert(1)' }])).toEqual([])
    expect(attachmentLinks(undefined)).toEqual([])
  })
})

describe('the open data', () => {
  it("carries each attachment's public fields in the item's CSV", () => {
    const { snapshot, slug } = withAttachments()
    const names = csvColumns('activities').map((column) => column.name)
    expect(names).toEqual(expect.arrayContaining(['attachments.title', 'attachments.kind', 'attachments.url', 'attachments.mimeType', 'attachments.filesize']))
    const csv = collectionCsv('activities', snapshot.collections.activities.filter((doc) => doc.slug === slug))
    expect(csv).toContain(SLIDES.url)
    expect(csv).toContain(SHEET.url)
  })
})

describe('the run sheet', () => {
  function sheetWith(snapshot: Snapshot, slug: string) {
    const catalog = catalogFrom(snapshot.collections)
    const plan = makePlan({ ...DEFAULT_INPUT, minutes: 90 }, catalog)
    const withActivity = plan.items.some((item) => item.kind === 'activity' && item.slug === slug)
    expect(withActivity, 'the default plan holds the werkvorm').toBe(true)
    return { sheet: describePlan(plan, catalog, detailsFrom(snapshot.collections)), catalog }
  }

  it("lists a part's attachments on that part only", () => {
    const { snapshot, slug } = withAttachments()
    const { sheet } = sheetWith(snapshot, slug)
    const parts = sheet.parts.filter((part) => part.attachments?.length)
    expect(parts.map((part) => part.kind)).toEqual(['activity'])
    expect(parts[0]!.attachments!.map((link) => link.title)).toEqual([SLIDES.title, SHEET.title])
  })

  it('prints each attachment in the PDF with its kind, type and size, and its address once', async () => {
    const { snapshot, slug } = withAttachments()
    const { sheet, catalog } = sheetWith(snapshot, slug)
    const production = catalog.production!
    const text = await runSheetText(sheet, production)
    expect(text).toContain('Bijlagen')
    expect(text).toContain("Dia's bij de rol van empowerment (Dia's · PowerPoint, 2,3 MB)")
    expect(text).toContain('Vragenblad empowerment (Vragenblad · PDF, 123 kB)')
    expect(count(text, SLIDES.url)).toBe(1)
    expect(count(text, SHEET.url)).toBe(1)
  })

  it("lists the production's own files under the preparation, in the PDF too", async () => {
    const { snapshot, slug } = withAttachments()
    const production = snapshot.collections.productions[0]!
    const deck = { ...SLIDES, title: 'Presentatie bij de bijeenkomst', url: 'https://cms.example.org/api/attachments/file/presentatie.pptx', filename: 'presentatie.pptx' }
    production.attachments = [deck]
    const { sheet, catalog } = sheetWith(snapshot, slug)
    expect(sheet.preparation.attachments.map((link) => link.title)).toEqual(['Presentatie bij de bijeenkomst'])
    const text = await runSheetText(sheet, catalog.production!)
    expect(text).toContain("Presentatie bij de bijeenkomst (Dia's · PowerPoint, 2,3 MB)")
    expect(count(text, deck.url)).toBe(1)
  })

  it('has no attachments section when the items have none', () => {
    const snapshot = seedSnapshot()
    const { sheet } = sheetWith(snapshot, snapshot.collections.activities[0]!.slug)
    expect(sheet.parts.some((part) => part.attachments)).toBe(false)
    expect(sheet.preparation.attachments).toEqual([])
  })
})

describe("the item's own PDF", () => {
  it('lists the attachments of a werkvorm with their addresses', async () => {
    const { snapshot, slug } = withAttachments()
    const { text } = await renderJob(snapshot, 'activities', slug)
    expect(text).toContain('Bijlagen')
    expect(text).toContain("Dia's bij de rol van empowerment (Dia's · PowerPoint, 2,3 MB)")
    expect(count(text, SLIDES.url)).toBe(1)
  })
})

// The embed view shows this page's article (src/lib/embed/item-view.ts; tests/site/embed-page.e2e.test.ts compares them).
describe('the item page', { timeout: 120_000 }, () => {
  it('show a "Bijlagen" list with title, kind, type, size and a download link; nothing when there are none', async () => {
    await withSiteModules(async (load) => {
      const { experimental_AstroContainer } = await load('astro/container')
      const { indexContent } = await load('/src/lib/content/index.ts')
      const ActivityDetail = (await load('/src/components/details/ActivityDetail.astro')).default
      const { snapshot, slug } = withAttachments()
      const content = indexContent(snapshot)
      const activity = snapshot.collections.activities.find((doc) => doc.slug === slug)!
      const container = await experimental_AstroContainer.create()
      const render = (doc: typeof activity) => container.renderToString(ActivityDetail, { props: { content, activity: doc }, params: { slug: doc.slug } })
      const html = await render(activity)
      const list = /<section class="attachments"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1]
      expect(list).toBeDefined()
      expect(list).toContain('<h2 id="bijlagen">Bijlagen</h2>')
      expect(list).toMatch(new RegExp(`<a href="${SLIDES.url}" download>Dia(&#39;|')s bij de rol van empowerment</a>`))
      expect(list).toMatch(/Dia(&#39;|')s · PowerPoint, 2,3 MB/)
      expect(list).toContain(`<a href="${SHEET.url}" download>Vragenblad empowerment</a>`)
      expect(list).toContain('Vragenblad · PDF, 123 kB')
      expect(await render({ ...activity, attachments: [] })).not.toContain('class="attachments"')
    })
  })
})
