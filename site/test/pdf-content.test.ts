import { QUESTION_PDF } from '../src/lib/view/pointers.ts'
import { describe, expect, it } from 'vitest'
import { pdfFixture } from './pdf-fixtures.ts'
import { renderJob, roles } from './pdf-helpers.ts'

const snapshot = pdfFixture()

// Long documents take a few seconds on a busy machine.
describe('the text of each kind of PDF holds the fields of its document', { timeout: 60_000 }, () => {
  it('fragment: title, duration, the four kinds of questions, the assignment, the link back', async () => {
    const { text } = await renderJob(snapshot, 'fragments', 'testfragment-synthetisch')
    for (const expected of [
      'Testfragment synthetisch',
      'Filmfragment 1 van Testproductie synthetisch',
      '5 min 15 s',
      'Algemene vragen',
      'Wat zag je gebeuren in de synthetische scène?',
      'Vragen over de scène en de praktijk',
      'Herken je dit uit je eigen synthetische praktijk?',
      'Thematische vragen',
      'Wat betekent hoop in deze synthetische scène?',
      'Vragen over stigmatisering in de scène',
      'Waar zie je stigma in de synthetische scène?',
      'Opdracht',
      'Schrijf samen drie synthetische actiepunten op.',
      'Bekijk het fragment en de vragen op de website: https://toolkit.test/toolkit/filmfragmenten/testfragment-synthetisch/',
      'https://vimeo.com/000000001',
    ]) expect(text).toContain(expected)
  })

  it('fragment without questions: leaves the questions out and shows no editor notes', async () => {
    const { text } = await renderJob(snapshot, 'fragments', 'leeg-fragment-synthetisch')
    expect(text).toContain('Leeg fragment synthetisch')
    expect(text).not.toContain('Vragen bij het gesprek')
    expect(text).not.toContain('Opdracht')
    expect(text).not.toContain('Nog niet beschikbaar')
    expect(text).not.toContain('De vragen bij dit synthetische fragment ontbreken.')
    expect(text).not.toMatch(/vragen op de website/)
  })

  it('fragment without questions but with the maker\'s question sheet: points to the sheet', async () => {
    const withSheet = pdfFixture((raw) => {
      raw.collections.fragments[1].questionSheetUrl = 'https://example.org/vragenblad-synthetisch'
    })
    const { text } = await renderJob(withSheet, 'fragments', 'leeg-fragment-synthetisch')
    expect(text).toContain(QUESTION_PDF.intro)
    // As on the page: the questions are in the sheet the link leads to, not on the website.
    expect(text).toContain('Bekijk het fragment op de website:')
    expect(text).not.toMatch(/vragen op de website/)
    expect(text.indexOf(QUESTION_PDF.intro)).toBeLessThan(text.indexOf('https://example.org/vragenblad-synthetisch'))
    // Each link once: the sheet's address is not listed again under "Links".
    expect(text.split('https://example.org/vragenblad-synthetisch').length - 1).toBe(1)
    expect(text).toContain('https://example.org/vragenblad-synthetisch')
    expect(text).not.toContain('Nog niet beschikbaar')
  })

  it('activity: learning domains, goals, materials, duration, numbered steps with remarks and suggested text, key messages', async () => {
    const { text } = await renderJob(snapshot, 'activities', 'testwerkvorm-synthetisch')
    for (const expected of [
      'Testwerkvorm synthetisch',
      'Kennis en houding',
      '20–25 minuten',
      // Goals, key messages and suggested texts marked word for word from the source: printed as quotes (verbatim-quotes.test.ts: unmarked ones are not).
      'Letterlijk overgenomen uit de beschrijving van de activiteit.',
      '“Synthetisch leerdoel een.”',
      'Flip-over (synthetisch)',
      'Laptop (synthetisch) (optioneel)',
      '1. Vraag de deelnemers naar synthetische voorbeelden.',
      'Opmerking voor de gespreksleider Let op de synthetische tijd.',
      'Tekstsuggestie “Dit is een synthetische tekstsuggestie.”',
      '2. Sluit de synthetische ronde af.',
      '“Synthetische kernboodschap.”',
    ]) expect(text).toContain(expected)
  })

  it('intervention: aim, audience, format, duration, evidence level with its source, links', async () => {
    const { text } = await renderJob(snapshot, 'interventions', 'testinterventie-synthetisch')
    for (const expected of [
      'Testinterventie synthetisch (TIS)',
      'Een verzonnen doel: stigma synthetisch verminderen.',
      'Hulpverleners',
      'Workshop',
      '2 uur (synthetisch)',
      'Goed beschreven',
      'Synthetische studies wijzen op een verzonnen effect.',
      'Bekend bij 12 hulpverleners, 3% van de ondervraagde hulpverleners (Testtabel synthetisch).',
      'Landelijke Monitor Ambulantisering',
      'tabel 5.6',
      'Website van de synthetische methode',
      'https://example.org/synthetisch',
    ]) expect(text).toContain(expected)
  })

  it('case: situation, responses on the stigma ladder, likely reactions; nothing about missing responses', async () => {
    const { text } = await renderJob(snapshot, 'cases', 'testcasus-synthetisch')
    for (const expected of [
      'Casus Sam (synthetisch)',
      'Wie is Sam Sam is een synthetische cliënt.',
      'De hulpverlener zegt iets synthetisch.',
      'Trede 2 van de stigmaladder',
      'Sam voelt zich synthetisch gehoord.',
    ]) expect(text).toContain(expected)
    expect(text).not.toContain('Nog niet beschikbaar')
  })

  it('evidence table: question, population, the table, a chart with every value, the source', async () => {
    const read = await renderJob(snapshot, 'evidence', 'testtabel-synthetisch')
    for (const expected of [
      'Testtabel synthetisch',
      'Welke synthetische methode kent u?',
      'Hulpverleners (n = 400)',
      'Antwoord Aantal (n) Percentage',
      'Synthetische methode A 200 50%',
      'Geen van beide (synthetisch) 12 3%',
      '25% (n = 100)',
      'tabel 9.1 (synthetisch)',
    ]) expect(read.text).toContain(expected)
  })

  it('key finding: figure, statement, points, citation', async () => {
    const { text } = await renderJob(snapshot, 'evidence', 'testbevinding-synthetisch')
    for (const expected of ['42,0%', 'Een verzonnen bevinding over stigma.', 'Synthetisch punt twee', 'Synthetisch e.a. (2020)']) {
      expect(text).toContain(expected)
    }
  })

  it('booklet: phases, tips, its fragments with their questions, the slides; no editor notes', async () => {
    const { text } = await renderJob(snapshot, 'productions', 'testproductie-synthetisch')
    for (const expected of [
      'Testproductie synthetisch',
      '1–2 uur',
      '1. Voorbereiding synthetisch',
      'Reserveer een synthetische ruimte.',
      'Testtip synthetisch',
      'Fragment 1: Testfragment synthetisch (5 min 15 s)',
      'Waar zie je stigma in de synthetische scène?',
      'Fragment 2: Leeg fragment synthetisch (1 min)',
      'Openingsdia synthetisch',
    ]) expect(text).toContain(expected)
    expect(text).not.toContain('Nog niet beschikbaar')
    expect(text).not.toContain('Fragment 3 is nog niet ingevoerd (synthetisch).')
  })

  it('every page shows the toolkit, the source, the date and version, and its page number', async () => {
    const read = await renderJob(snapshot, 'productions', 'testproductie-synthetisch')
    expect(read.pages.length).toBeGreaterThan(1)
    read.pages.forEach((page, index) => {
      expect(page.text).toContain('Toolkit destigmatisering')
      expect(page.text).toContain('Bron: Impactproductie "Bij nader inzien": richtlijnen voor de gespreksleider')
      expect(page.text).toContain('Inhoud van 1 maart 2025 · versie test1234')
      expect(page.text).toContain(`pagina ${index + 1} van ${read.pages.length}`)
    })
  })
})

