/**
 * Public reads that scale (issue 11, item 5, in part): related documents are
 * embedded with what a link needs, anonymous reads may be cached for a
 * minute, editors' reads never, and the public list query has its index.
 */
import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addEditor, startTestCms, type TestCms } from './helpers/cms.ts'

let cms: TestCms
let editor: string

beforeAll(async () => {
  cms = await startTestCms('public-reads')
  editor = await addEditor(cms)
  const theme = await cms.payload.create({
    collection: 'themes',
    data: { name: 'Hoop', slug: 'hoop', description: 'Een lange omschrijving die in een lijst niet telkens mee hoeft. '.repeat(20), _status: 'published' },
    overrideAccess: true,
  })
  await cms.payload.create({ collection: 'guidance', data: { title: 'Handvat', slug: 'handvat', themes: [theme.id] }, draft: true, overrideAccess: true })
})
afterAll(() => cms?.close())

describe('public reads', () => {
  it('embed a related document with its slug and title only', async () => {
    const response = await cms.rest('GET', '/guidance?depth=1&draft=true', { token: editor })
    const { docs } = (await response.json()) as { docs: { themes: Record<string, unknown>[] }[] }
    expect(docs[0]!.themes[0]).toMatchObject({ slug: 'hoop', name: 'Hoop' })
    expect(docs[0]!.themes[0]).not.toHaveProperty('description')
  })

  it('may be cached by a CDN for anonymous visitors, never for editors', async () => {
    const anonymous = await cms.rest('GET', '/themes?limit=10')
    expect(anonymous.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300')
    // A browser that kept the anonymous copy must not show it to the editor who logs in next.
    expect(anonymous.headers.get('vary')).toMatch(/Authorization, Cookie/)
    const asEditor = await cms.rest('GET', '/themes?limit=10', { token: editor })
    expect(asEditor.headers.get('cache-control')).toBe('private, no-store')
  })

  it.runIf(process.env.TEST_DATABASE !== 'mongodb')('list published documents by status and date through an index, not a sort of every row', async () => {
    const client = createClient({ url: cms.databaseUrl })
    try {
      const { rows } = await client.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM themes WHERE _status = 'published' ORDER BY created_at DESC LIMIT 10",
      )
      const plan = rows.map((row) => String(row.detail)).join('\n')
      expect(plan).toMatch(/USING (COVERING )?INDEX _status_createdAt/)
      expect(plan).not.toContain('USE TEMP B-TREE FOR ORDER BY')
    } finally {
      client.close()
    }
  })
})
