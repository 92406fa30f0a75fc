import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { completenessReport } from '../src/admin/completenessReport.ts'
import { buildSnapshot } from '../src/content/snapshot.ts'
import { startTestCms, type TestCms } from './helpers/cms.ts'
import { makeFixtures, validDocument } from './helpers/fixtures.ts'

/**
 * The computed completeness and the editor notes: editors read both (REST,
 * GraphQL, the "Volledigheid" overview); anonymous visitors and the snapshot
 * the site is built from never do.
 */
let cms: TestCms
let editorToken: string
let editor: any
let fragment: { id: string | number }
let complete: { id: string | number }
const NOTE = 'De vragen staan niet in de bronnen (testnotitie).'

beforeAll(async () => {
  cms = await startTestCms('completeness')
  const { payload } = cms
  editor = await payload.create({ collection: 'users', data: { email: 'redactie@example.org', password: 'Geheim-wachtwoord-2', roles: ['editor'] }, overrideAccess: true })
  await payload.create({ collection: 'users', data: { email: 'beheer@example.org', password: 'Geheim-wachtwoord-1', roles: ['admin'] }, overrideAccess: true })
  editorToken = await cms.login('redactie@example.org', 'Geheim-wachtwoord-2')
  const fixtures = await makeFixtures(payload)
  const ids = { theme: fixtures.theme.id, production: fixtures.production.id }
  // Published, with only general questions and an editor note.
  fragment = await fixtures.create('fragments', { ...validDocument('fragments', 'onvolledig', ids), title: 'Onvolledig fragment', editorNotes: [{ text: NOTE }] })
  complete = await fixtures.create('guidance', { ...validDocument('guidance', 'compleet', ids), intro: 'Een inleiding.', title: 'Complete lijst' })
})
afterAll(() => cms?.close())

const FRAGMENT_MISSING = [
  { path: 'description', label: 'Korte beschrijving' },
  { path: 'videoUrl', label: 'Videolink (Vimeo)' },
  { path: 'questions.practice', label: 'Vragen › Vragen over de scène en de praktijk' },
  { path: 'questions.thematic', label: 'Vragen › Thematische vragen' },
  { path: 'questions.stigma', label: 'Vragen › Vragen over stigmatisering in de scène' },
  { path: 'assignment', label: 'Opdracht' },
]
const paths = (completeness: { missing: { path: string }[] }) => completeness.missing.map((item) => item.path)

describe('REST', () => {
  it('gives editors the computed completeness and the editor notes', async () => {
    const body = await (await cms.rest('GET', `/fragments/${fragment.id}`, { token: editorToken })).json()
    expect(body.completeness).toEqual({ complete: false, missing: FRAGMENT_MISSING })
    expect(body.editorNotes.map((row: { text: string }) => row.text)).toEqual([NOTE])
    const guidance = await (await cms.rest('GET', `/guidance/${complete.id}`, { token: editorToken })).json()
    expect(guidance.completeness).toEqual({ complete: true, missing: [] })
  })

  it('gives anonymous visitors neither, by id or in a list', async () => {
    const response = await cms.rest('GET', `/fragments/${fragment.id}?depth=0`)
    expect(response.status, await response.clone().text()).toBe(200)
    const body = await response.json()
    expect(body.title).toBe('Onvolledig fragment')
    expect(body).not.toHaveProperty('completeness')
    expect(body).not.toHaveProperty('editorNotes')
    const list = await (await cms.rest('GET', '/fragments?limit=100&depth=0')).text()
    expect(list).toContain('Onvolledig fragment')
    expect(list).not.toContain('testnotitie')
    expect(list).not.toContain('completeness')
  })

  it('does not let anonymous visitors probe editor notes with a query', async () => {
    const response = await cms.rest('GET', `/fragments?where[editorNotes.text][like]=testnotitie`)
    const text = await response.text()
    // Either refused, or no document matches: never a yes/no answer about the note.
    if (response.status === 200) expect(JSON.parse(text).totalDocs).toBe(0)
    else expect(response.status).toBeGreaterThanOrEqual(400)
  })

  it('computes completeness afresh when an editor fills a field in', async () => {
    await cms.payload.update({ collection: 'fragments', id: fragment.id, data: { assignment: 'Schrijf drie actiepunten op.' }, draft: true, overrideAccess: true })
    const body = await (await cms.rest('GET', `/fragments/${fragment.id}?draft=true`, { token: editorToken })).json()
    expect(paths(body.completeness)).not.toContain('assignment')
    expect(paths(body.completeness)).toContain('videoUrl')
  })
})

