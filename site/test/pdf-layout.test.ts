import { describe, expect, it } from 'vitest'
import { PARAGRAPH } from '@toolkit/schemas'
import { MARGINS } from '../src/pdf/style.ts'
import { pdfFixture } from './pdf-fixtures.ts'
import { misplacedText, renderJob } from './pdf-helpers.ts'

/** SYNTHETIC long text: numbered words between two markers, as many as fit in `length` characters. */
function longText(length: number): { text: string; words: number } {
  const words: string[] = []
  while (`BEGINMARKER ${[...words, `woord${words.length + 1}`].join(' ')} EINDMARKER`.length <= length) words.push(`woord${words.length + 1}`)
  return { text: `BEGINMARKER ${words.join(' ')} EINDMARKER`, words: words.length }
}

// Long documents take a few seconds on a busy machine.
describe('long texts and missing fields render without overflow or crash', { timeout: 60_000 }, () => {
  it('the longest step the content model allows flows over pages, stays in the text column and keeps every word', async () => {
    const normal = await renderJob(pdfFixture(), 'activities', 'testwerkvorm-synthetisch')
    const step = longText(PARAGRAPH)
    const long = await renderJob(
      pdfFixture((raw) => {
        raw.collections.activities[0].steps[0].instruction = step.text
      }),
      'activities',
      'testwerkvorm-synthetisch',
    )
    expect(long.pages.length).toBeGreaterThan(normal.pages.length + 1)
    const middle = Math.round(step.words / 2)
    for (const word of ['BEGINMARKER', 'woord1 ', `woord${middle} `, `woord${step.words} EINDMARKER`, 'Sluit de synthetische ronde af.']) {
      expect(long.text).toContain(word)
    }
    expect(misplacedText(long, MARGINS)).toEqual([])
    long.pages.forEach((page, index) => expect(page.text).toContain(`pagina ${index + 1} van ${long.pages.length}`))
  })

  it('a label ("Opmerking voor de gespreksleider") never ends a page: it goes over with the text it labels', async () => {
    // Step 1 grows a few words at a time, so its remark's label comes to lie at every height of the first page.
    for (let words = 0; words <= 240; words += 6) {
      const read = await renderJob(
        pdfFixture((raw) => {
          const step = raw.collections.activities[0].steps[0]
          step.instruction = `${step.instruction} ${Array.from({ length: words }, (_, i) => `vulwoord${i}`).join(' ')}`
          step.facilitatorRemark = 'Let op de synthetische tijd.'
        }),
        'activities',
        'testwerkvorm-synthetisch',
      )
      expect(read.text).toContain('Opmerking voor de gespreksleider Let op de synthetische tijd.')
      for (const page of read.pages.slice(0, -1)) {
        // The lowest line of the page's text column (the footer lies below the bottom margin).
        const body = page.items.filter((item) => item.str.trim() && item.transform[5]! > MARGINS.bottom)
        const lowest = body.reduce((low, item) => (item.transform[5]! < low.transform[5]! ? item : low))
        expect(lowest.str.trim(), `${words} woorden`).not.toBe('Opmerking voor de gespreksleider')
      }
    }
  })

  it('60 questions of each kind fill several pages, numbered in order', async () => {
    const questions = Array.from({ length: 60 }, (_, i) => `Synthetische vraag nummer ${i + 1} over wat je in de scène ziet en hoe je dat in je eigen praktijk herkent?`)
    const read = await renderJob(
      pdfFixture((raw) => {
        raw.collections.fragments[0].questions = { general: questions, practice: questions, thematic: questions, stigma: questions }
      }),
      'fragments',
      'testfragment-synthetisch',
    )
    expect(read.pages.length).toBeGreaterThanOrEqual(8)
    expect(read.text).toContain('60. Synthetische vraag nummer 60')
    expect(read.text.match(/Synthetische vraag nummer 60 /g)).toHaveLength(4)
    expect(misplacedText(read, MARGINS)).toEqual([])
  })

  it('a long table flows over pages with a repeated header and its chart split into parts', async () => {
    const rows = Array.from({ length: 70 }, (_, i) => ({ label: `Synthetisch antwoord ${i + 1}`, n: i, percent: i % 100 }))
    const read = await renderJob(
      pdfFixture((raw) => {
        raw.collections.evidence[0].rows = rows
      }),
      'evidence',
      'testtabel-synthetisch',
    )
    expect(read.pages.length).toBeGreaterThan(3)
    expect(read.text).toContain('Synthetisch antwoord 70 69 69%')
    const headers = read.pages.filter((page) => page.text.includes('Antwoord Aantal (n) Percentage'))
    expect(headers.length).toBeGreaterThan(1)
    expect(misplacedText(read, MARGINS)).toEqual([])
  })

  it('an unbroken very long word or address is wrapped inside the column', async () => {
    const address = `https://example.org/${'synthetisch-'.repeat(40)}einde`
    const read = await renderJob(
      pdfFixture((raw) => {
        raw.collections.interventions[0].links = [{ label: 'Lange link (synthetisch)', url: address }]
        raw.collections.interventions[0].aim = `Doel${'x'.repeat(300)} synthetisch`
      }),
      'interventions',
      'testinterventie-synthetisch',
    )
    expect(read.text.replace(/ /g, '')).toContain(address)
    expect(misplacedText(read, MARGINS)).toEqual([])
    // The check itself is not vacuous: against a narrower column the same PDF fails.
    expect(misplacedText(read, { ...MARGINS, right: MARGINS.right + 40 }).length).toBeGreaterThan(0)
  })

  it('documents with only their required fields render, leaving the empty sections out', async () => {
    const minimal = pdfFixture((raw) => {
      const { collections } = raw
      collections.interventions[0] = {
        slug: 'testinterventie-synthetisch',
        name: 'Kale interventie synthetisch',
        aim: 'Alleen een doel (synthetisch).',
        source: { document: 'monitor-2019' },
        updatedAt: '2025-03-01T09:00:00.000Z',
      }
      collections.cases[0] = {
        slug: 'testcasus-synthetisch',
        title: 'Kale casus synthetisch',
        person: 'Kim',
        summary: 'Alleen een samenvatting (synthetisch).',
        source: { document: 'self-stigma-tips' },
        updatedAt: '2025-03-01T09:00:00.000Z',
      }
      collections.activities[0].materials = []
      collections.activities[0].keyMessages = []
      collections.activities[0].steps = [{ instruction: 'Eén kale stap (synthetisch).' }]
      collections.productions[0].sessionGuide = []
      collections.productions[0].tips = []
      collections.productions[0].contents = []
      collections.productions[0].slideOutline = []
      collections.fragments = []
    })
    const intervention = await renderJob(minimal, 'interventions', 'testinterventie-synthetisch')
    // Without an evidence level (not looked up yet, or the sources say nothing) the PDF says nothing about it.
    expect(intervention.text).not.toContain('Onbekend')
    expect(intervention.text).not.toContain('Erkenningsniveau')
    expect(intervention.text).not.toContain('Waar vind je de methode')
    const item = await renderJob(minimal, 'cases', 'testcasus-synthetisch')
    expect(item.text).toContain('Alleen een samenvatting (synthetisch).')
    expect(item.text).not.toContain('De situatie')
    expect(item.text).not.toContain('Reacties van hulpverleners')
    const activity = await renderJob(minimal, 'activities', 'testwerkvorm-synthetisch')
    expect(activity.text).not.toContain('Materialen')
    expect(activity.text).not.toContain('Kernboodschappen')
    const booklet = await renderJob(minimal, 'productions', 'testproductie-synthetisch')
    expect(booklet.text).not.toContain('De bijeenkomst stap voor stap')
    expect(booklet.text).not.toContain('De filmfragmenten')
    for (const read of [intervention, item, activity, booklet]) {
      expect(read.text).not.toContain('Nog niet beschikbaar')
      expect(misplacedText(read, MARGINS)).toEqual([])
    }
  })
})
