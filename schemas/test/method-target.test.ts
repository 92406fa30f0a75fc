/**
 * One definition of a method target (evaluation.ts): the site path an answer
 * to "Heb je dit gebruikt?" names its method by. The site writes it with
 * `methodTarget`, the CMS's check accepts exactly those and the results read
 * the method back with `methodOfTarget`; all from SITE_SEGMENTS.
 */
import { describe, expect, it } from 'vitest'
import { CONTENT_COLLECTIONS, METHOD_COLLECTIONS, SITE_SEGMENTS, evaluationSubmissionSchema, methodOfTarget, methodTarget, sitePathOf } from '../src/index.ts'

const answer = (target: string) => evaluationSubmissionSchema.safeParse({ kind: 'method', target, useful: 4, startedAt: 1 })

describe('a method target', () => {
  it('is the site path of the method’s page without slashes at the ends, for every method collection', () => {
    expect(methodTarget('activities', 'de-rol-van-empowerment')).toBe('werkvormen/de-rol-van-empowerment')
    for (const collection of METHOD_COLLECTIONS) {
      expect(`/${methodTarget(collection, 'hoop')}/`).toBe(sitePathOf(collection, 'hoop'))
    }
  })

  it('reads back as the collection and slug it was made of, and is accepted as an answer’s target', () => {
    for (const collection of METHOD_COLLECTIONS) {
      const target = methodTarget(collection, 'wrap-2')
      expect(methodOfTarget(target)).toEqual({ collection, slug: 'wrap-2' })
      expect(answer(target).success, target).toBe(true)
    }
  })

  it('is only for the method collections: a page of any other section names no method', () => {
    for (const collection of CONTENT_COLLECTIONS.filter((candidate) => !(METHOD_COLLECTIONS as readonly string[]).includes(candidate))) {
      expect(methodOfTarget(`${SITE_SEGMENTS[collection]}/hoop`), collection).toBeUndefined()
    }
  })

  it('names no method for another section, a missing or invalid slug, or a path with more parts; the answer is refused naming ‘target’', () => {
    for (const target of ['casussen/hoop', 'onderbouwing/hoop', 'werkvormen/', 'werkvormen', '/werkvormen/hoop', 'werkvormen/Hoop', 'werkvormen/hoop/extra', 'werkvormen/../../etc', `werkvormen/${'a'.repeat(301)}`, '']) {
      expect(methodOfTarget(target), target).toBeUndefined()
      const result = answer(target)
      expect(result.success, target).toBe(false)
      expect(result.error!.issues.map((issue) => issue.path.join('.')), target).toContain('target')
      expect(result.error!.issues.find((issue) => issue.path[0] === 'target')!.message).toMatch(/geen bekende methode/)
    }
  })
})
