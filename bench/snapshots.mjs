/**
 * The content the PDF benchmark renders: the seed (the toolkit's real
 * content, wrapped as a snapshot) and 1,000 SYNTHETIC documents generated
 * from it. Synthetic documents are marked in slug and title and are never
 * published; they only give the engine realistic volume.
 */
import { wrapSnapshot } from '@toolkit/schemas/node'
import { loadSeed } from '@toolkit/seed'
import { parseSnapshot } from '@toolkit/site/src/lib/content/load.ts'

const STAMP = '2025-01-01T00:00:00.000Z'

function wrap(collections, origin) {
  return parseSnapshot(wrapSnapshot(collections, STAMP), origin)
}

const stamp = (docs) => docs.map((doc) => ({ ...doc, updatedAt: STAMP }))

/** The seed content as the CMS would export it. */
export function seedSnapshot() {
  const seed = loadSeed()
  return wrap(Object.fromEntries(Object.entries(seed).map(([collection, docs]) => [collection, stamp(docs)])), 'seed')
}

const untagged = { themes: [], relatedInterventions: [], relatedEvidence: [] }
const questions = (kind, i) => Array.from({ length: 3 }, (_, q) => `Synthetische ${kind}vraag ${q + 1} bij fragment ${i}: wat zie je gebeuren en wat doet het met de persoon in de scène?`)

/**
 * 1,000 SYNTHETIC documents: 10 productions with 30 fragments each, 120
 * activities, 200 interventions, 70 cases and 300 evidence items, cloned
 * from the seed with new slugs and titles, relations kept inside the set.
 */
export function syntheticSnapshot(seed = loadSeed()) {
  const pick = (docs, i) => structuredClone(docs[i % docs.length])
  const mark = (doc, prefix, i, title = 'title') => ({ ...doc, ...untagged, slug: `${prefix}-synthetisch-${i}`, [title]: `${doc[title]} (synthetisch ${i})` })
  const productions = Array.from({ length: 10 }, (_, i) => ({ ...mark(pick(seed.productions, i), 'productie', i), fragmentCount: 30, editorNotes: [] }))
  const fragments = Array.from({ length: 300 }, (_, i) => ({
    ...mark(pick(seed.fragments, i), 'fragment', i),
    production: productions[i % 10].slug,
    number: Math.floor(i / 10) + 1,
    description: `Een synthetische scène ${i} in een wachtkamer van de ggz.`,
    questions: { general: questions('algemene ', i), practice: questions('praktijk', i), thematic: questions('thema', i), stigma: questions('stigma', i) },
    assignment: `Synthetische opdracht ${i}: kies samen drie actiepunten.`,
    editorNotes: [],
  }))
  const evidence = Array.from({ length: 300 }, (_, i) => {
    const { comparesWith, ...doc } = mark(pick(seed.evidence, i), 'onderbouwing', i)
    return doc
  })
  const table = evidence.find((doc) => doc.kind === 'survey-table')
  const interventions = Array.from({ length: 200 }, (_, i) => {
    const doc = mark(pick(seed.interventions, i), 'interventie', i, 'name')
    return doc.familiarity ? { ...doc, familiarity: { ...doc.familiarity, evidence: table.slug } } : doc
  })
  const activities = Array.from({ length: 120 }, (_, i) => mark(pick(seed.activities, i), 'werkvorm', i))
  const cases = Array.from({ length: 70 }, (_, i) => mark(pick(seed.cases, i), 'casus', i))
  const collections = { themes: [], productions, fragments, activities, interventions, evidence, cases, guidance: [] }
  return wrap(Object.fromEntries(Object.entries(collections).map(([name, docs]) => [name, stamp(docs)])), 'synthetisch')
}
