/**
 * One definition of each fact: the Dutch zod locale, the site route per
 * collection, relations derived from the schemas, the integrity check the
 * seed and the site share, the snapshot wrapper and the preview token.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  CONTENT_COLLECTIONS,
  RELATIONS,
  RELATION_FIELDS,
  SCHEMAS,
  SITE_SEGMENTS,
  checkIntegrity,
  describeIssue,
  ref,
  relationsOf,
  sitePathOf,
  siteUrlOf,
  snapshotSchema,
} from '../src/index.ts'
import { PreviewSecretError, mintPreviewToken, resolvePreviewSecret, streamSnapshot, verifyPreviewToken, wrapSnapshot } from '../src/node.ts'

describe('zod speaks Dutch in every package', () => {
  it('gives a Dutch message that names the field for a check without its own message', () => {
    const result = SCHEMAS.fragments.safeParse({ durationSeconds: 'vijf minuten' })
    expect(result.success).toBe(false)
    const issue = result.error!.issues.find((i) => i.path[0] === 'durationSeconds')!
    expect(issue.message).toBe('Ongeldige invoer: verwacht getal, ontving string')
    expect(describeIssue(issue)).toMatch(/^durationSeconds: Ongeldige invoer/)
    expect(describeIssue(issue, () => 'Duur (seconden)')).toBe(`Duur (seconden): ${issue.message}`)
  })

  it('is set globally, for schemas made outside @toolkit/schemas too', () => {
    const issue = z.object({ aantal: z.number() }).safeParse({}).error!.issues[0]!
    expect(issue.message).toMatch(/^Ongeldige invoer/)
    expect(describeIssue(issue)).toMatch(/^aantal: /)
  })

  it('writes list positions in brackets', () => {
    const issue = z.object({ steps: z.array(z.string()) }).safeParse({ steps: ['a', 3] }).error!.issues[0]!
    expect(describeIssue(issue)).toMatch(/^steps\[1\]: Ongeldige invoer/)
  })
})

describe('site routes', () => {
  it('give every collection one path segment, used for listings and documents', () => {
    expect(Object.keys(SITE_SEGMENTS).sort()).toEqual([...CONTENT_COLLECTIONS].sort())
    expect(sitePathOf('fragments')).toBe('/filmfragmenten/')
    expect(sitePathOf('interventions', 'wrap')).toBe('/interventies/wrap/')
  })

  it('build the public address from SITE_URL and SITE_BASE', () => {
    expect(siteUrlOf('activities', 'de-rol-van-empowerment')).toBe('http://localhost:4321/werkvormen/de-rol-van-empowerment/')
    expect(siteUrlOf('cases', 'jenny', 'https://toolkit.example.nl', '/ggz/')).toBe('https://toolkit.example.nl/ggz/casussen/jenny/')
    expect(siteUrlOf('cases', 'jenny', 'https://toolkit.example.nl/', 'ggz')).toBe('https://toolkit.example.nl/ggz/casussen/jenny/')
  })

  it('are the site’s only page folders of documents: one route per segment, none written out by hand', () => {
    // Items come from site/src/pages/[section]/ (paths from SITE_SEGMENTS); themes keep their own pages.
    const pages = path.resolve(import.meta.dirname, '../../site/src/pages')
    expect(fs.existsSync(path.join(pages, '[section]', '[slug].astro'))).toBe(true)
    const written = Object.values(SITE_SEGMENTS).filter((segment) => fs.existsSync(path.join(pages, segment, '[slug].astro')))
    expect(written).toEqual([SITE_SEGMENTS.themes])
  })
})

describe('relations are derived from the schemas', () => {
  it('find every ref(), in groups, lists and both kinds of evidence', () => {
    expect(RELATION_FIELDS.interventions).toEqual({
      themes: { collection: 'themes', many: true },
      relatedInterventions: { collection: 'interventions', many: true },
      relatedEvidence: { collection: 'evidence', many: true },
      'familiarity.evidence': { collection: 'evidence', many: false },
    })
    expect(RELATIONS.fragments).toEqual({ production: 'productions', themes: 'themes' })
    expect(RELATIONS.evidence).toEqual({ themes: 'themes', relatedInterventions: 'interventions', comparesWith: 'evidence' })
    expect(RELATIONS.themes).toEqual({})
  })

  it('follow a new ref() without a second declaration', () => {
    const schema = z.object({ slug: z.string(), mentor: ref('cases').optional(), group: z.object({ tips: z.array(ref('guidance')).default([]) }) })
    expect(relationsOf(schema)).toEqual({ mentor: { collection: 'cases', many: false }, 'group.tips': { collection: 'guidance', many: true } })
  })
})

describe('the shared integrity check', () => {
  const base = { themes: [{ slug: 'hoop' }], productions: [{ slug: 'bij-nader-inzien', themes: ['hoop'] }] }

  it('passes content whose slugs are unique and whose relations resolve', () => {
    expect(checkIntegrity({ ...base, fragments: [{ slug: 'hoop', production: 'bij-nader-inzien', themes: ['hoop'] }] })).toEqual([])
  })

  it('reports duplicate slugs and broken relations with collection, position and field', () => {
    const problems = checkIntegrity({
      ...base,
      themes: [{ slug: 'hoop' }, { slug: 'hoop' }],
      fragments: [{ slug: 'hoop', production: 'bestaat-niet', themes: ['hoop', 'onbekend'] }],
      interventions: [{ slug: 'wrap', familiarity: { evidence: 'tabel-9-9' } }],
    })
    expect(problems).toEqual([
      { collection: 'themes', index: 1, slug: 'hoop', path: ['slug'], message: 'deze slug komt vaker voor in de collectie' },
      { collection: 'fragments', index: 0, slug: 'hoop', path: ['production'], message: 'verwijst naar "bestaat-niet", maar dat document bestaat niet in productions' },
      { collection: 'fragments', index: 0, slug: 'hoop', path: ['themes', 1], message: 'verwijst naar "onbekend", maar dat document bestaat niet in themes' },
      { collection: 'interventions', index: 0, slug: 'wrap', path: ['familiarity', 'evidence'], message: 'verwijst naar "tabel-9-9", maar dat document bestaat niet in evidence' },
    ])
  })

  it('allows a survey table to be compared with survey tables only', () => {
    const problems = checkIntegrity({
      evidence: [
        { slug: 'tabel-4-5', kind: 'survey-table', comparesWith: 'zes-ingredienten' },
        { slug: 'zes-ingredienten', kind: 'key-finding' },
      ],
    })
    expect(problems.map((p) => p.message)).toEqual(['"zes-ingredienten" is geen enquêtetabel en kan niet vergeleken worden'])
  })
})

describe('the snapshot wrapper', () => {
  it('stamps and versions content in the snapshot format; the version follows the content', () => {
    const empty = Object.fromEntries(CONTENT_COLLECTIONS.map((c) => [c, []]))
    const a = wrapSnapshot(empty, '2026-01-01T00:00:00.000Z')
    expect(snapshotSchema.parse(a).contentVersion).toMatch(/^[0-9a-f]{16}$/)
    expect(wrapSnapshot(empty).contentVersion).toBe(a.contentVersion)
    expect(wrapSnapshot({ ...empty, themes: [{ slug: 'x' }] }).contentVersion).not.toBe(a.contentVersion)
  })

  it('streams the same snapshot page by page, with the same content version', async () => {
    const collections = Object.fromEntries(CONTENT_COLLECTIONS.map((c) => [c, [] as object[]])) as Record<(typeof CONTENT_COLLECTIONS)[number], object[]>
    collections.themes = [{ slug: 'hoop', name: 'Hoop', synonyms: [] }, { slug: 'herstel', name: 'Herstel', description: 'Één "citaat"' }, { slug: 'taal', name: 'Taal' }]
    collections.fragments = [{ slug: 'hoop', themes: ['hoop'], questions: { general: ['Wat zie je?'] } }]
    async function* pagesOf(docs: object[]) {
      // Uneven pages, an empty one among them, as a database read may give.
      yield docs.slice(0, 2)
      yield []
      yield docs.slice(2)
    }
    const streamed = streamSnapshot(CONTENT_COLLECTIONS.map((c) => [c, pagesOf(collections[c])] as const), '2026-01-01T00:00:00.000Z')
    let text = ''
    for await (const chunk of streamed.chunks) text += chunk
    const whole = wrapSnapshot(collections, '2026-01-01T00:00:00.000Z')
    expect(JSON.parse(text)).toEqual(whole)
    expect(await streamed.summary).toEqual({ contentVersion: whole.contentVersion, counts: expect.objectContaining({ themes: 3, fragments: 1, guidance: 0 }) })
  })

  it('carries the moved addresses, streamed as wrapped, and counts them in the version only when there are any', async () => {
    const collections = Object.fromEntries(CONTENT_COLLECTIONS.map((c) => [c, [] as object[]])) as Record<(typeof CONTENT_COLLECTIONS)[number], object[]>
    collections.themes = [{ slug: 'eigen-kracht', name: 'Eigen kracht' }]
    const moved = [{ collection: 'themes' as const, from: 'empowerment', to: 'eigen-kracht' }]
    async function* pagesOf(docs: object[]) {
      yield docs
    }
    const streamed = streamSnapshot(CONTENT_COLLECTIONS.map((c) => [c, pagesOf(collections[c])] as const), '2026-01-01T00:00:00.000Z', undefined, async () => moved)
    let text = ''
    for await (const chunk of streamed.chunks) text += chunk
    const whole = wrapSnapshot(collections, '2026-01-01T00:00:00.000Z', undefined, moved)
    expect(JSON.parse(text)).toEqual(whole)
    expect(snapshotSchema.shape.moved.parse(whole.moved)).toEqual(moved)
    expect(whole.contentVersion).not.toBe(wrapSnapshot(collections, '2026-01-01T00:00:00.000Z').contentVersion)
    expect(wrapSnapshot(collections, '2026-01-01T00:00:00.000Z', undefined, [])).toEqual(wrapSnapshot(collections, '2026-01-01T00:00:00.000Z'))
  })

  it('ends a streamed snapshot with the error when a read fails, never as valid JSON', async () => {
    async function* failing() {
      yield [{ slug: 'hoop' }]
      throw new Error('database weg')
    }
    const streamed = streamSnapshot([['themes', failing()]])
    let text = ''
    await expect(async () => {
      for await (const chunk of streamed.chunks) text += chunk
    }).rejects.toThrow('database weg')
    await expect(streamed.summary).rejects.toThrow('database weg')
    expect(() => JSON.parse(text)).toThrow()
  })
})

describe('the preview token', () => {
  const secret = 'een-geheim-van-minstens-tweeendertig-tekens'
  const now = Date.parse('2026-06-01T12:00:00Z')
  const token = mintPreviewToken({ collection: 'activities', id: '42', createdAt: '2026-05-01T09:00:00.000Z' }, secret, { now })

  it('names one document and lasts ten minutes', () => {
    expect(verifyPreviewToken(token, secret, now + 9 * 60_000)).toMatchObject({ ok: true, collection: 'activities', id: '42', createdAt: '2026-05-01T09:00:00.000Z' })
    expect(verifyPreviewToken(token, secret, now + 10 * 60_000)).toEqual({ ok: false, reason: 'verlopen' })
  })

  it('refuses a missing, forged or tampered token', () => {
    expect(verifyPreviewToken(undefined, secret, now)).toEqual({ ok: false, reason: 'ontbreekt' })
    expect(verifyPreviewToken(token, `${secret}-ander`, now)).toEqual({ ok: false, reason: 'ongeldig' })
    const [payload, signature] = token.split('.')
    const other = Buffer.from(JSON.stringify({ c: 'activities', id: '43', exp: now / 1000 + 600 })).toString('base64url')
    expect(verifyPreviewToken(`${other}.${signature}`, secret, now)).toEqual({ ok: false, reason: 'ongeldig' })
    expect(verifyPreviewToken(`${payload}.`, secret, now)).toEqual({ ok: false, reason: 'ongeldig' })
    expect(verifyPreviewToken('onzin', secret, now)).toEqual({ ok: false, reason: 'ongeldig' })
    // A correctly signed token that names no creation time is not bound to one document.
    const unbound = Buffer.from(JSON.stringify({ c: 'activities', id: '42', exp: now / 1000 + 600 })).toString('base64url')
    expect(verifyPreviewToken(`${unbound}.${crypto.createHmac('sha256', secret).update(unbound).digest('base64url')}`, secret, now)).toEqual({ ok: false, reason: 'ongeldig' })
  })

  it('needs a real secret in production and generates one once in development', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-secret-'))
    expect(() => resolvePreviewSecret({ NODE_ENV: 'production' }, dir)).toThrow(PreviewSecretError)
    expect(() => resolvePreviewSecret({ NODE_ENV: 'production', PREVIEW_SECRET: 'kort' }, dir)).toThrow(PreviewSecretError)
    expect(resolvePreviewSecret({ NODE_ENV: 'production', PREVIEW_SECRET: secret }, dir)).toBe(secret)
    const generated = resolvePreviewSecret({}, dir)
    expect(generated).toMatch(/^[0-9a-f]{64}$/)
    expect(resolvePreviewSecret({}, dir)).toBe(generated)
    fs.rmSync(dir, { recursive: true, force: true })
  })
})

describe('the development preview secret', () => {
  it('is never empty or short, even when the file is', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-preview-secret-'))
    fs.writeFileSync(path.join(dir, '.preview-secret'), '')
    expect(() => resolvePreviewSecret({}, dir)).toThrow(PreviewSecretError)
    fs.rmSync(dir, { recursive: true, force: true })
  })
})
