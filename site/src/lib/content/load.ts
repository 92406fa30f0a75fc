/**
 * The content loader: the only place in the site that fetches content.
 *
 * It reads the published toolkit content either from a snapshot file
 * (`CONTENT_SNAPSHOT`, a path) or from the CMS (`GET ${CMS_URL}/api/snapshot`),
 * validates it with `snapshotSchema` from `@toolkit/schemas`, and checks that
 * every relation points to a document that exists. Invalid content throws a
 * `ContentError` whose message names the collection, the document and the
 * field, so a failed build says what an editor has to fix.
 */
import { readFile } from 'node:fs/promises'
import type { z } from 'zod'
import { checkIntegrity, issuePath, snapshotSchema, type Snapshot } from '@toolkit/schemas'
import { siteSettings } from '../../build/options.ts'

/** Where content comes from: a snapshot file or a running CMS. */
export type ContentSource = { kind: 'file'; path: string } | { kind: 'cms'; url: string }

/** One thing wrong with the content, located as precisely as the data allows. */
export type ContentProblem = {
  collection?: string
  slug?: string
  /** Dotted field path inside the document, e.g. `questions.general[2]`. */
  field?: string
  /** The same path as keys, for naming the field by its label (the draft preview). */
  path?: readonly PropertyKey[]
  /** The part is left out entirely (no value at all), rather than wrong. */
  missing?: boolean
  message: string
}

export class ContentError extends Error {
  readonly problems: ContentProblem[]
  constructor(problems: ContentProblem[], origin: string) {
    const lines = problems.slice(0, 20).map(formatProblem)
    const more = problems.length > 20 ? `\n… en nog ${problems.length - 20} problemen` : ''
    super(`${lines.join('\n')}${more}\n(bron: ${origin})`)
    this.name = 'ContentError'
    this.problems = problems
  }
}

/** The content could not be read at all: missing file, CMS down, not JSON. */
export class ContentSourceError extends Error {
  constructor(message: string, origin: string) {
    super(`Inhoud niet beschikbaar: ${message}\n(bron: ${origin})`)
    this.name = 'ContentSourceError'
  }
}

/** `Ongeldige inhoud in fragments/hoop, veld "durationSeconds": …` */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.collection
    ? `${problem.collection}/${problem.slug ?? '?'}`
    : 'de snapshot'
  const field = problem.field ? `, veld "${problem.field}"` : ''
  return `Ongeldige inhoud in ${where}${field}: ${problem.message}`
}

/** The source the settings ask for (src/build/options.ts): `CONTENT_SNAPSHOT` wins over `CMS_URL`. */
export function sourceFromEnv(env?: Record<string, string | undefined>): ContentSource {
  return siteSettings(env).content
}

export function describeSource(source: ContentSource): string {
  return source.kind === 'file' ? source.path : `${source.url}/api/snapshot`
}

/** Reads the raw JSON from the source, without validating it. */
export async function readRawSnapshot(
  source: ContentSource,
  fetchImpl: typeof fetch = fetch,
): Promise<unknown> {
  const origin = describeSource(source)
  let body: string
  if (source.kind === 'file') {
    try {
      body = await readFile(source.path, 'utf8')
    } catch (error) {
      throw new ContentSourceError(`kan het bestand niet lezen (${errorText(error)})`, origin)
    }
  } else {
    let response: Response
    try {
      response = await fetchImpl(origin, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(60_000),
      })
    } catch (error) {
      throw new ContentSourceError(
        `het CMS is niet bereikbaar (${errorText(error)}); start het CMS of zet CONTENT_SNAPSHOT op een snapshotbestand`,
        origin,
      )
    }
    if (!response.ok) {
      throw new ContentSourceError(`het CMS antwoordt met HTTP ${response.status}`, origin)
    }
    body = await response.text()
  }
  try {
    return JSON.parse(body)
  } catch (error) {
    throw new ContentSourceError(`geen geldige JSON (${errorText(error)})`, origin)
  }
}

/** Validates raw snapshot JSON; throws a `ContentError` listing every problem. */
export function parseSnapshot(raw: unknown, origin = 'snapshot'): Snapshot {
  // Messages are Dutch: @toolkit/schemas sets zod's locale (schemas/src/locale.ts).
  const result = snapshotSchema.safeParse(raw)
  if (!result.success) {
    throw new ContentError(result.error.issues.map((issue) => locateIssue(raw, issue)), origin)
  }
  // Slugs and relations: the same check the seed runs before an import.
  const problems = checkIntegrity(result.data.collections).map(({ collection, slug, path, message }) => ({
    collection,
    slug,
    field: formatPath(path),
    path,
    message,
  }))
  if (problems.length > 0) throw new ContentError(problems, origin)
  return result.data
}

/** Reads, validates and checks the content. The one entry point pages use (through `getContent`). */
export async function loadContent(
  source: ContentSource = sourceFromEnv(),
  fetchImpl: typeof fetch = fetch,
): Promise<Snapshot> {
  const raw = await readRawSnapshot(source, fetchImpl)
  return parseSnapshot(raw, describeSource(source))
}

/** Turns a zod issue path (`collections.fragments.3.durationSeconds`) into collection, slug and field. */
function locateIssue(raw: unknown, issue: z.core.$ZodIssue): ContentProblem {
  const [root, collection, index, ...field] = issue.path
  if (root !== 'collections' || typeof collection !== 'string' || typeof index !== 'number') {
    return { field: formatPath(issue.path), message: issue.message }
  }
  const doc = (raw as { collections: Record<string, unknown[]> }).collections[collection]?.[index]
  const slug = isRecord(doc) && typeof doc.slug === 'string' && doc.slug ? doc.slug : `#${index + 1}`
  if (!field.length) return { collection, slug, message: issue.message }
  // zod leaves the input out of its issues; the document says whether the part is there at all.
  const missing = issue.code === 'invalid_type' && (valueAt(doc, field) ?? null) === null
  return { collection, slug, field: formatPath(field), path: field, ...(missing ? { missing } : {}), message: issue.message }
}

function valueAt(node: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((current, key) => (isRecord(current) ? (current as Record<PropertyKey, unknown>)[key] : undefined), node)
}

/** `['questions', 'general', 2]` → `questions.general[2]` */
export const formatPath = (path: readonly PropertyKey[]): string => issuePath(path)

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function errorText(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : ''
    return `${error.message}${cause}`
  }
  return String(error)
}
