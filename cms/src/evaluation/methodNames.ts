/**
 * The method an answer is about, as editors know it: an answer stores the
 * method's site path ("werkvormen/de-rol-van-empowerment", the page that
 * asked "Heb je dit gebruikt?"); the results name it by its title and link to
 * it in the admin. The path's first part is the collection's site segment
 * (SITE_SEGMENTS), the second the document's slug.
 */
import { SITE_SEGMENTS, type ContentCollectionSlug } from '@toolkit/schemas'
import type { PayloadRequest } from 'payload'

export type MethodName = { title: string; href: string }

const COLLECTION_OF_SEGMENT = new Map(Object.entries(SITE_SEGMENTS).map(([collection, segment]) => [segment as string, collection as ContentCollectionSlug]))

/** Title and admin link per target path; a path whose document is gone keeps no entry (the view shows the path). */
export async function methodNames(req: PayloadRequest, targets: string[]): Promise<Map<string, MethodName>> {
  const bySlug = new Map<ContentCollectionSlug, Map<string, string>>()
  for (const target of targets) {
    const [segment, slug] = target.split('/')
    const collection = segment ? COLLECTION_OF_SEGMENT.get(segment) : undefined
    if (!collection || !slug) continue
    bySlug.set(collection, (bySlug.get(collection) ?? new Map()).set(slug, target))
  }
  const names = new Map<string, MethodName>()
  const adminRoute = req.payload.config.routes.admin
  for (const [collection, targetOf] of bySlug) {
    const config = req.payload.collections[collection]!.config
    const titleField = config.admin.useAsTitle ?? 'slug'
    const { docs } = await req.payload.find({
      collection,
      where: { slug: { in: [...targetOf.keys()] } },
      draft: true,
      depth: 0,
      pagination: false,
      select: { slug: true, [titleField]: true },
      overrideAccess: false,
      user: req.user,
      req,
    })
    for (const doc of docs as unknown as ({ id: string | number; slug: string } & Record<string, unknown>)[]) {
      const target = targetOf.get(doc.slug)
      if (target) names.set(target, { title: String(doc[titleField] ?? doc.slug), href: `${adminRoute}/collections/${collection}/${doc.id}` })
    }
  }
  return names
}
