import type { Payload } from 'payload'
import type { ContentCollectionSlug } from '@toolkit/schemas'

/**
 * Minimal valid documents per collection, in the CMS's stored shape. Test
 * data, not toolkit content: every title says so.
 */
export async function makeFixtures(payload: Payload) {
  const create = async (collection: ContentCollectionSlug, data: Record<string, unknown>, published = true) =>
    (await payload.create({
      collection,
      data: { ...data, _status: published ? 'published' : 'draft' },
      draft: !published,
      overrideAccess: true,
    })) as unknown as { id: string | number; slug: string }

  const theme = await create('themes', { slug: 'testthema', name: 'Testthema' })
  const production = await create('productions', {
    slug: 'testproductie',
    title: 'Testproductie',
    summary: 'Testsamenvatting.',
    fragmentCount: 2,
    sessionMinutes: { min: 60, max: 240 },
    source: { document: 'bij-nader-inzien-guide' },
  })
  return { theme, production, create }
}

/** One valid, published-ready document per content collection (relations filled in by the caller). */
export function validDocument(collection: ContentCollectionSlug, slug: string, ids: { theme: unknown; production: unknown }) {
  const source = { document: 'monitor-2019', location: 'test' }
  const documents: Record<ContentCollectionSlug, Record<string, unknown>> = {
    themes: { slug, name: 'Testthema' },
    productions: { slug, title: 'Testproductie', summary: 'Test.', fragmentCount: 1, sessionMinutes: { min: 60, max: 90 }, source },
    fragments: {
      slug,
      production: ids.production,
      number: 1,
      title: 'Testfragment',
      durationSeconds: 315,
      questions: { general: [{ text: 'Wat zag je?' }] },
      themes: [ids.theme],
      source,
    },
    activities: {
      slug,
      title: 'Testwerkvorm',
      summary: 'Test.',
      learningDomains: ['knowledge'],
      goals: [{ text: 'Een doel.' }],
      durationMinutes: { min: 20, max: 25 },
      steps: [{ instruction: 'Doe iets.' }],
      source,
    },
    interventions: { slug, name: 'Testinterventie', aim: 'Test.', formats: ['training'], evidenceLevel: 'not-assessed', source },
    evidence: {
      slug,
      kind: 'survey-table',
      title: 'Testtabel',
      tableNumber: '9.9',
      question: 'Testvraag',
      population: 'clients',
      respondents: 10,
      multipleAnswers: false,
      rows: [{ label: 'Ja', n: 5, percent: 50 }],
      source,
    },
    cases: { slug, title: 'Testcasus', person: 'Test', summary: 'Test.', source },
    guidance: { slug, title: 'Testlijst', items: [{ text: 'Punt.' }], source },
  }
  return documents[collection]
}
