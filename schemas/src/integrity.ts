import { RELATIONS } from './registry.ts'
import { CONTENT_COLLECTIONS, type ContentCollectionSlug } from './slugs.ts'

/** One broken rule across documents: where it is (collection, position, slug, field) and what is wrong. */
export type IntegrityProblem = {
  collection: ContentCollectionSlug
  /** Position of the document in the list that was checked. */
  index: number
  slug: string
  /** The field inside the document, e.g. `['relatedEvidence', 1]`. */
  path: (string | number)[]
  message: string
}

type Doc = { slug: string } & Record<string, unknown>
/** Documents by collection, each already valid against its own schema. */
export type DocumentsByCollection = { readonly [C in ContentCollectionSlug]?: readonly object[] }

/**
 * The rules no single schema can check, shared by the seed (before an import)
 * and the site (before a build): slugs are unique per collection, every
 * relation names a document that exists in its target collection, and a
 * survey table is compared only with another survey table.
 */
export function checkIntegrity(collections: DocumentsByCollection): IntegrityProblem[] {
  const docsOf = (collection: ContentCollectionSlug) => (collections[collection] ?? []) as readonly Doc[]
  const problems: IntegrityProblem[] = []
  const slugs = new Map<ContentCollectionSlug, Map<string, number>>()

  for (const collection of CONTENT_COLLECTIONS) {
    const seen = new Map<string, number>()
    docsOf(collection).forEach((doc, index) => {
      if (!seen.has(doc.slug)) seen.set(doc.slug, index)
      else problems.push({ collection, index, slug: doc.slug, path: ['slug'], message: 'deze slug komt vaker voor in de collectie' })
    })
    slugs.set(collection, seen)
  }

  for (const collection of CONTENT_COLLECTIONS) {
    docsOf(collection).forEach((doc, index) => {
      for (const [field, target] of Object.entries(RELATIONS[collection])) {
        const path = field.split('.')
        const value = path.reduce<unknown>((node, key) => (isRecord(node) ? node[key] : undefined), doc)
        const refs = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]
        refs.forEach((ref, i) => {
          if (typeof ref === 'string' && slugs.get(target)?.has(ref)) return
          problems.push({
            collection,
            index,
            slug: doc.slug,
            path: Array.isArray(value) ? [...path, i] : path,
            message: `verwijst naar "${String(ref)}", maar dat document bestaat niet in ${target}`,
          })
        })
      }
    })
  }

  const evidence = docsOf('evidence')
  evidence.forEach((table, index) => {
    if (table.kind !== 'survey-table' || typeof table.comparesWith !== 'string') return
    const other = evidence.find((doc) => doc.slug === table.comparesWith)
    if (other && other.kind !== 'survey-table') {
      problems.push({ collection: 'evidence', index, slug: table.slug, path: ['comparesWith'], message: `"${other.slug}" is geen enquêtetabel en kan niet vergeleken worden` })
    }
  })
  return problems
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
