import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { indexContent, type Content } from '../src/lib/content/index.ts'
import { parseSnapshot } from '../src/lib/content/load.ts'

export const FIXTURE_PATH = fileURLToPath(new URL('./fixtures/dev-snapshot.json', import.meta.url))

/** A fresh, mutable copy of the synthetic fixture snapshot (raw JSON). */
export function rawFixture(): any {
  return JSON.parse(readFileSync(FIXTURE_PATH, 'utf8'))
}

/** The fixture, validated and indexed as pages see it. */
export function fixtureContent(): Content {
  return indexContent(parseSnapshot(rawFixture(), 'fixture'))
}
