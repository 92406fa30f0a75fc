import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseAllRedirects } from '@netlify/redirect-parser'
import { afterAll, describe, expect, it } from 'vitest'
// @ts-expect-error plain ESM script without types
import { compileRedirects, MOVES, redirectFor, redirectsFile, redirectsFileReader, slugMoves } from '../src/http/redirect-rules.mjs'
import { oembedPath, oembedPathOfDoc } from '../src/lib/embed/snippets.ts'
import { pathOf } from '../src/lib/routes.ts'

const folder = mkdtempSync(join(tmpdir(), 'site-redirects-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** The file as a host reads it (Netlify's own parser). */
async function parsed(text: string) {
  const file = join(folder, `_redirects-${Math.random().toString(36).slice(2)}`)
  writeFileSync(file, text)
  return parseAllRedirects({ redirectsFiles: [file], configRedirects: [], minimal: true })
}

describe('the _redirects file', () => {
  it('moves every old question page to its anchor, under the base path, in a form the hosts’ parser accepts', async () => {
    const { redirects, errors } = await parsed(redirectsFile({ base: '/toolkit/' }))
    expect(errors).toEqual([])
    expect(redirects).toEqual([
      expect.objectContaining({ from: '/toolkit/filmfragmenten/:slug/vragen/:question/', to: '/toolkit/filmfragmenten/:slug/#:question', status: 301 }),
      expect.objectContaining({ from: '/toolkit/filmfragmenten/:slug/vragen/:question', to: '/toolkit/filmfragmenten/:slug/#:question', status: 301 }),
    ])
  })

  it('is read by the server’s reader as the rules it applies', async () => {
    const file = join(folder, '_redirects')
    writeFileSync(file, redirectsFile({ base: '/' }))
    const rules = await redirectsFileReader(file)()
    expect(redirectFor(rules, '/filmfragmenten/hoop/vragen/praktijk-3/')).toEqual({ status: 301, location: '/filmfragmenten/hoop/#praktijk-3' })
    expect(redirectFor(rules, '/filmfragmenten/hoop/')).toBeUndefined()
  })
})

describe('addresses of documents whose slug changed', () => {
  it('lead to the page now, with and without the final slash, under the base path; other pages are left alone', async () => {
    const moved = slugMoves([{ collection: 'themes', from: 'empowerment', to: 'eigen-kracht' }], pathOf)
    const file = join(folder, '_redirects-moved')
    writeFileSync(file, redirectsFile({ base: '/toolkit/', moves: [...MOVES, ...moved] }))
    const { errors } = await parsed(readFileSync(file, 'utf8'))
    expect(errors).toEqual([])
    const rules = await redirectsFileReader(file)()
    expect(redirectFor(rules, '/toolkit/themas/empowerment/')).toEqual({ status: 301, location: '/toolkit/themas/eigen-kracht/' })
    expect(redirectFor(rules, '/toolkit/themas/empowerment')).toEqual({ status: 301, location: '/toolkit/themas/eigen-kracht/' })
    expect(redirectFor(rules, '/toolkit/themas/eigen-kracht/')).toBeUndefined()
    expect(redirectFor(rules, '/toolkit/themas/hoop/')).toBeUndefined()
  })
  it('lead from the old PDF to the PDF now, once the document has one in this build', async () => {
    const pdf = { has: (collection: string, slug: string) => collection === 'cases' && slug === 'nieuw', pathOf: (collection: string, slug: string) => `/pdf/${collection}/${slug}.pdf` }
    const moved = slugMoves(
      [
        { collection: 'cases', from: 'oud', to: 'nieuw' },
        { collection: 'themes', from: 'empowerment', to: 'eigen-kracht' },
      ],
      pathOf,
      pdf,
    )
    const file = join(folder, '_redirects-moved-pdf')
    writeFileSync(file, redirectsFile({ base: '/toolkit/', moves: moved }))
    const rules = await redirectsFileReader(file)()
    expect(redirectFor(rules, '/toolkit/pdf/cases/oud.pdf')).toEqual({ status: 301, location: '/toolkit/pdf/cases/nieuw.pdf' })
    expect(redirectFor(rules, `/toolkit${pathOf('cases', 'oud')}`)).toEqual({ status: 301, location: `/toolkit${pathOf('cases', 'nieuw')}` })
    // A document without a PDF (a theme, or a PDF not made yet) gets no PDF move.
    expect(moved.filter((move: { from: string }) => move.from.endsWith('.pdf'))).toHaveLength(1)
  })
  it('lead from the old oEmbed file to the one now, for the kinds that have one', async () => {
    const moved = slugMoves(
      [
        { collection: 'cases', from: 'oud', to: 'nieuw' },
        { collection: 'themes', from: 'empowerment', to: 'eigen-kracht' },
      ],
      pathOf,
      undefined,
      oembedPathOfDoc,
    )
    const file = join(folder, '_redirects-moved-oembed')
    writeFileSync(file, redirectsFile({ base: '/toolkit/', moves: moved }))
    expect((await parsed(readFileSync(file, 'utf8'))).errors).toEqual([])
    const rules = await redirectsFileReader(file)()
    expect(redirectFor(rules, `/toolkit${oembedPath('cases', 'oud')}`)).toEqual({ status: 301, location: `/toolkit${oembedPath('cases', 'nieuw')}` })
    expect(redirectFor(rules, `/toolkit${oembedPath('cases', 'nieuw')}`)).toBeUndefined()
    // A theme has no oEmbed file, so no move for one.
    expect(moved.filter((move: { from: string }) => move.from.startsWith('/oembed/'))).toHaveLength(1)
  })
})

describe('applying redirects', () => {
  it('fills placeholders and splats, first matching rule wins', () => {
    const rules = compileRedirects([
      { from: '/oud/:a/*', to: '/nieuw/:a/:splat', status: 302 },
      { from: '/oud/*', to: '/elders/', status: 301 },
    ])
    expect(redirectFor(rules, '/oud/x/y/z.html')).toEqual({ status: 302, location: '/nieuw/x/y/z.html' })
    expect(redirectFor(rules, '/oud/x')).toEqual({ status: 301, location: '/elders/' })
  })

  it('never leads off the site, and leaves out what a static server cannot apply', () => {
    const warnings: string[] = []
    const rules = compileRedirects(
      [
        { from: '/a/*', to: 'https://elders.example/:splat', status: 301 },
        { from: '/b/*', to: '//elders.example/', status: 301 },
        { from: '/c/*', to: 'https://elders.example/', status: 200 },
        { from: '/d/:x', to: '/:x', status: 301 },
        { from: '/e/:x/', to: '/view/', status: 200 },
        { from: '/f/*', to: '/', status: 404 },
      ],
      { warn: (message: string) => warnings.push(message) },
    )
    expect(warnings).toHaveLength(4)
    expect(redirectFor(rules, '/a/b')).toBeUndefined()
    expect(redirectFor(rules, '/c/x')).toBeUndefined()
    expect(redirectFor(rules, '/f/x')).toBeUndefined()
    // A rewrite (200) to a path on this site is applied: the target answers at the address asked for.
    expect(redirectFor(rules, '/e/x/', '?modus=donker')).toEqual({ status: 200, location: '/view/?modus=donker' })
    // A placeholder value is one encoded segment: `/` and `\` cannot start a second one.
    expect(redirectFor(rules, '/d/\\elders.example')).toEqual({ status: 301, location: '/%5Celders.example' })
  })
})
