/**
 * The method an answer is about, as editors know it: an answer stores the
 * method's target ("werkvormen/de-rol-van-empowerment", the page that asked
 * "Heb je dit gebruikt?", `methodTarget` in @toolkit/schemas); the results
 * name it by its title and link to it in the admin.
 */
import { methodOfTarget, type MethodCollection } from '@toolkit/schemas'
import type { PayloadRequest } from 'payload'

export type MethodName = { title: string; href: string }

/** Title and admin link per target path; a path whose document is gone keeps no entry (the view shows the path). */
export async function methodNames(req: PayloadRequest, targets: string[]): Promise<Map<string, MethodName>> {
  const bySlug = new Map<MethodCollection, Map<string, string>>()
  for (const target of targets) {
    const method = methodOfTarget(target)
    if (method) bySlug.set(method.collection, (bySlug.get(method.collection) ?? new Map()).set(method.slug, target))
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
