import { describe, expect, it } from 'vitest'
import {
  ContentError,
  formatPath,
  loadContent,
  parseSnapshot,
  readRawSnapshot,
  sourceFromEnv,
} from '../src/lib/content/load.ts'
import { FIXTURE_PATH, rawFixture } from './helpers.ts'

function problemOf(mutate: (raw: any) => void): string {
  const raw = rawFixture()
  mutate(raw)
  try {
    parseSnapshot(raw, 'test')
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError)
    return (error as Error).message
  }
  throw new Error('expected the content to be rejected')
}

describe('parseSnapshot', () => {
  it('accepts the fixture and applies schema defaults', () => {
    const snapshot = parseSnapshot(rawFixture())
    const hoop = snapshot.collections.fragments.find((fragment) => fragment.slug === 'hoop')!
    expect(hoop.durationSeconds).toBe(315)
    expect(hoop.questions.general).toEqual([])
    expect(hoop.settings).toEqual([])
  })

  it('names collection, document and field of an invalid value', () => {
    const message = problemOf((raw) => {
      raw.collections.fragments[0].durationSeconds = 'vijf minuten'
    })
    expect(message).toMatch(/^Ongeldige inhoud in fragments\/hoop, veld "durationSeconds": /)
    expect(message).toContain('(bron: test)')
  })

  it('gives nested field paths with array positions', () => {
    const message = problemOf((raw) => {
      raw.collections.fragments[1].questions.general[1] = ''
    })
    expect(message).toContain('Ongeldige inhoud in fragments/testfragment-synthetisch, veld "questions.general[1]": mag niet leeg zijn')
  })

  it('falls back to the position when a document has no slug', () => {
    const message = problemOf((raw) => {
      delete raw.collections.guidance[1].slug
    })
    expect(message).toContain('Ongeldige inhoud in guidance/#2, veld "slug"')
  })

  it('reports problems in evidence of either kind', () => {
    const message = problemOf((raw) => {
      raw.collections.evidence[0].rows[2].percent = 140
    })
    expect(message).toContain('Ongeldige inhoud in evidence/tabel-4-5, veld "rows[2].percent"')
  })

  it('rejects a relation to a document that does not exist', () => {
    const message = problemOf((raw) => {
      raw.collections.interventions[0].relatedEvidence = ['tabel-5-6', 'tabel-9-9']
    })
    expect(message).toBe(
      'Ongeldige inhoud in interventions/honest-open-proud, veld "relatedEvidence[1]": verwijst naar "tabel-9-9", maar dat document bestaat niet in evidence\n(bron: test)',
    )
  })

  it('checks relations inside groups and single relations', () => {
    const message = problemOf((raw) => {
      raw.collections.interventions[0].familiarity.evidence = 'onbekend'
      raw.collections.fragments[0].production = 'andere-productie'
    })
    expect(message).toContain('interventions/honest-open-proud, veld "familiarity.evidence": verwijst naar "onbekend"')
    expect(message).toContain('fragments/hoop, veld "production": verwijst naar "andere-productie"')
  })

  it('rejects duplicate slugs and comparisons with a non-table', () => {
    const message = problemOf((raw) => {
      raw.collections.themes.push({ ...raw.collections.themes[0] })
      raw.collections.evidence[0].comparesWith = 'zes-effectieve-ingredienten'
    })
    expect(message).toContain('themes/hoop, veld "slug": deze slug komt vaker voor')
    expect(message).toContain('evidence/tabel-4-5, veld "comparesWith": "zes-effectieve-ingredienten" is geen enquêtetabel')
  })

  it('reports snapshot-level problems without a document', () => {
    const message = problemOf((raw) => {
      delete raw.generatedAt
    })
    expect(message).toMatch(/^Ongeldige inhoud in de snapshot, veld "generatedAt": /)
  })

  it('keeps every problem on the error for tooling', () => {
    const raw = rawFixture()
    raw.collections.themes[0].name = ''
    raw.collections.activities[0].steps = []
    try {
      parseSnapshot(raw)
      expect.unreachable()
    } catch (error) {
      expect((error as ContentError).problems).toEqual([
        { collection: 'themes', slug: 'hoop', field: 'name', path: ['name'], message: 'mag niet leeg zijn' },
        { collection: 'activities', slug: 'de-rol-van-empowerment', field: 'steps', path: ['steps'], message: 'een werkvorm heeft minstens één stap' },
      ])
    }
  })
})

describe('sources', () => {
  it('prefers CONTENT_SNAPSHOT over CMS_URL, and defaults to the local CMS', () => {
    expect(sourceFromEnv({ CONTENT_SNAPSHOT: '/tmp/x.json', CMS_URL: 'http://cms' })).toEqual({ kind: 'file', path: '/tmp/x.json' })
    expect(sourceFromEnv({ CMS_URL: 'http://cms:3000/' })).toEqual({ kind: 'cms', url: 'http://cms:3000' })
    expect(sourceFromEnv({})).toEqual({ kind: 'cms', url: 'http://localhost:3000' })
  })

  it('loads a snapshot file', async () => {
    const snapshot = await loadContent({ kind: 'file', path: FIXTURE_PATH })
    expect(snapshot.collections.interventions.map((intervention) => intervention.slug)).toContain('wrap')
  })

  it('explains a missing file', async () => {
    await expect(readRawSnapshot({ kind: 'file', path: '/nonexistent/snapshot.json' })).rejects.toThrow(
      /^Inhoud niet beschikbaar: kan het bestand niet lezen .*\(bron: \/nonexistent\/snapshot.json\)$/s,
    )
  })

  it('fetches GET /api/snapshot from the CMS', async () => {
    const requested: string[] = []
    const fakeFetch = (async (url: string) => {
      requested.push(url)
      return new Response(JSON.stringify(rawFixture()), { status: 200 })
    }) as unknown as typeof fetch
    const snapshot = await loadContent({ kind: 'cms', url: 'http://cms.test' }, fakeFetch)
    expect(requested).toEqual(['http://cms.test/api/snapshot'])
    expect(snapshot.contentVersion).toBe('dev-fixture-1')
  })

  it('explains an unreachable CMS, an HTTP error and invalid JSON', async () => {
    const down = (async () => {
      throw new TypeError('fetch failed')
    }) as unknown as typeof fetch
    await expect(readRawSnapshot({ kind: 'cms', url: 'http://cms.test' }, down)).rejects.toThrow(/^Inhoud niet beschikbaar: het CMS is niet bereikbaar \(fetch failed\)/)
    const failing = (async () => new Response('kapot', { status: 500 })) as unknown as typeof fetch
    await expect(readRawSnapshot({ kind: 'cms', url: 'http://cms.test' }, failing)).rejects.toThrow(/HTTP 500/)
    const garbage = (async () => new Response('<html>', { status: 200 })) as unknown as typeof fetch
    await expect(readRawSnapshot({ kind: 'cms', url: 'http://cms.test' }, garbage)).rejects.toThrow(/geen geldige JSON/)
  })
})

describe('formatPath', () => {
  it('joins keys with dots and indexes with brackets', () => {
    expect(formatPath(['steps', 2, 'instruction'])).toBe('steps[2].instruction')
    expect(formatPath([0])).toBe('[0]')
  })
})
