/** The seed content as the planner sees it, and the editors' notes that must never reach a reader. */
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Snapshot } from '@toolkit/schemas'
import { parseSnapshot } from '../src/lib/content/load.ts'
import { catalogFrom, detailsFrom } from '../src/lib/planner/catalog.ts'
import type { PlannerCatalog, PlannerDetails } from '../src/lib/planner/types.ts'

const SEED_DIR = fileURLToPath(new URL('../../seed/data/', import.meta.url))

function rawSeed(): Record<string, Array<Record<string, unknown>>> {
  return Object.fromEntries(
    readdirSync(SEED_DIR)
      .filter((file) => file.endsWith('.json'))
      .map((file) => [file.replace(/\.json$/, ''), JSON.parse(readFileSync(`${SEED_DIR}${file}`, 'utf8'))]),
  )
}

/** The seed as a validated snapshot, as `npm run snapshot:seed` makes it. */
export function seedSnapshot(): Snapshot {
  const collections = Object.fromEntries(
    Object.entries(rawSeed()).map(([name, docs]) => [name, docs.map((doc) => ({ ...doc, updatedAt: '2026-01-15T10:00:00.000Z' }))]),
  )
  return parseSnapshot({ generatedAt: '2026-01-15T10:00:00.000Z', contentVersion: 'seed', collections }, 'seed/data')
}

/**
 * The seed as a validated snapshot, with every document's editor notes put
 * back as `gaps` and `editorNotes`: content that leaks its notes, to test
 * that the planner copies only the fields it shows.
 */
export function seedCollectionsWithNotes(): Snapshot['collections'] {
  const raw = rawSeed()
  const collections = seedSnapshot().collections as unknown as Record<string, Array<Record<string, unknown>>>
  for (const [name, docs] of Object.entries(collections)) {
    for (const doc of docs) {
      const source = raw[name]?.find((candidate) => candidate.slug === doc.slug) ?? {}
      const notes = [...((source.gaps as string[] | undefined) ?? []), ...((source.editorNotes as string[] | undefined) ?? [])]
      doc.gaps = notes
      doc.editorNotes = notes
    }
  }
  return collections as unknown as Snapshot['collections']
}

export function seedCatalog(): PlannerCatalog {
  return catalogFrom(seedSnapshot().collections)
}

/** The texts of every seed fragment, activity and key finding, as the planner loads them per item. */
export function seedDetails(): PlannerDetails {
  return detailsFrom(seedSnapshot().collections)
}

/** Every editor's note in the seed (`gaps`, or `editorNotes` once they moved there). */
export function editorNotesInSeed(): string[] {
  return Object.values(rawSeed()).flatMap((docs) =>
    docs.flatMap((doc) => [...((doc.gaps as string[] | undefined) ?? []), ...((doc.editorNotes as string[] | undefined) ?? [])]),
  )
}
