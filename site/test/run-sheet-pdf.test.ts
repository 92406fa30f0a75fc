/**
 * The run sheet PDF of the planner (src/pdf/documents/run-sheet*.ts), rendered
 * in Node with the fonts the other PDFs use: its text, its structure, that
 * nothing lands in the margins, and that no editor's note reaches it.
 */
import PDFDocument from 'pdfkit'
import { describe, expect, it } from 'vitest'
import { fonts } from '../src/pdf/fonts.ts'
import { runSheetPdf } from '../src/pdf/documents/run-sheet-pdf.ts'
import { MARGINS } from '../src/pdf/style.ts'
import { DEFAULT_INPUT, describePlan, makePlan } from '../src/lib/planner/index.ts'
import { altTexts, misplacedText, readPdf, roles } from './pdf-helpers.ts'
import { sessionCode } from '../src/lib/planner/session-code.ts'
import { editorNotesInSeed, seedCatalog, seedDetails } from './planner-helpers.ts'

const catalog = seedCatalog()

async function render(input = DEFAULT_INPUT) {
  const sheet = describePlan(makePlan(input, catalog), catalog, seedDetails())
  const production = catalog.production!
  const bytes = await runSheetPdf(
    sheet,
    { planUrl: 'https://toolkit.example.nl/plannen/?tijd=90', evaluationUrl: 'https://toolkit.example.nl/evaluatie/?sessie=s-test123', source: production.source, updatedAt: production.updatedAt },
    fonts(),
  )
  return { sheet, read: await readPdf(bytes) }
}

describe('run sheet PDF', () => {
  it('holds the timings, the materials, the question sheet, the action-point template and the tips', async () => {
    const { read } = await render({ ...DEFAULT_INPUT, themes: ['zelfstigma'], date: '2026-12-07', start: '13:30' })
    for (const expected of [
      'Teambijeenkomst over zelfstigma',
      '13:30–13:40',
      '14:20–14:40 · Werkvorm: De rol van empowerment (20 min)',
      'past bij zelfstigma; 20–25 min',
      'Flip-over met stiften',
      'Laptop + beamer (optioneel)',
      'https://tools.ggzzonderstigma.nl/overzicht-activiteiten-bni/',
      'Actiepunt Wat gaan we doen Wie Wanneer',
      'Tip: Vertel dat de scènes geïmproviseerd zijn',
      'Voorgestelde data',
      'maandag 8 maart 2027',
      'Draaiboek teambijeenkomst',
      // The footer names the meeting, not a content version (it once read "versie 90 min").
      '· bijeenkomst van 90 minuten ·',
    ]) {
      expect(read.text, expected).toContain(expected)
    }
    expect(read.text).not.toContain('versie 90 min')
    expect(read.info.Title).toBe('Teambijeenkomst over zelfstigma – draaiboek')
  })

  it('is tagged like the other sheets and keeps text out of the margins', async () => {
    const { read } = await render()
    const structure = read.pages.flatMap((page) => roles(page.structTree))
    expect(structure).toEqual(expect.arrayContaining(['H1', 'H2', 'H3', 'L', 'LI', 'Table', 'TH', 'Figure']))
    expect(misplacedText(read, MARGINS)).toEqual([])
  })

  it('runs without opening anything else: the activity’s steps with its text suggestions and remarks, the film, each link once', async () => {
    const { read } = await render({ ...DEFAULT_INPUT, themes: ['zelfstigma'] })
    const activity = seedDetails().activity['de-rol-van-empowerment']!
    expect(activity.steps).toHaveLength(8)
    for (const step of activity.steps) {
      expect(read.text).toContain(step.instruction.slice(0, 60))
      if (step.facilitatorRemark) expect(read.text).toContain(`Opmerking voor de gespreksleider: ${step.facilitatorRemark.slice(0, 40)}`)
      if (step.suggestedText) expect(read.text).toContain(`Tekstsuggestie: “${step.suggestedText.slice(0, 40)}`)
    }
    for (const goal of activity.goals) expect(read.text).toContain(`“${goal.slice(0, 50)}`)
    const count = (text: string) => read.text.split(text).length - 1
    expect(count('https://vimeo.com/372848030')).toBe(1)
    expect(count('https://tools.ggzzonderstigma.nl/overzicht-activiteiten-bni/')).toBe(1)
  })

  it('writes only characters the font has: the boxes to tick are drawn (☐ printed as a crossed box)', async () => {
    const written: string[] = []
    // Every string the run sheet hands to pdfkit, whatever block writes it.
    const original = PDFDocument.prototype.text
    PDFDocument.prototype.text = function (this: PDFKit.PDFDocument, text: unknown, ...rest: unknown[]) {
      if (typeof text === 'string') written.push(text)
      return (original as (...args: unknown[]) => PDFKit.PDFDocument).call(this, text, ...rest)
    } as typeof original
    try {
      const { read, sheet } = await render({ ...DEFAULT_INPUT, minutes: 240, coFacilitator: true })
      for (const item of [...sheet.preparation.checklist, ...sheet.preparation.materials]) expect(read.text).toContain(item.slice(0, 40))
    } finally {
      PDFDocument.prototype.text = original
    }
    const font = fonts().regular
    const missing = [...new Set(written.join('').replace(/\s/g, ''))].filter((char) => !font.hasGlyphForCodePoint(char.codePointAt(0)!))
    expect(missing).toEqual([])
  })

  it('carries the participants’ evaluation link with its QR code, and a session code that follows the plan’s settings', async () => {
    const { read } = await render()
    expect(read.text).toContain('Evaluatie voor de deelnemers (anoniem, drie vragen): https://toolkit.example.nl/evaluatie/?sessie=s-test123')
    // Who sees the answers, as the CMS has it: the toolkit's editors, not the facilitator who hands out the link.
    expect(read.text).toContain('https://toolkit.example.nl/evaluatie/?sessie=s-test123 De antwoorden gaan naar de redactie van de toolkit, die ze per bijeenkomst bij elkaar ziet. De gespreksleider ziet ze niet.')
    expect(read.pages.flatMap((page) => altTexts(page.structTree))).toContain('QR-code met de link naar https://toolkit.example.nl/evaluatie/?sessie=s-test123')
    const plan = makePlan(DEFAULT_INPUT, catalog)
    expect(sessionCode(plan)).toMatch(/^s-[a-z0-9]{6,24}$/)
    expect(sessionCode(plan)).toBe(sessionCode(makePlan(structuredClone(DEFAULT_INPUT), catalog)))
    expect(sessionCode(makePlan({ ...DEFAULT_INPUT, date: '2030-01-07' }, catalog))).not.toBe(sessionCode(plan))
  })

  it('a short plan has one row for its one action point', async () => {
    const { read } = await render({ ...DEFAULT_INPUT, minutes: 30, themes: ['zelfstigma'] })
    expect(read.text).toContain('Eén actiepunt')
    expect(read.text).toContain('1.')
    expect(read.text).not.toContain('2. 3.')
  })

  it('never shows an editor’s note', async () => {
    const { read } = await render({ ...DEFAULT_INPUT, minutes: 240, coFacilitator: true })
    for (const note of editorNotesInSeed()) expect(read.text).not.toContain(note.slice(0, 60))
  })
})
