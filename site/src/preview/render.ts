/**
 * Renders one document of a snapshot with the site's own detail templates:
 * the draft preview (site/scripts/preview-server.mjs loads this module through
 * Vite, with Astro's container API). The snapshot is validated by the same
 * loader as the build, so a draft that would fail the build fails here too,
 * its problems named as the editor knows the fields (./problems.ts).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container'
import type { ContentCollectionSlug } from '@toolkit/schemas'
import { detailOf } from '../components/details/index.ts'
import { indexContent } from '../lib/content/index.ts'
import { ContentError, parseSnapshot } from '../lib/content/load.ts'
import { absoluteUrl, pathOf } from '../lib/routes.ts'
import { problemLine } from './problems.ts'

/** A draft the site would refuse (what the build's loader finds), each problem as the editor reads it. */
export class DraftIncomplete extends Error {
  readonly lines: string[]
  constructor(lines: string[]) {
    super(lines.join('\n'))
    this.lines = lines
  }
}

function parseDraft(raw: unknown) {
  try {
    return parseSnapshot(raw, 'voorbeeld')
  } catch (error) {
    if (error instanceof ContentError) throw new DraftIncomplete(error.problems.map(problemLine))
    throw error
  }
}

let container: Promise<AstroContainer> | undefined

/** The page of `slug` in `collection`, rendered from `raw` (snapshot JSON with the draft in it). */
export async function renderDocument(raw: unknown, collection: ContentCollectionSlug, slug: string): Promise<string> {
  const content = indexContent(parseDraft(raw))
  const doc = content.find(collection, slug)
  if (!doc) throw new Error(`${collection}/${slug} staat niet in de voorbeeldinhoud`)
  const detail = detailOf(collection, content, doc)
  container ??= AstroContainer.create()
  // `locals.preview`: what a page does differently in a draft preview (the evaluation form does not send).
  // Rendered at the page's public address, so its canonical address and printed address name the page, not the container's
  // default (`https://example.com/`, the home page once the site address is put in front).
  const request = new Request(absoluteUrl(pathOf(collection, slug)))
  return (await container).renderToString(detail.Detail, { props: detail.props, params: { slug }, partial: false, locals: { preview: true }, request })
}
