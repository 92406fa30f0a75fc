import PDFDocument from 'pdfkit'
import { describe, expect, it } from 'vitest'
import { pdfFixture } from './pdf-fixtures.ts'
import { altTexts, renderJob, roles, untaggedOperators } from './pdf-helpers.ts'

const snapshot = pdfFixture()

// Long documents take a few seconds on a busy machine.
describe('PDF metadata and accessibility structure', { timeout: 60_000 }, () => {
  it('sets title, author, subject and the language nl-NL, and shows the title in the viewer', async () => {
    const read = await renderJob(snapshot, 'fragments', 'testfragment-synthetisch')
    expect(read.info.Title).toBe('Testfragment synthetisch – vragenblad bij een filmfragment')
    // The presentation names no publisher, so the fragment's PDF names no author.
    expect(read.info.Author).toBeUndefined()
    expect(read.info.Subject).toContain('Vragen en opdracht bij filmfragment 1')
    expect(read.info.Language).toBe('nl-NL')
    expect(read.raw.includes('/DisplayDocTitle true')).toBe(true)
    expect(/<dc:title>\s*<rdf:Alt>\s*<rdf:li xml:lang="x-default">Testfragment synthetisch/.test(read.raw)).toBe(true)
  })

  it('uses the publisher of the source as author', async () => {
    const read = await renderJob(snapshot, 'evidence', 'testtabel-synthetisch')
    expect(read.info.Author).toBe('Trimbos-instituut')
  })

  it('keeps the XMP metadata valid when a title holds "&" or "<"', async () => {
    const tricky = pdfFixture((raw) => {
      raw.collections.cases[0].title = 'Sam & co <synthetisch>'
    })
    const read = await renderJob(tricky, 'cases', 'testcasus-synthetisch')
    expect(read.info.Title).toBe('Sam & co <synthetisch> – casus')
    expect(read.raw.includes('Sam &amp; co &lt;synthetisch&gt;')).toBe(true)
  })

  it('is a tagged PDF: headings, lists, a table and figures with alternative text', async () => {
    const read = await renderJob(snapshot, 'evidence', 'testtabel-synthetisch')
    expect(read.raw.includes('/Marked true')).toBe(true)
    expect(read.raw.includes('/StructTreeRoot')).toBe(true)
    const allRoles = read.pages.flatMap((page) => roles(page.structTree))
    for (const role of ['H1', 'H2', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'Figure', 'Link']) {
      expect(allRoles).toContain(role)
    }
    const alts = read.pages.flatMap((page) => altTexts(page.structTree))
    expect(alts.some((alt) => alt.startsWith('Staafdiagram') && alt.includes('Synthetische methode B: 25%'))).toBe(true)
    expect(alts.some((alt) => alt.startsWith('QR-code met de link naar https://toolkit.test/'))).toBe(true)
    // Checked on the raw bytes with booleans, so a failure does not print the binary PDF.
    expect(read.raw.includes('/Contents (Link naar https://toolkit.test/toolkit/onderbouwing/testtabel-synthetisch/)')).toBe(true)
    expect(read.raw.includes('/Contents ()')).toBe(false)
    expect(/\/O \/Table\s+\/Scope \/Column/.test(read.raw)).toBe(true)
    expect(/\/O \/Table\s+\/Scope \/Row/.test(read.raw)).toBe(true)
    const activity = await renderJob(snapshot, 'activities', 'testwerkvorm-synthetisch')
    for (const numbering of ['Decimal', 'Disc', 'None']) {
      expect(new RegExp(`/O /List\\s+/ListNumbering /${numbering}`).test(activity.raw)).toBe(true)
    }
  })

  it('puts every text, rule and shape in the structure tree or marks it as an artifact', async () => {
    const kinds = [
      ['fragments', 'testfragment-synthetisch'],
      ['activities', 'testwerkvorm-synthetisch'],
      ['interventions', 'testinterventie-synthetisch'],
      ['cases', 'testcasus-synthetisch'],
      ['evidence', 'testtabel-synthetisch'],
      ['evidence', 'testbevinding-synthetisch'],
      ['productions', 'testproductie-synthetisch'],
    ] as const
    for (const [collection, slug] of kinds) {
      const read = await renderJob(snapshot, collection, slug)
      const { pageStreams, untagged } = untaggedOperators(read.bytes)
      expect(pageStreams).toBe(read.pages.length)
      expect(untagged, `${collection}/${slug}`).toEqual([])
    }
    // The check finds untagged content where there is some.
    const bare = new PDFDocument({ size: 'A4', tagged: true })
    const chunks: Uint8Array[] = []
    bare.on('data', (chunk: Uint8Array) => chunks.push(chunk))
    const done = new Promise((resolve) => bare.on('end', resolve))
    bare.rect(10, 10, 20, 20).fill('#000000')
    bare.end()
    await done
    expect(untaggedOperators(Buffer.concat(chunks)).untagged).toEqual(['10 10 20 20 re', 'f'])
  })

  it('gives the booklet bookmarks per section, with its phases and fragments nested', async () => {
    const read = await renderJob(snapshot, 'productions', 'testproductie-synthetisch')
    const titles = read.outline.map((item) => item.title)
    expect(titles).toEqual([
      'Wat het pakket bevat',
      'De bijeenkomst stap voor stap',
      'Tips voor de gespreksleider',
      'De filmfragmenten',
      'Opzet van de presentatie',
    ])
    const children = (title: string) => read.outline.find((item) => item.title === title)!.items.map((item) => item.title)
    expect(children('De bijeenkomst stap voor stap')).toEqual(['1. Voorbereiding synthetisch', '2. Bijeenkomst synthetisch'])
    expect(children('De filmfragmenten')).toEqual([
      'Fragment 1: Testfragment synthetisch (5 min 15 s)',
      'Fragment 2: Leeg fragment synthetisch (1 min)',
    ])
    expect(read.raw.includes('/PageMode /UseOutlines')).toBe(true)
  })

  it('gives single sheets bookmarks for their sections too', async () => {
    const read = await renderJob(snapshot, 'activities', 'testwerkvorm-synthetisch')
    expect(read.outline.map((item) => item.title)).toEqual(['Leerdoelen', 'Materialen', 'Stappen', 'Kernboodschappen'])
  })
})