describe('an intervention with an added but empty "Waar te vinden" row and no "Brondocument"', () => {
  it('is not "Compleet": the empty row and the source document are missing', async () => {
    const { payload } = cms
    const { theme, production } = await payload.find({ collection: 'themes', limit: 1, overrideAccess: true }).then(async (themes) => ({
      theme: themes.docs[0]!.id,
      production: (await payload.find({ collection: 'productions', limit: 1, overrideAccess: true })).docs[0]!.id,
    }))
    const filledIn = { ...validDocument('interventions', 'lege-link', { theme, production }), provider: 'Aanbieder', durationMinutes: 60 }
    // Everything else there: the REST answer says the document is complete once the link and source are.
    const draft = await payload.create({
      collection: 'interventions',
      data: { ...filledIn, links: [{ label: null, url: null }], source: { document: null, location: '§3.3' }, _status: 'draft' } as never,
      draft: true,
      overrideAccess: true,
    })
    const read = async () => (await (await cms.rest('GET', `/interventions/${draft.id}?draft=true&depth=0`, { token: editorToken })).json()).completeness
    expect(await read()).toEqual({
      complete: false,
      missing: [
        { path: 'links', label: 'Waar te vinden' },
        { path: 'source.document', label: 'Bron › Brondocument' },
      ],
    })
    await payload.update({
      collection: 'interventions',
      id: draft.id,
      data: { links: [{ label: 'Website', url: 'https://www.voorbeeld.nl/' }], source: { document: 'monitor-2019', location: '§3.3' } } as never,
      draft: true,
      overrideAccess: true,
    })
    expect(await read()).toEqual({ complete: true, missing: [] })
  })
})

describe('GraphQL', () => {
  const query = `{ Fragments { docs { title completeness editorNotes { text } } } }`

  it('gives editors completeness and editor notes', async () => {
    const result = await cms.graphql(query, editorToken)
    expect(result.errors).toBeUndefined()
    const doc = result.data.Fragments.docs.find((d: any) => d.title === 'Onvolledig fragment')
    expect(doc.completeness.complete).toBe(false)
    expect(doc.editorNotes).toEqual([{ text: NOTE }])
  })

  it('gives anonymous visitors neither', async () => {
    const result = await cms.graphql(query)
    const text = JSON.stringify(result)
    expect(text).not.toContain('testnotitie')
    expect(text).not.toContain('Videolink')
    const doc = result.data?.Fragments?.docs?.find((d: any) => d.title === 'Onvolledig fragment')
    if (doc) {
      expect(doc.completeness ?? null).toBeNull()
      expect(doc.editorNotes ?? null).toBeNull()
    }
  })
})

describe('the snapshot the site is built from', () => {
  it('holds neither editor notes nor completeness', async () => {
    const snapshot = await buildSnapshot(cms.payload)
    const published = snapshot.collections.fragments as Record<string, unknown>[]
    expect(published.map((doc) => doc.title)).toContain('Onvolledig fragment')
    const text = JSON.stringify(snapshot)
    expect(text).not.toContain('testnotitie')
    expect(text).not.toContain('editorNotes')
    expect(text).not.toContain('completeness')
  })
})

