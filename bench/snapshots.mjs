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

/** Documents per 1,000 of each collection; the synthetic set scales these. */
const PER_THOUSAND = { productions: 10, fragments: 300, activities: 120, interventions: 200, cases: 70, evidence: 300 }

/**
 * `size` SYNTHETIC documents (default 1,000: 10 productions with 30
 * fragments each, 120 activities, 200 interventions, 70 cases and 300
 * evidence items; other sizes scale every collection alike, so N = 10,000 is
 * the 1,000 repeated ten times with new slugs). Cloned from the seed with new
 * slugs and titles, relations kept inside the set.
 */
export function syntheticSnapshot(seed = loadSeed(), size = 1000) {
  const count = (collection) => Math.max(1, Math.round((PER_THOUSAND[collection] * size) / 1000))
  const pick = (docs, i) => structuredClone(docs[i % docs.length])
  const mark = (doc, prefix, i, title = 'title') => ({ ...doc, ...untagged, slug: `${prefix}-synthetisch-${i}`, [title]: `${doc[title]} (synthetisch ${i})` })
  const productions = Array.from({ length: count('productions') }, (_, i) => ({ ...mark(pick(seed.productions, i), 'productie', i), fragmentCount: 30, editorNotes: [] }))
  const fragments = Array.from({ length: count('fragments') }, (_, i) => ({
    ...mark(pick(seed.fragments, i), 'fragment', i),
    production: productions[i % productions.length].slug,
    number: Math.floor(i / productions.length) + 1,
    description: `Een synthetische scène ${i} in een wachtkamer van de ggz.`,
    questions: { general: questions('algemene ', i), practice: questions('praktijk', i), thematic: questions('thema', i), stigma: questions('stigma', i) },
    assignment: `Synthetische opdracht ${i}: kies samen drie actiepunten.`,
    editorNotes: [],
  }))
  const evidence = Array.from({ length: count('evidence') }, (_, i) => {
    const { comparesWith, ...doc } = mark(pick(seed.evidence, i), 'onderbouwing', i)
    return doc
  })
  const table = evidence.find((doc) => doc.kind === 'survey-table')
  const interventions = Array.from({ length: count('interventions') }, (_, i) => {
    const doc = mark(pick(seed.interventions, i), 'interventie', i, 'name')
    return doc.familiarity ? { ...doc, familiarity: { ...doc.familiarity, evidence: table.slug } } : doc
  })
  const activities = Array.from({ length: count('activities') }, (_, i) => mark(pick(seed.activities, i), 'werkvorm', i))
  const cases = Array.from({ length: count('cases') }, (_, i) => mark(pick(seed.cases, i), 'casus', i))
  const collections = { themes: [], productions, fragments, activities, interventions, evidence, cases, guidance: [] }
  return wrap(Object.fromEntries(Object.entries(collections).map(([name, docs]) => [name, stamp(docs)])), 'synthetisch')
}
