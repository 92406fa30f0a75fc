/**
 * A document other documents still point to is not deleted: the refusal
 * (409) names them, so the editor can take those links out first. Deleting
 * it anyway lost data without a word: the relational database drops the
 * links with it, in every stored version too (a theme nine items carried
 * vanished from all nine, and no version could bring it back), and MongoDB
 * would keep links to nothing. Which fields point where comes from the
 * schema (`RELATION_FIELDS`), the facts the relationship fields are built
 * from; a draft's links count too (the newest version of each document).
 */
import { APIError, type CollectionBeforeDeleteHook, type PayloadRequest, type Where } from 'payload'
import { CONTENT_TYPES, RELATION_FIELDS, type ContentCollectionSlug } from '@toolkit/schemas'
import { parentIdOf } from '../content/versionParent.ts'

/** How many referring documents the message names; the rest are counted. */
const NAMED = 5

type Referrer = { collection: ContentCollectionSlug; id: string | number; title: string }

export const refuseDeleteWhileReferenced: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const slug = collection.slug as ContentCollectionSlug
  const referrers = await referrersOf(req, slug, id)
  if (referrers.length === 0) return
  const doc = await req.payload.findByID({ collection: slug, id, depth: 0, draft: true, overrideAccess: true, req })
  const self = `${CONTENT_TYPES[slug].singular} “${String(doc[titleFieldOf(req, slug) as keyof typeof doc] ?? id)}”`
  const named = referrers.slice(0, NAMED).map((referrer) => `${CONTENT_TYPES[referrer.collection].singular.toLowerCase()} “${referrer.title}”`)
  const more = referrers.length > NAMED ? ` en ${referrers.length - NAMED} andere` : ''
  const count = referrers.length === 1 ? '1 document verwijst' : `${referrers.length} documenten verwijzen`
  throw new APIError(
    `${self} is niet verwijderd: ${count} er nog naar (${named.join(', ')}${more}). Haal die verwijzingen eerst weg.`,
    409,
    { referrers: referrers.map(({ collection: from, id: referrerId }) => ({ collection: from, id: referrerId })) },
    true,
  )
}

/** The documents whose stored or newest draft version points to `collection`/`id`, other than that document itself. */
async function referrersOf(req: PayloadRequest, target: ContentCollectionSlug, id: string | number): Promise<Referrer[]> {
  const found = new Map<string, Referrer>()
  for (const [source, fields] of Object.entries(RELATION_FIELDS) as [ContentCollectionSlug, (typeof RELATION_FIELDS)[ContentCollectionSlug]][]) {
    const paths = Object.entries(fields)
      .filter(([, field]) => field.collection === target)
      .map(([path]) => path)
    if (paths.length === 0) continue
    const pointsHere = (prefix: string): Where => ({ or: paths.map((path) => ({ [`${prefix}${path}`]: { equals: id } })) })
    const titleField = titleFieldOf(req, source)
    // Only the id and title of each: a theme thousands of items carry must not load them whole.
    const stored = await req.payload.find({
      collection: source,
      where: pointsHere(''),
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: { [titleField]: true },
    })
    for (const doc of stored.docs) found.set(`${source}:${doc.id}`, { collection: source, id: doc.id, title: String(doc[titleField as keyof typeof doc] ?? doc.id) })
    const drafts = await req.payload.findVersions({
      collection: source,
      where: { and: [{ latest: { equals: true } }, pointsHere('version.')] },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: { parent: true, version: { [titleField]: true } },
    })
    for (const version of drafts.docs) {
      const parentId = parentIdOf(version)
      const data = version.version as Record<string, unknown>
      found.set(`${source}:${parentId}`, { collection: source, id: parentId, title: String(data[titleField] ?? parentId) })
    }
  }
  found.delete(`${target}:${id}`)
  return [...found.values()]
}

function titleFieldOf(req: PayloadRequest, slug: ContentCollectionSlug): string {
  return req.payload.collections[slug]?.config.admin.useAsTitle ?? 'id'
}