describe('the "Volledigheid" overview', () => {
  const requestAs = (user: unknown) => ({ payload: cms.payload, user }) as any

  it('lists, per collection, the incomplete documents with what they lack and a link to each', async () => {
    const report = await completenessReport(requestAs({ ...editor, collection: 'users' }))
    expect(report).not.toBeNull()
    const fragments = report!.find((section) => section.collection === 'fragments')!
    expect(fragments.label).toBe('Filmfragmenten')
    const entry = fragments.incomplete.find((doc) => doc.title === 'Onvolledig fragment')!
    expect(entry.href).toBe(`/admin/collections/fragments/${fragment.id}`)
    // Each missing item links to its field in the edit view (Payload's field ids: field-<path, dots as __>).
    expect(entry.missing).toContainEqual({ path: 'videoUrl', label: 'Videolink (Vimeo)', href: `/admin/collections/fragments/${fragment.id}#field-videoUrl` })
    expect(entry.missing).toContainEqual({
      path: 'questions.thematic',
      label: 'Vragen › Thematische vragen',
      href: `/admin/collections/fragments/${fragment.id}#field-questions__thematic`,
    })
    const guidance = report!.find((section) => section.collection === 'guidance')!
    expect(guidance.incomplete.map((doc) => doc.title)).not.toContain('Complete lijst')
    expect(guidance.total).toBeGreaterThanOrEqual(1)
  })

  it('filters by collection and by missing field', async () => {
    const editorRequest = requestAs({ ...editor, collection: 'users' })
    const onlyFragments = await completenessReport(editorRequest, { collection: 'fragments' })
    expect(onlyFragments!.map((section) => section.collection)).toEqual(['fragments'])
    const withoutVideo = await completenessReport(editorRequest, { collection: 'fragments', field: 'videoUrl' })
    expect(withoutVideo![0]!.incomplete.map((doc) => doc.title)).toContain('Onvolledig fragment')
    await cms.payload.update({ collection: 'fragments', id: fragment.id, data: { videoUrl: 'https://vimeo.com/1' }, draft: true, overrideAccess: true })
    const stillWithoutVideo = await completenessReport(editorRequest, { collection: 'fragments', field: 'videoUrl' })
    expect(stillWithoutVideo![0]!.incomplete.map((doc) => doc.title)).not.toContain('Onvolledig fragment')
    // The document still lacks other fields, so it is in the unfiltered list.
    const all = await completenessReport(editorRequest, { collection: 'fragments' })
    expect(all![0]!.incomplete.map((doc) => doc.title)).toContain('Onvolledig fragment')
    // A newer draft over the published document: the words of Payload's list, "Concept (heeft gepubliceerde versie)".
    expect(all![0]!.incomplete.find((doc) => doc.title === 'Onvolledig fragment')!.status).toBe('changed')
  })

  it('tells anyone who is not an editor nothing', async () => {
    expect(await completenessReport(requestAs(null))).toBeNull()
  })
})

describe('"bronnen zeggen niets": a field the sources are silent on', () => {
  it('counts as complete for editors, and is neither shown to visitors nor in the snapshot', async () => {
    const fixtures = { create: async (data: Record<string, unknown>) => cms.payload.create({ collection: 'interventions', data: { ...data, _status: 'published' }, overrideAccess: true }) }
    const { evidenceLevel: _level, ...data } = validDocument('interventions', 'stille-bronnen', { theme: null, production: null })
    const doc = await fixtures.create({ ...data, name: 'Stille interventie', provider: 'Een aanbieder', durationMinutes: 120, links: [{ label: 'Site', url: 'https://example.org' }] })
    const before = await (await cms.rest('GET', `/interventions/${doc.id}`, { token: editorToken })).json()
    expect(paths(before.completeness)).toEqual(['evidenceLevel'])
    await cms.payload.update({ collection: 'interventions', id: doc.id, data: { sourcesSilent: ['evidenceLevel'] }, overrideAccess: true })
    const after = await (await cms.rest('GET', `/interventions/${doc.id}`, { token: editorToken })).json()
    expect(after.completeness).toEqual({ complete: true, missing: [] })
    expect(after.sourcesSilent).toEqual(['evidenceLevel'])
    expect(after.evidenceLevel ?? null).toBeNull()
    const anonymous = await (await cms.rest('GET', `/interventions/${doc.id}`)).json()
    expect(anonymous).not.toHaveProperty('sourcesSilent')
    const snapshot = await buildSnapshot(cms.payload)
    const published = (snapshot.collections.interventions as Record<string, unknown>[]).find((item) => item.slug === 'stille-bronnen')!
    expect(published).toBeDefined()
    expect(published).not.toHaveProperty('sourcesSilent')
    expect(published).not.toHaveProperty('evidenceLevel')
  })

  it('offers only fields that may stay empty on publish', async () => {
    const field = cms.payload.collections.interventions!.config.fields.find((f) => 'name' in f && f.name === 'sourcesSilent') as { options: { value: string; label: string }[] }
    expect(field.options).toContainEqual({ value: 'evidenceLevel', label: 'Erkenningsniveau' })
    expect(field.options.map((option) => option.value)).not.toContain('aim')
  })
})