describe('quotes and notes on figures', { timeout: 60_000 }, () => {
  it('key finding: prints each quote visibly marked, with the speaker\'s role and place, tagged as a block quote', async () => {
    const withQuote = pdfFixture((raw) => {
      raw.collections.evidence[1].quotes = [
        { text: 'Een verzonnen uitspraak (synthetisch).', speaker: 'Cliënt', setting: 'focusgroep (synthetisch)', location: '§9.9' },
      ]
    })
    const read = await renderJob(withQuote, 'evidence', 'testbevinding-synthetisch')
    for (const expected of ['Citaat uit de bron', 'Letterlijk citaat', '“Een verzonnen uitspraak (synthetisch).”', '— Cliënt, focusgroep (synthetisch) (bron: §9.9)']) {
      expect(read.text).toContain(expected)
    }
    expect(read.pages.flatMap((page) => roles(page.structTree))).toContain('BlockQuote')
  })

  it('survey table: prints the note on the figures and then does not claim a base for the percentages', async () => {
    const withNote = pdfFixture((raw) => {
      raw.collections.evidence[0].figuresNote = 'De synthetische percentages passen bij ongeveer 380 personen.'
    })
    const { text } = await renderJob(withNote, 'evidence', 'testtabel-synthetisch')
    expect(text).toContain('Let op bij de cijfers: De synthetische percentages passen bij ongeveer 380 personen.')
    expect(text).not.toContain('percentage van 400')
  })
})
