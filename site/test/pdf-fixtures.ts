/**
 * SYNTHETIC content for the PDF tests: every document here is made up to
 * exercise the renderers (slugs end in "-synthetisch"); none of it comes
 * from the sources or may be published. Built as raw JSON and validated by
 * the site's loader, so schema defaults apply as in a real build.
 */
import type { Snapshot } from '@toolkit/schemas'
import { parseSnapshot } from '../src/lib/content/load.ts'
import type { SiteContext } from '../src/pdf/job-types.ts'

export const TEST_SITE: SiteContext = { origin: 'https://toolkit.test', base: '/toolkit/' }

const stamp = '2025-03-01T09:00:00.000Z'

/** Raw snapshot JSON; mutate it, then `parseSnapshot` it. */
export function rawPdfFixture(): any {
  return {
    generatedAt: stamp,
    contentVersion: 'pdf-fixture-1',
    collections: {
      themes: [{ slug: 'hoop', name: 'Hoop (synthetisch)', updatedAt: stamp }],
      productions: [
        {
          slug: 'testproductie-synthetisch',
          title: 'Testproductie synthetisch',
          summary: 'Een verzonnen impactproductie om het boekje te testen.',
          fragmentCount: 3,
          sessionMinutes: { min: 60, max: 120 },
          occasions: ['Teamoverleg (synthetisch)'],
          contents: ['Drie verzonnen filmfragmenten'],
          sessionGuide: [
            { title: 'Voorbereiding synthetisch', actions: ['Reserveer een synthetische ruimte.', 'Kies de fragmenten.'] },
            { title: 'Bijeenkomst synthetisch', actions: ['Heet iedereen welkom.'] },
          ],
          tips: [{ title: 'Testtip synthetisch', text: 'Een verzonnen tip voor de gespreksleider.' }],
          slideOutline: ['Openingsdia synthetisch', 'Slotdia synthetisch'],
          source: { document: 'bij-nader-inzien-guide' },
          // Editor-only: the loader drops it, so no PDF may show it.
          editorNotes: ['Fragment 3 is nog niet ingevoerd (synthetisch).'],
          updatedAt: stamp,
        },
      ],
      fragments: [
        {
          slug: 'testfragment-synthetisch',
          production: 'testproductie-synthetisch',
          number: 1,
          title: 'Testfragment synthetisch',
          durationSeconds: 315,
          videoUrl: 'https://vimeo.com/000000001',
          description: 'Een verzonnen scène in een synthetische wachtkamer.',
          questions: {
            general: ['Wat zag je gebeuren in de synthetische scène?'],
            practice: ['Herken je dit uit je eigen synthetische praktijk?'],
            thematic: ['Wat betekent hoop in deze synthetische scène?'],
            stigma: ['Waar zie je stigma in de synthetische scène?'],
          },
          assignment: 'Schrijf samen drie synthetische actiepunten op.',
          source: { document: 'bij-nader-inzien-slides', location: 'dia 7 (synthetisch)' },
          updatedAt: stamp,
        },
        {
          slug: 'leeg-fragment-synthetisch',
          production: 'testproductie-synthetisch',
          number: 2,
          title: 'Leeg fragment synthetisch',
          durationSeconds: 60,
          source: { document: 'bij-nader-inzien-slides' },
          editorNotes: ['De vragen bij dit synthetische fragment ontbreken.'],
          updatedAt: stamp,
        },
      ],
      activities: [
        {
          slug: 'testwerkvorm-synthetisch',
          title: 'Testwerkvorm synthetisch',
          summary: 'Een verzonnen werkvorm.',
          learningDomains: ['knowledge', 'attitude'],
          goals: ['Synthetisch leerdoel een.'],
          goalsVerbatim: true,
          materials: [{ name: 'Flip-over (synthetisch)' }, { name: 'Laptop (synthetisch)', optional: true }],
          durationMinutes: { min: 20, max: 25 },
          steps: [
            {
              instruction: 'Vraag de deelnemers naar synthetische voorbeelden.',
              facilitatorRemark: 'Let op de synthetische tijd.',
              suggestedText: 'Dit is een synthetische tekstsuggestie.',
              suggestedTextVerbatim: true,
            },
            { instruction: 'Sluit de synthetische ronde af.' },
          ],
          keyMessages: ['Synthetische kernboodschap.'],
          keyMessagesVerbatim: true,
          source: { document: 'activity-empowerment' },
          updatedAt: stamp,
        },
      ],
      interventions: [
        {
          slug: 'testinterventie-synthetisch',
          name: 'Testinterventie synthetisch',
          abbreviation: 'TIS',
          aim: 'Een verzonnen doel: stigma synthetisch verminderen.',
          formats: ['workshop'],
          audiences: ['professionals'],
          duration: '2 uur (synthetisch)',
          provider: 'Synthetische aanbieder',
          evidenceLevel: 'well-described',
          evidenceNote: 'Synthetische studies wijzen op een verzonnen effect.',
          familiarity: { n: 12, percent: 3, evidence: 'testtabel-synthetisch' },
          links: [{ label: 'Website van de synthetische methode', url: 'https://example.org/synthetisch' }],
          source: { document: 'monitor-2019', location: 'tabel 5.6' },
          updatedAt: stamp,
        },
      ],
      evidence: [
        {
          slug: 'testtabel-synthetisch',
          kind: 'survey-table',
          title: 'Testtabel synthetisch',
          tableNumber: '9.1',
          question: 'Welke synthetische methode kent u?',
          population: 'professionals',
          respondents: 400,
          multipleAnswers: true,
          rows: [
            { label: 'Synthetische methode A', n: 200, percent: 50 },
            { label: 'Synthetische methode B', n: 100, percent: 25 },
            { label: 'Geen van beide (synthetisch)', n: 12, percent: 3 },
          ],
          source: { document: 'monitor-2019', location: 'tabel 9.1 (synthetisch)' },
          updatedAt: stamp,
        },
        {
          slug: 'testbevinding-synthetisch',
          kind: 'key-finding',
          title: 'Testbevinding synthetisch',
          statement: 'Een verzonnen bevinding over stigma.',
          figure: '42,0%',
          points: ['Synthetisch punt een', 'Synthetisch punt twee'],
          citation: { authors: 'Synthetisch e.a.', year: 2020 },
          source: { document: 'monitor-2019' },
          updatedAt: stamp,
        },
      ],
      cases: [
        {
          slug: 'testcasus-synthetisch',
          title: 'Casus Sam (synthetisch)',
          person: 'Sam',
          summary: 'Een verzonnen casus.',
          situation: { who: 'Sam is een synthetische cliënt.', wants: 'Sam wil synthetisch werk vinden.' },
          responses: [
            { response: 'De hulpverlener zegt iets synthetisch.', ladderStep: 2, likelyReaction: 'Sam voelt zich synthetisch gehoord.' },
          ],
          source: { document: 'self-stigma-tips' },
          updatedAt: stamp,
        },
      ],
      guidance: [],
    },
  }
}

export function pdfFixture(mutate?: (raw: any) => void): Snapshot {
  const raw = rawPdfFixture()
  mutate?.(raw)
  return parseSnapshot(raw, 'pdf-fixture')
}
