import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { writeSearchData } from '../src/integrations/search-data.ts'
import { decodeSearchPages } from '../src/lib/view/search-pages.ts'

let dir = ''
afterEach(() => rm(dir, { recursive: true, force: true }))

async function fragment(id: string, data: object) {
  await writeFile(join(dir, 'fragment', `${id}.pf_fragment`), gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify(data)}`)))
}

describe('the search page’s data beside the Pagefind index', () => {
  it('maps every Pagefind page id to its filter values, and lists the indexed words by frequency', async () => {
    dir = await mkdtemp(join(tmpdir(), 'search-data-'))
    await mkdir(join(dir, 'fragment'))
    await fragment('nl_aaa', { url: '/themas/herstel/', content: 'Herstel en recovery. Herstel!', meta: { title: 'Herstel' }, filters: { soort: ['themes'], thema: ['herstel'] } })
    await fragment('nl_bbb', { url: '/interventies/wrap/', content: 'Wellness Recovery Action Plan, 2019', meta: { title: 'WRAP' }, filters: { soort: ['interventions'], thema: ['herstel'] } })
    const written = await writeSearchData(dir)
    expect(written.pages).toBe(2)
    const pages = decodeSearchPages(JSON.parse(await readFile(join(dir, 'toolkit-pages.json'), 'utf8')))
    expect(pages.get('nl_aaa')).toEqual({ soort: ['themes'], thema: ['herstel'] })
    expect(pages.get('nl_bbb')).toEqual({ soort: ['interventions'], thema: ['herstel'] })
    const words = (await readFile(join(dir, 'toolkit-words.txt'), 'utf8')).split(' ')
    // Most frequent first; words under five letters and numbers are left out.
    expect(words.slice(0, 2)).toEqual(['herstel', 'recovery'])
    expect(words).toEqual(expect.arrayContaining(['wellness', 'action']))
    expect(words).not.toContain('plan')
    expect(words).not.toContain('2019')
  })
})
