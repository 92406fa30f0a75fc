/**
 * The source line under every seeded document ("Bron: title, location."),
 * as the pages and the PDFs print it, reads as a sentence for a clinician:
 * the location does not repeat the document's title ("…richtlijnen voor de
 * gespreksleider, Richtlijnen voor de gespreksleider") and names nothing by
 * its slug ("casus 'jenny'").
 */
import { describe, expect, it } from 'vitest'
import { CONTENT_COLLECTIONS, sourceById } from '@toolkit/schemas'
import { sourceText } from '../src/lib/view/source-line.ts'
import { seedSnapshot } from './planner-helpers.ts'

type Sourced = { slug: string; source?: { document: Parameters<typeof sourceById>[0]; location?: string } }

const snapshot = seedSnapshot()
const documents = CONTENT_COLLECTIONS.flatMap((collection) => (snapshot.collections[collection] as Sourced[]).map((doc) => ({ collection, doc })))
const slugs = new Set(documents.map(({ doc }) => doc.slug))
const lines = documents
  .filter(({ doc }) => doc.source)
  .map(({ collection, doc }) => {
    const { title, publisher } = sourceById(doc.source!.document)
    const location = doc.source!.location ?? ''
    return { name: `${collection}/${doc.slug}`, slug: doc.slug, title, location, line: sourceText({ title, publisher, location }) }
  })

/** The words of a text, lower case, without punctuation. */
const wordsOf = (text: string) => text.toLocaleLowerCase('nl').split(/[^\p{L}\p{N}§.-]+/u).map((word) => word.replace(/\.$/, '')).filter(Boolean)

/**
 * A phrase of the location that the title already says, or that the
 * location says twice: two words in a row, one of them longer than a
 * function word ("richtlijnen voor", not "in de").
 */
function repeatedPhrase(title: string, location: string): string | undefined {
  const runs = (text: string) => {
    const words = wordsOf(text)
    return words.slice(1).map((word, i) => [words[i]!, word]).filter((pair) => pair.some((word) => word.length > 3)).map((pair) => pair.join(' '))
  }
  const seen = new Set(runs(title))
  for (const run of runs(location)) {
    if (seen.has(run)) return run
    seen.add(run)
  }
  return undefined
}

/** Names between quotation marks that are written as a slug (lower case, hyphens), or a slug of the seed anywhere. */
function slugsIn(text: string, own: string): string[] {
  const quoted = [...text.matchAll(/['‘’"“”]([^'‘’"“”]+)['‘’"“”]/g)].map((match) => match[1]!).filter((name) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name))
  const words = text.split(/[^\p{L}\p{N}-]+/u).filter((word) => word === own || (word.includes('-') && slugs.has(word)))
  return [...new Set([...quoted, ...words])]
}

describe('source lines of the seeded documents', () => {
  it('covers every kind of content', () => {
    expect(new Set(lines.map((entry) => entry.name.split('/')[0])).size).toBeGreaterThan(4)
  })

  it('repeat no phrase (the location does not say the title again)', () => {
    const repeated = lines.flatMap(({ name, title, location, line }) => {
      const run = repeatedPhrase(title, location)
      return run ? [`${name}: "${run}" in "${line}"`] : []
    })
    expect(repeated).toEqual([])
  })

  it('name nothing by its slug', () => {
    const found = lines.flatMap(({ name, slug, line }) => slugsIn(line, slug).map((word) => `${name}: "${word}" in "${line}"`))
    expect(found).toEqual([])
  })
})
